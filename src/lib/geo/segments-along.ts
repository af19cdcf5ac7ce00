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

/** km per degree of latitude, a little under the true 111.2 so that a bound from it stays below the distance. */
const KM_PER_DEGREE_BOUND = 110;

/** A lower bound on the km from a point to anything inside a lon/lat box (cheap: no trigonometry per vertex). */
function boxBoundKm([lon, lat]: LonLat, box: { west: number; east: number; south: number; north: number }): number {
  const dLon = Math.max(box.west - lon, 0, lon - box.east);
  const dLat = Math.max(box.south - lat, 0, lat - box.north);
  const cosLat = Math.cos((Math.max(Math.abs(lat), Math.abs(box.south), Math.abs(box.north)) * Math.PI) / 180);
  return KM_PER_DEGREE_BOUND * Math.hypot(dLon * cosLat, dLat);
}

function boxOf(rings: LineString[]) {
  const points = rings.flatMap((r) => r.coordinates);
  const lons = points.map((p) => p[0]!),
    lats = points.map((p) => p[1]!);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

export function segmentsAlong(line: LineString, areas: readonly Area[], stepKm = 1): Run[] {
  const rings = areas.map((area) => {
    const r = outlines(area.geometry);
    return { id: area.id, rings: r, box: boxOf(r) };
  });
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
      // Nearest box first; an area whose box is already further than the best outline is skipped.
      const order = rings.map((area) => ({ area, bound: boxBoundKm(mid, area.box) })).sort((x, y) => x.bound - y.bound);
      for (const { area, bound } of order) {
        if (bound >= bestKm) break;
        for (const ring of area.rings) {
          const km = nearestOnLine(ring, mid).kmAway;
          if (km < bestKm) [best, bestKm] = [area.id, km];
        }
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
