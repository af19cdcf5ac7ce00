/**
 * The detention map's own marks: site symbols (shape = type, ring = location precision, fill =
 * control). Colours come from CSS classes (marks.css, scoped to .chart--detention-map); sizes are
 * SVG attributes so they scale with the artboard.
 */
import type { G, Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import type { ControlKind } from './control.ts';
import type { Precision, SiteView } from './prepare.ts';
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

/** The radius of the dashed ring around a site whose sourced point is only a town or a locator. */
export const ringRadius = (r: number) => round(r * 1.9);

/** How far a site's mark reaches from its point: its ring, or its symbol. */
export const reach = (precision: Precision, r: number) => (hasRing(precision) ? ringRadius(r) : r);

/**
 * One site: a square for a camp, a circle for a prison; a dashed ring around it when the point
 * is a town centre or an approximate locator. The fill says who runs it (or nothing, neutral).
 */
export function siteMarker(
  g: G,
  at: [number, number],
  site: { type: SiteView['type']; precision: Precision; id?: string },
  fill: Fill,
  r: number,
  idPrefix: string,
): void {
  const marker = g
    .append('g')
    .attr('class', `site site--${site.type} site--${fill} site--${site.precision}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // Names its row in the chart's table: the page shows that row as the details on demand.
  if (site.id) marker.attr('data-row', site.id);
  if (hasRing(site.precision)) marker.append('circle').attr('class', 'site-ring').attr('r', ringRadius(r));
  const side = round(r * 1.44);
  const symbol =
    site.type === 'prison'
      ? marker.append('circle').attr('r', round(r * 0.8))
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
