export { EARTH_RADIUS_KM, type LonLat } from './earth.ts';
export { lineLengthKm } from './line-length.ts';
export { distanceKm } from './distance.ts';
export { nearestOnLine, type NearestOnLine } from './nearest-on-line.ts';
export { fitProjection, type FitOptions } from './fit-projection.ts';
export { segmentsAlong, type Area, type Run } from './segments-along.ts';
export { areaAround } from './area-around.ts';
export { sliceLine } from './slice-line.ts';
export { arcIntersection, lineIntersections } from './line-intersections.ts';
