import { geoBounds, geoConicConformal, geoPath, type GeoConicProjection, type GeoPermissibleObjects } from 'd3-geo';

export interface FitOptions {
  width: number;
  /** Space kept free on each side, px: [top, right, bottom, left]. */
  margin: readonly [number, number, number, number];
}

/**
 * A Lambert conformal conic fitted to `focus` across `width`: central meridian at the middle
 * of its bounds, standard parallels at one sixth and five sixths of its latitude span (the
 * usual rule for a mid-latitude region), so shapes and angles stay true at this scale. The
 * height follows from the focus's shape; the projection clips to the resulting frame.
 */
export function fitProjection(
  focus: GeoPermissibleObjects,
  options: FitOptions,
): { projection: GeoConicProjection; height: number } {
  const [[west, south], [east, north]] = geoBounds(focus);
  const span = north - south;
  const [top, right, bottom, left] = options.margin;
  const projection = geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + span / 6, north - span / 6])
    .fitWidth(options.width - left - right, focus);
  const [[, y0], [, y1]] = geoPath(projection).bounds(focus);
  const [tx, ty] = projection.translate();
  projection.translate([tx + left, ty + top - y0]);
  const height = Math.ceil(y1 - y0 + top + bottom);
  projection.clipExtent([
    [0, 0],
    [options.width, height],
  ]);
  return { projection, height };
}
