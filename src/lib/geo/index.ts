export { EARTH_RADIUS_KM, type LonLat } from './earth.ts';
export { lineLengthKm } from './line-length.ts';
export { distanceKm } from './distance.ts';
export { nearestOnLine, type NearestOnLine } from './nearest-on-line.ts';
export { fitProjection, type Frame } from './fit-projection.ts';
