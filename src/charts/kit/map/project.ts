/**
 * A map's frame on the artboard: its projection, the path generator drawing through it, and
 * its size; with the small conversions every map needs between [lon, lat] and screen points.
 */
import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { LonLat } from '../../../lib/geo/index.ts';
import type { Box } from '../box.ts';

export type Point = [number, number];

export interface MapFrame {
  projection: GeoProjection;
  path: GeoPath;
  /** The map's size in SVG units (the legend below it is not part of the frame). */
  width: number;
  height: number;
}

/** A frame for a fitted projection; paths round to 0.1 px (small SVG, stable snapshots). */
export function mapFrame(projection: GeoProjection, width: number, height: number): MapFrame {
  return { projection, path: geoPath(projection).digits(1), width, height };
}

/** A [lon, lat] on screen, or null where the projection clips it. */
export function project(projection: GeoProjection, point: LonLat | Position): Point | null {
  const p = projection([point[0]!, point[1]!]);
  return p ? [p[0], p[1]] : null;
}

/** Whether a screen point lies in the frame, `pad` px clear of its edges. */
export function inside([x, y]: Point, width: number, height: number, pad = 0): boolean {
  return x >= pad && x <= width - pad && y >= pad && y <= height - pad;
}

/** A line's vertices on screen (those the projection does not clip). */
export function lineOnScreen(projection: GeoProjection, line: LineString): Point[] {
  return line.coordinates.map((c) => project(projection, c)).filter((p) => p !== null);
}

/** The frame as a box, inset by `pad`: where labels must stay. */
export function frameBox(frame: Pick<MapFrame, 'width' | 'height'>, pad = 0): Box {
  return { x0: pad, y0: pad, x1: frame.width - pad, y1: frame.height - pad };
}

/** The screen point halfway along the longest visible stretch of some lines, for their label. */
export function midpointOnScreen(
  features: readonly Feature<LineString | MultiLineString>[],
  frame: Pick<MapFrame, 'projection' | 'width' | 'height'>,
  pad = 8,
): Point | null {
  const parts: Position[][] = features.flatMap((f) =>
    f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  let best: Point[] = [];
  let bestLength = 0;
  for (const part of parts) {
    let run: Point[] = [];
    const flush = () => {
      const length = polylineLength(run);
      if (length > bestLength) [best, bestLength] = [run, length];
      run = [];
    };
    for (const c of part) {
      const p = project(frame.projection, c);
      if (p && inside(p, frame.width, frame.height, pad)) run.push(p);
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

/** Length of a screen polyline, px. */
export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return sum;
}
