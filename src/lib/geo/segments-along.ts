/**
 * Which areas a line runs through, as runs of km along it: the line is cut into pieces of at
 * most `stepKm`, each piece's midpoint is given to the nearest area (by distance to the area's
 * outline, since a border runs *on* the outlines), and neighbouring pieces with the same area
 * are merged. Accuracy is half a step at each change of area.
 */
import { geoInterpolate } from 'd3-geo';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { distanceKm } from './distance.ts';
import type { LonLat } from './earth.ts';
import { nearestOnLine } from './nearest-on-line.ts';

export interface Area {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export interface Run {
  id: string;
  fromKm: number;
  toKm: number;
}

function outlines(geometry: Polygon | MultiPolygon): LineString[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => ({ type: 'LineString', coordinates: ring }));
}

export function segmentsAlong(line: LineString, areas: readonly Area[], stepKm = 1): Run[] {
  const rings = areas.map((area) => ({ id: area.id, rings: outlines(area.geometry) }));
  const runs: Run[] = [];
  let start = 0;
  line.coordinates.forEach((c, i) => {
    const next = line.coordinates[i + 1];
    if (!next) return;
    const a: LonLat = [c[0]!, c[1]!],
      b: LonLat = [next[0]!, next[1]!];
    const length = distanceKm(a, b);
    const pieces = Math.max(1, Math.ceil(length / stepKm));
    const at = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
    for (let k = 0; k < pieces; k++) {
      const mid = at((k + 0.5) / pieces) as [number, number];
      let best: string | undefined,
        bestKm = Infinity;
      for (const area of rings)
        for (const ring of area.rings) {
          const km = nearestOnLine(ring, mid).kmAway;
          if (km < bestKm) [best, bestKm] = [area.id, km];
        }
      const from = start + (k * length) / pieces,
        to = start + ((k + 1) * length) / pieces;
      const last = runs.at(-1);
      if (last && last.id === best) last.toKm = to;
      else if (best !== undefined) runs.push({ id: best, fromKm: from, toKm: to });
    }
    start += length;
  });
  return runs;
}
