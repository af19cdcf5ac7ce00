/**
 * What every chart declares the same way: its id, title and credit (from its strings module in
 * src/i18n), the standard artboards, and its as-of date as `prepare` derived it.
 */

/** The artboards every chart is drawn at, narrowest first: a phone's column, and a wide one. */
export const ARTBOARDS: readonly number[] = [360, 720];

export function chartMeta(id: string, strings: { title: string; credit: string }) {
  return {
    id,
    title: strings.title,
    credit: strings.credit,
    widths: ARTBOARDS,
    asOf: (input: { asOf: string }) => input.asOf,
  };
}
