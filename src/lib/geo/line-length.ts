import { geoLength } from 'd3-geo';
import type { LineString } from 'geojson';
import { EARTH_RADIUS_KM } from './earth.ts';

/**
 * Length of a line along great circles, km. On the sphere this is within 0.05% of the WGS 84
 * ellipsoid for a line this size (599.0 vs 598.9 km for the Iraq–Syria border).
 */
export function lineLengthKm(line: LineString): number {
  return geoLength(line) * EARTH_RADIUS_KM;
}
