/**
 * The geographic box every coordinate must fall in: the clip box of the Natural Earth extracts
 * in data/geo (see data/geo/PROVENANCE.md). A point outside it cannot be drawn on any map.
 */
export const MAP_BOX = { west: 34.5, south: 29, east: 49, north: 38.5 } as const;

export function inBox([lon, lat]: readonly [number, number]): boolean {
  return lon >= MAP_BOX.west && lon <= MAP_BOX.east && lat >= MAP_BOX.south && lat <= MAP_BOX.north;
}
