import type { LineString } from 'geojson';
import type { LonLat } from './earth.ts';
import { sliceLine } from './slice-line.ts';

/**
 * The point of a line a given distance along it (km from its first vertex), on the great
 * circles d3-geo draws: the far end of the slice up to that distance. Clamped to the line's ends.
 */
export function pointAlong(line: LineString, km: number): LonLat {
  const first = line.coordinates[0]!;
  if (km <= 0) return [first[0]!, first[1]!];
  const end = sliceLine(line, 0, km).coordinates.at(-1) ?? line.coordinates.at(-1)!;
  return [end[0]!, end[1]!];
}
