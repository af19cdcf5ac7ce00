/**
 * A scale bar, measured along the parallel through the frame's centre at the bar's height. On
 * a conformal conic fitted to the region the scale varies by under 1% across the frame.
 */
import type { GeoProjection } from 'd3-geo';
import { t } from '../../../i18n/index.ts';
import { formatKm } from '../../../lib/format/index.ts';
import { EARTH_RADIUS_KM } from '../../../lib/geo/index.ts';
import { layer, type G } from '../../svg.ts';
import { round } from '../round.ts';
import type { MapFrame, Point } from './project.ts';

/** Lengths a bar may show, km: round figures a reader can count with. */
export const SCALE_STEPS_KM: readonly number[] = [25, 50, 100, 200, 250];

/** Screen px per km along the parallel through `at` (a screen point), measured over `km`. */
export function pxPerKm(projection: GeoProjection, at: Point, km = 100): number {
  const centre = projection.invert!(at)!;
  const dLon = ((km / (EARTH_RADIUS_KM * Math.cos((centre[1] * Math.PI) / 180))) * 180) / Math.PI;
  const a = projection(centre)!,
    b = projection([centre[0] + dLon, centre[1]])!;
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
}

/** The longest step that fits in `maxPx` at the frame's centre (the shortest if none fits), and its length. */
export function scaleBarLength(frame: Pick<MapFrame, 'projection' | 'width'>, y: number, maxPx: number) {
  const scale = pxPerKm(frame.projection, [frame.width / 2, y]);
  const km = SCALE_STEPS_KM.filter((k) => k * scale <= maxPx).at(-1) ?? SCALE_STEPS_KM[0]!;
  return { km, px: km * scale };
}

export interface ScaleBarOptions {
  /** Type size of its label, px. */
  size: number;
  /** Where the bar ends (its bottom right), default 14 px in from the frame's bottom-right corner. */
  at?: Point;
  /** The most of the frame's width it may take (default 0.28). */
  maxShare?: number;
}

/** Draws the bar, labelled with its length; returns the box it covers, for label placement. */
export function scaleBar(parent: G, frame: MapFrame, options: ScaleBarOptions) {
  const at = options.at ?? [frame.width - 14, frame.height - 12];
  const { km, px } = scaleBarLength(frame, at[1], frame.width * (options.maxShare ?? 0.28));
  const g = layer(parent, 'scale', t.charts.kit.map.scaleBar(formatKm(km)));
  const bar = g
    .append('g')
    .attr('class', 'scale-bar')
    .attr('transform', `translate(${round(at[0] - px)},${round(at[1])})`);
  bar
    .append('path')
    .attr('d', `M0,-4V0H${round(px)}V-4`)
    .attr('class', 'scale-bar-line');
  bar
    .append('text')
    .attr('class', 'label halo')
    .attr('x', round(px / 2))
    .attr('y', -6)
    .attr('text-anchor', 'middle')
    .attr('font-size', options.size)
    .text(formatKm(km));
  return { x0: at[0] - px, y0: at[1] - 6 - options.size, x1: at[0], y1: at[1] };
}
