import { geoDistance } from 'd3-geo';
import { EARTH_RADIUS_KM, type LonLat } from './earth.ts';

/** Great-circle distance between two points, km. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a as [number, number], b as [number, number]) * EARTH_RADIUS_KM;
}
