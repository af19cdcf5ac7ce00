/**
 * Where a chart's embed pages live, in one place for the build (pages, oEmbed, manifest) and the
 * browser (embed-options.ts sends ?step=<n> and ?steps=all there). Pure, no imports: it ships in
 * the embed's script.
 *
 *   /embed/<id>/           the complete chart, once (what the embed code shows)
 *   /embed/<id>/step/<n>/  one story state, 1-based in the story's order
 *   /embed/<id>/steps/     every story state stacked in order (the story's no-JS reading)
 */
export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

export function stepPath(id: string, n: number): string {
  return `${embedPath(id)}step/${n}/`;
}

export function sequencePath(id: string): string {
  return `${embedPath(id)}steps/`;
}
