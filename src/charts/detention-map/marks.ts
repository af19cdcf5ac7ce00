/**
 * The detention map's own marks: site symbols (shape = type, ring = location precision, fill =
 * control) and multi-line labels. Colours come from CSS classes (marks.css, scoped to
 * .chart--detention-map); sizes are SVG attributes so they scale with the artboard.
 */
import type { G, Svg } from '../svg.ts';
import { round, textWidth, type Box, type Side } from '../border-map/marks.ts';
import type { ControlKind, Precision, SiteView } from './prepare.ts';

/** How a site's symbol is filled: neutral (position only), by who runs it, or muted behind a focus. */
export type Fill = 'neutral' | ControlKind | 'no-report' | 'muted';

/** The id of the hatch pattern for sites the Syrian government took over, unique per artboard. */
export const hatchId = (idPrefix: string) => `${idPrefix}-hatch`;

/** Diagonal hatching, drawn once per SVG; its colours come from CSS classes. */
export function hatchPattern(svg: Svg, idPrefix: string): void {
  const pattern = svg.append('defs').append('pattern')
    .attr('id', hatchId(idPrefix))
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 3)
    .attr('height', 3)
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('class', 'hatch-ground').attr('width', 3).attr('height', 3);
  pattern.append('path').attr('class', 'hatch-line').attr('d', 'M0,0V3');
}

/** The radius of the dashed ring around a site whose sourced point is only a town or a locator. */
export const ringRadius = (r: number) => round(r * 1.9);

export function hasRing(precision: Precision): boolean {
  return precision === 'town' || precision === 'approximate';
}

/**
 * One site: a square for a camp, a circle for a prison; a dashed ring around it when the point
 * is a town centre or an approximate locator. The fill says who runs it (or nothing, neutral).
 */
export function siteMarker(g: G, at: [number, number], site: { type: SiteView['type']; precision: Precision; id?: string }, fill: Fill, r: number, idPrefix: string): void {
  const marker = g.append('g').attr('class', `site site--${site.type} site--${fill} site--${site.precision}`).attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // Names its row in the chart's table: the page shows that row as the details on demand.
  if (site.id) marker.attr('data-row', site.id);
  if (hasRing(site.precision)) marker.append('circle').attr('class', 'site-ring').attr('r', ringRadius(r));
  const symbol =
    site.type === 'prison'
      ? marker.append('circle').attr('r', round(r * 0.8))
      : marker.append('rect').attr('x', round(-r * 0.72)).attr('y', round(-r * 0.72)).attr('width', round(r * 1.44)).attr('height', round(r * 1.44));
  symbol.attr('class', 'site-symbol');
  // A presentation attribute, not CSS: the pattern's id differs per artboard.
  if (fill === 'government') symbol.attr('fill', `url(#${hatchId(idPrefix)})`);
}

export interface Line {
  text: string;
  className: string;
}

/** Line height of a label block, from its type size. */
export const lineHeight = (size: number) => Math.round(size * 1.25);

/**
 * Where a label block goes: beside the point (right, left), centred above or below it, or above
 * or below it starting (or ending) at the point, for marks near the frame's edge.
 */
export type BlockSide = Side | 'above-start' | 'above-end' | 'below-start' | 'below-end';

/** The box a block of lines covers beside a point: first line centred on it for left/right. */
export function blockBox([x, y]: [number, number], lines: Line[], size: number, side: BlockSide, gap: number): Box {
  const w = Math.max(...lines.map((l) => textWidth(l.text, size)));
  const h = lineHeight(size) * (lines.length - 1) + size;
  const inset = 4;
  const x0 =
    side === 'right' ? x + gap
    : side === 'left' ? x - gap - w
    : side.endsWith('-start') ? x - inset
    : side.endsWith('-end') ? x + inset - w
    : x - w / 2;
  const y0 = side.startsWith('above') ? y - gap - h : side.startsWith('below') ? y + gap : y - size / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** A block of lines with a halo, placed as `blockBox` says. */
export function blockLabel(g: G, at: [number, number], lines: Line[], size: number, side: BlockSide, gap: number): void {
  const box = blockBox(at, lines, size, side, gap);
  const start = side === 'right' || side.endsWith('-start');
  const end = side === 'left' || side.endsWith('-end');
  const anchor = start ? 'start' : end ? 'end' : 'middle';
  const x = start ? box.x0 : end ? box.x1 : at[0];
  const text = g.append('text').attr('class', 'label halo site-label').attr('text-anchor', anchor).attr('font-size', size);
  lines.forEach((line, i) =>
    text.append('tspan').attr('class', line.className).attr('x', round(x)).attr('y', round(box.y0 + size * 0.85 + i * lineHeight(size))).text(line.text),
  );
}

/**
 * The border map's greedy placer (reserve marks, then offer labels in priority order), plus how
 * much a box would overlap what is placed: a label that must go on somewhere takes the side
 * that covers least.
 */
export function createPlacer() {
  const taken: Box[] = [];
  const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  return {
    reserve(box: Box): void {
      taken.push(box);
    },
    place(box: Box): boolean {
      if (taken.some((t) => overlap(t, box) > 0)) return false;
      taken.push(box);
      return true;
    },
    covered(box: Box): number {
      return taken.reduce((sum, t) => sum + overlap(t, box), 0);
    },
  };
}

export { wrap } from '../kit/text.ts';
