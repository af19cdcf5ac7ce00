import { geoBounds, type GeoPermissibleObjects } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import { EARTH_RADIUS_KM } from './earth.ts';

/**
 * The frame around a feature plus a margin in km east–west and north–south, as points to fit a
 * projection to: the four corners and the middle of each edge (on a conic map the parallels
 * bow, so corners alone would cut the middle of the top edge).
 */
export function areaAround(object: GeoPermissibleObjects, km: { x: number; y: number }): MultiPoint {
  const [[west, south], [east, north]] = geoBounds(object);
  const degreesPerKm = 180 / (Math.PI * EARTH_RADIUS_KM);
  const dLat = km.y * degreesPerKm;
  // Widen by the margin at the frame's widest latitude (nearest the equator), so it is never short.
  const dLon = (km.x * degreesPerKm) / Math.cos(((south - dLat) * Math.PI) / 180);
  const [w, e, s, n] = [west - dLon, east + dLon, south - dLat, north + dLat];
  const mid = (west + east) / 2;
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [mid, s],
      [e, s],
      [e, n],
      [mid, n],
      [w, n],
      [w, (s + n) / 2],
      [e, (s + n) / 2],
    ],
  };
}
