/**
 * The border map's marks, one function per idea. Colours and fonts come from CSS classes
 * (tokens.css, light and dark); sizes are SVG attributes so they scale with the artboard.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { layer, type G } from '../svg.ts';
import type { PlacedCrossing } from '../../data/border-facts.ts';
import { EARTH_RADIUS_KM, type LonLat } from '../../lib/geo/index.ts';
import { formatKm } from '../../lib/format/index.ts';

/** Type sizes per artboard, in SVG units (= CSS px at the artboard's own width). */
export interface TypeScale {
  base: number;
  small: number;
  country: number;
  marker: number;
}

export const TYPE: { narrow: TypeScale; wide: TypeScale } = {
  narrow: { base: 11, small: 10, country: 12, marker: 8 },
  wide: { base: 13, small: 12, country: 16, marker: 10 },
};

export type Side = 'right' | 'left' | 'above' | 'below';

export interface LabelOptions {
  className: string;
  size: number;
  side?: Side;
  /** Gap between the anchor point and the text, px. */
  gap?: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label will cover, from the same geometry `label` uses. */
export function labelBox([x, y]: [number, number], text: string, size: number, side: Side, gap = 5): Box {
  const w = textWidth(text, size);
  const x0 = side === 'right' ? x + gap : side === 'left' ? x - gap - w : x - w / 2;
  const top = side === 'above' ? y - gap - size : side === 'below' ? y + gap : y - size / 2;
  return { x0, y0: top, x1: x0 + w, y1: top + size };
}

/**
 * Greedy label placement: callers reserve marks first, then offer labels in priority order;
 * a label that would overlap anything already placed is refused (and not drawn).
 */
export function createPlacer() {
  const taken: Box[] = [];
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  return {
    reserve(box: Box): void {
      taken.push(box);
    },
    place(box: Box): boolean {
      if (taken.some((t) => overlaps(t, box))) return false;
      taken.push(box);
      return true;
    },
  };
}

/** A text label beside a point, with a halo (CSS paint-order) so it reads over any fill. */
export function label(g: G, [x, y]: [number, number], text: string, options: LabelOptions): void {
  const { side = 'right', gap = 5, size } = options;
  const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
  const dx = side === 'right' ? gap : side === 'left' ? -gap : 0;
  // Baseline offsets that centre the x-height on the point, or sit the text above/below it.
  const dy = side === 'above' ? -gap : side === 'below' ? gap + size * 0.75 : size * 0.35;
  g.append('text')
    .attr('class', `label halo ${options.className}`)
    .attr('x', round(x + dx))
    .attr('y', round(y + dy))
    .attr('text-anchor', anchor)
    .attr('font-size', size)
    .text(text);
}

export const round = (v: number) => Math.round(v * 10) / 10;

export function project(projection: GeoProjection, point: LonLat): [number, number] | null {
  const p = projection([point[0], point[1]]);
  return p ? [p[0], p[1]] : null;
}

export function inside([x, y]: [number, number], width: number, height: number, pad = 0): boolean {
  return x >= pad && x <= width - pad && y >= pad && y <= height - pad;
}

export { textWidth } from '../kit/text.ts';
import { textWidth } from '../kit/text.ts';

/** Whether a label placed on `side` of a point stays inside the frame. */
export function fits(at: [number, number], text: string, size: number, side: Side, width: number, height: number, pad = 4): boolean {
  const w = textWidth(text, size);
  const [x0, x1] = side === 'right' ? [at[0], at[0] + w + 6] : side === 'left' ? [at[0] - w - 6, at[0]] : [at[0] - w / 2, at[0] + w / 2];
  return x0 >= pad && x1 <= width - pad && at[1] - size >= pad && at[1] + size <= height - pad;
}

/** The screen point halfway along the longest visible stretch of some lines, for their label. */
export function midpointOnScreen(features: Feature<LineString | MultiLineString>[], projection: GeoProjection, width: number, height: number): [number, number] | null {
  const parts: Position[][] = features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates));
  let best: [number, number][] = [], bestLength = 0;
  for (const part of parts) {
    let run: [number, number][] = [];
    const flush = () => {
      const length = polylineLength(run);
      if (length > bestLength) [best, bestLength] = [run, length];
      run = [];
    };
    for (const c of part) {
      const p = project(projection, [c[0]!, c[1]!]);
      if (p && inside(p, width, height, 8)) run.push(p);
      else flush();
    }
    flush();
  }
  let half = bestLength / 2;
  for (let i = 1; i < best.length; i++) {
    const step = Math.hypot(best[i]![0] - best[i - 1]![0], best[i]![1] - best[i - 1]![1]);
    if (step >= half) return best[i]!;
    half -= step;
  }
  return null;
}

function polylineLength(points: [number, number][]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return sum;
}

/** A crossing as a numbered marker; its state is encoded by fill *and* by outline style. */
export function crossingMarker(g: G, at: [number, number], key: number, crossing: PlacedCrossing, type: TypeScale, options: { dataPoint: boolean } = { dataPoint: true }): void {
  const r = type.marker;
  const marker = g.append('g').attr('class', `crossing crossing--${crossing.current.state}`).attr('transform', `translate(${round(at[0])},${round(at[1])})`);
  // A data point names its row in the chart's table (details on demand); a legend sample does not.
  if (options.dataPoint) marker.attr('data-row', crossing.id);
  marker.append('circle').attr('r', r).attr('class', 'crossing-symbol');
  marker.append('text').attr('class', 'crossing-key').attr('text-anchor', 'middle').attr('y', round(r * 0.42)).attr('font-size', round(r * 1.2)).text(String(key));
}

/**
 * A scale bar ending at `at` (bottom right), measured at the frame's centre latitude;
 * a conformal conic's scale varies by under 1% across this map.
 */
export function scaleBar(g: G, projection: GeoProjection, at: [number, number], width: number, type: TypeScale): void {
  const centre = projection.invert!([width / 2, at[1]])!;
  const pxPerKm = (km: number) => {
    const dLon = ((km / (EARTH_RADIUS_KM * Math.cos((centre[1] * Math.PI) / 180))) * 180) / Math.PI;
    const a = projection(centre)!, b = projection([centre[0] + dLon, centre[1]])!;
    return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
  };
  const scale = pxPerKm(100);
  const km = [25, 50, 100, 200, 250].filter((k) => k * scale <= width * 0.28).at(-1) ?? 25;
  const length = km * scale;
  const bar = g.append('g').attr('class', 'scale-bar').attr('transform', `translate(${round(at[0] - length)},${round(at[1])})`);
  bar.append('path').attr('d', `M0,-4V0H${round(length)}V-4`).attr('class', 'scale-bar-line');
  bar.append('text').attr('class', 'label halo').attr('x', round(length / 2)).attr('y', -6).attr('text-anchor', 'middle').attr('font-size', type.small).text(formatKm(km));
}

/** Admin-1 outlines, lakes, rivers and country fills: the base everything else sits on. */
export function basemap(g: G, path: ReturnType<typeof geoPath>, parts: { countries: Feature[]; borderUnits: Feature[]; adminLines: MultiLineString[]; lakes: Feature[]; rivers: Feature[] }): void {
  const base = layer(g, 'basemap');
  base.selectAll('path.country').data(parts.countries).join('path')
    .attr('class', (d) => (['IRQ', 'SYR'].includes(String(d.properties?.adm0_a3)) ? 'country land land--focus' : 'country land'))
    .attr('d', (d) => path(d));
  base.selectAll('path.unit').data(parts.borderUnits).join('path').attr('class', 'unit unit--border').attr('d', (d) => path(d));
  base.selectAll('path.admin-line').data(parts.adminLines).join('path').attr('class', 'admin-line').attr('d', (d) => path(d));
  base.selectAll('path.lake').data(parts.lakes).join('path').attr('class', 'lake water').attr('d', (d) => path(d));
  base.selectAll('path.river').data(parts.rivers).join('path').attr('class', 'river').attr('d', (d) => path(d));
}
