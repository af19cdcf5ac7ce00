import { geoBounds, geoConicConformal, type GeoConicProjection, type GeoPermissibleObjects } from 'd3-geo';

export interface Frame {
  width: number;
  height: number;
  /** Space kept free on each side, px: [top, right, bottom, left]. */
  margin: readonly [number, number, number, number];
}

/**
 * A Lambert conformal conic fitted to `focus`: central meridian at the middle of its bounds and
 * standard parallels at one sixth and five sixths of its latitude span (the usual rule for a
 * region taller than a few degrees), so shapes and angles stay true at this scale.
 */
export function fitProjection(focus: GeoPermissibleObjects, frame: Frame): GeoConicProjection {
  const [[west, south], [east, north]] = geoBounds(focus);
  const span = north - south;
  const [top, right, bottom, left] = frame.margin;
  return geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + span / 6, north - span / 6])
    .fitExtent([[left, top], [frame.width - right, frame.height - bottom]], focus);
}
