import { geoInterpolate } from 'd3-geo';
import type { LineString, Position } from 'geojson';
import { distanceKm } from './distance.ts';

/**
 * The part of a line between two distances along it (km from its first vertex), cut on the
 * great circles d3-geo draws, so the slice lies exactly on the drawn line.
 */
export function sliceLine(line: LineString, fromKm: number, toKm: number): LineString {
  const out: Position[] = [];
  let start = 0;
  line.coordinates.forEach((a, i) => {
    const b = line.coordinates[i + 1];
    if (!b) return;
    const length = distanceKm([a[0]!, a[1]!], [b[0]!, b[1]!]);
    const end = start + length;
    if (end >= fromKm && start <= toKm && length > 0) {
      const at = geoInterpolate([a[0]!, a[1]!], [b[0]!, b[1]!]);
      if (!out.length) out.push(at(Math.max(0, (fromKm - start) / length)));
      out.push(end <= toKm ? [b[0]!, b[1]!] : at((toKm - start) / length));
    }
    start = end;
  });
  return { type: 'LineString', coordinates: out };
}
