/**
 * The border map's own marks: crossings as numbered markers. Colours come from CSS classes
 * (tokens.css, light and dark); sizes are SVG attributes so they scale with the artboard.
 */
import type { G } from '../svg.ts';
import type { PlacedCrossing } from '../../data/border-facts.ts';
import { round } from '../kit/round.ts';
import type { Point } from '../kit/map/project.ts';

/** A crossing as a numbered marker of radius `r`; its state is encoded by fill *and* by outline style. */
export function crossingMarker(
  g: G,
  at: Point,
  key: number,
  crossing: PlacedCrossing,
  r: number,
  dataPoint = true,
): void {
  const marker = g
    .append('g')
    .attr('class', `crossing crossing--${crossing.current.state}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // A data point names its row in the chart's table (details on demand); a legend sample does not.
  if (dataPoint) marker.attr('data-row', crossing.id);
  marker.append('circle').attr('r', r).attr('class', 'crossing-symbol');
  marker
    .append('text')
    .attr('class', 'crossing-key')
    .attr('text-anchor', 'middle')
    .attr('y', round(r * 0.42))
    .attr('font-size', round(r * 1.2))
    .text(String(key));
}
