/** Mean Earth radius (IUGG), km: turns d3-geo's angles on the unit sphere into kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = readonly [longitude: number, latitude: number];
