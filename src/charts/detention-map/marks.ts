/**
 * The detention map's own marks: site symbols (shape = type, ring = location precision, fill =
 * control). Colours come from CSS classes (marks.css, scoped to .chart--detention-map); sizes are
 * SVG attributes so they scale with the artboard.
 */
import type { G, Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import type { ControlKind } from './control.ts';
import { pointBox } from '../kit/box.ts';
import { approxRing, ringRadius } from '../kit/map/approximate.ts';
import type { PlaceGroup, Precision, SiteView } from './prepare.ts';
import { hasRing } from './text.ts';

/** How a site's symbol is filled: neutral (position only), by who runs it, or muted behind a focus. */
export type Fill = 'neutral' | ControlKind | 'no-report' | 'muted';

/** The focus site of the "al-hol" state. */
export const FOCUS_SITE = 'al-hol';

/** The fill a site's symbol gets when control is shown: who runs it at the latest report. */
export function fillOf(v: SiteView): Fill {
  const latest = v.control.after ?? v.control.before;
  if (!latest || latest.kind === 'none' || latest.kind === 'unclear' || latest.kind === 'other') return 'no-report';
  return latest.kind;
}

/** The id of the hatch pattern for sites the Syrian government took over, unique per artboard. */
export const hatchId = (idPrefix: string) => `${idPrefix}-hatch`;

/** Diagonal hatching, drawn once per SVG; its colours come from CSS classes. */
export function hatchPattern(svg: Svg, idPrefix: string): void {
  const pattern = svg
    .append('defs')
    .append('pattern')
    .attr('id', hatchId(idPrefix))
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 3)
    .attr('height', 3)
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('class', 'hatch-ground').attr('width', 3).attr('height', 3);
  pattern.append('path').attr('class', 'hatch-line').attr('d', 'M0,0V3');
}

/** How far apart the symbols of sites drawn at one point stand, in marker radii. */
export const SPACING = 1.75;

/** The x offset of the i-th of n symbols drawn side by side at one point. */
export const memberOffset = (i: number, n: number, r: number) => round((i - (n - 1) / 2) * r * SPACING);

/** How far a group's mark reaches from its point: its ring, or its symbols. */
export function reach(group: Pick<PlaceGroup, 'precision' | 'members'>, r: number): number {
  const spread = ((group.members.length - 1) * r * SPACING) / 2;
  return round((hasRing(group.precision) ? ringRadius(r) : r) + spread);
}

/** The box a group's mark covers, which no label may cover. */
export const markerBox = (at: [number, number], group: Pick<PlaceGroup, 'precision' | 'members'>, r: number) =>
  pointBox(at, reach(group, r));

/**
 * The sites drawn at one point: their symbols side by side, in one dashed ring when the point is
 * a town centre. Each symbol keeps its own fill and its own row in the table.
 */
export function groupMarker(
  g: G,
  at: [number, number],
  group: PlaceGroup,
  fill: (v: SiteView) => Fill,
  r: number,
  idPrefix: string,
): void {
  const outer = g
    .append('g')
    .attr('class', `site-group site-group--${group.precision}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  if (hasRing(group.precision)) approxRing(outer, r, reach(group, r));
  const n = group.members.length;
  group.members.forEach((v, i) => {
    siteMarker(outer, [memberOffset(i, n, r), 0], v, fill(v), r, idPrefix, { ring: false });
  });
}

/**
 * One site: a square for a camp, a circle for a prison, a diamond for a rehabilitation camp; a dashed ring around it when the point
 * is a town centre. The fill says who runs it (or nothing, neutral).
 */
export function siteMarker(
  g: G,
  at: [number, number],
  site: { type: SiteView['type']; precision: Precision; id?: string },
  fill: Fill,
  r: number,
  idPrefix: string,
  options: { ring?: boolean } = {},
): void {
  const marker = g
    .append('g')
    .attr('class', `site site--${site.type} site--${fill} site--${site.precision}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // Names its row in the chart's table: the page shows that row as the details on demand.
  if (site.id) marker.attr('data-row', site.id);
  if ((options.ring ?? true) && hasRing(site.precision)) approxRing(marker, r);
  const side = round(r * 1.44);
  const d = round(r * 0.95);
  const symbol =
    site.type === 'prison'
      ? marker.append('circle').attr('r', round(r * 0.8))
      : site.type === 'rehabilitation-centre'
        ? marker.append('path').attr('d', `M0,${-d}L${d},0L0,${d}L${-d},0Z`)
        : marker
            .append('rect')
            .attr('x', round(-r * 0.72))
            .attr('y', round(-r * 0.72))
            .attr('width', side)
            .attr('height', side);
  symbol.attr('class', 'site-symbol');
  // A presentation attribute, not CSS: the pattern's id differs per artboard.
  if (fill === 'government') symbol.attr('fill', `url(#${hatchId(idPrefix)})`);
}
