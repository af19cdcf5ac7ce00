/**
 * The border map's own marks: crossings as numbered markers, ringed when the point is only
 * approximate, and the band of border a region-level crossing lies somewhere on. Colours come
 * from CSS classes (marks.css, light and dark); sizes are SVG attributes so they scale with the
 * artboard.
 */
import type { LineString } from 'geojson';
import type { G } from '../svg.ts';
import type { PlacedCrossing } from '../../data/border-facts.ts';
import { approxRing, ringRadius } from '../kit/map/approximate.ts';
import { round } from '../kit/round.ts';
import type { MapFrame, Point } from '../kit/map/project.ts';
import type { TypeScale } from '../kit/type-scale.ts';

/** How a crossing's marker is drawn: plain (a sourced point) or ringed (an approximate one). */
export type MarkerStyle = 'exact' | 'approximate';

/** How far a marker reaches from its point, px: its ring, or its symbol. */
export const markerReach = (style: MarkerStyle, r: number) => (style === 'approximate' ? ringRadius(r) : r);

/**
 * A crossing as a numbered marker of the type scale's marker radius; its state is encoded by fill
 * *and* by outline style, an approximate position by a dashed ring around it. Its number is set
 * at the scale's small size, the smallest any chart text is drawn at.
 */
export function crossingMarker(
  g: G,
  at: Point,
  key: number,
  crossing: Pick<PlacedCrossing, 'id' | 'current' | 'precision'>,
  type: Pick<TypeScale, 'marker' | 'small'>,
  options: { style?: MarkerStyle; dataPoint?: boolean } = {},
): void {
  const { style = 'exact', dataPoint = true } = options;
  const r = type.marker;
  const marker = g
    .append('g')
    .attr('class', `crossing crossing--${crossing.current.state} crossing--${crossing.precision}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // A data point names its row in the chart's table (details on demand); a legend sample does not.
  if (dataPoint) marker.attr('data-row', crossing.id);
  if (style === 'approximate') approxRing(marker, r);
  marker.append('circle').attr('r', r).attr('class', 'crossing-symbol');
  marker
    .append('text')
    .attr('class', 'crossing-key')
    .attr('text-anchor', 'middle')
    // Lowers the figures' middle onto the marker's centre.
    .attr('y', round(type.small * 0.35))
    .attr('font-size', type.small)
    .text(String(key));
}

/**
 * The stretch of border a region-level crossing lies somewhere on, as a band along the line in
 * the crossing's state; drawn under the border line so the line still shows through it.
 */
export function crossingBand(
  g: G,
  frame: MapFrame,
  slice: LineString,
  crossing: Pick<PlacedCrossing, 'id' | 'current'>,
) {
  g.append('path')
    .attr('class', `crossing-band crossing-band--${crossing.current.state}`)
    .attr('data-row', crossing.id)
    .attr('d', frame.path(slice));
}

/** A band as a legend sample: a short stretch of the same band with the border line through it. */
export function bandSample(g: G, [x, y]: Point, width: number, state: string): void {
  for (const className of [`crossing-band crossing-band--${state}`, 'border-line'])
    g.append('path')
      .attr('class', className)
      .attr('d', `M${round(x)},${round(y)}h${width}`);
}
