/** Axis-aligned boxes in SVG user units: what labels and marks cover, for placement. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A thin line (a period bar, a route): a leader line may cross it, a label may not. */
  thin?: boolean;
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const within = (a: Box, b: Box): boolean => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Area two boxes share, px²: how badly a forced label overlaps. */
export const overlapArea = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** A square of half-side `r` around a point (a dot's footprint). */
export const pointBox = ([x, y]: readonly [number, number], r = 0): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** A box grown by `pad` on every side. */
export const inflate = (b: Box, pad: number): Box => ({
  ...b,
  x0: b.x0 - pad,
  y0: b.y0 - pad,
  x1: b.x1 + pad,
  y1: b.y1 + pad,
});

/** A polyline as small boxes along it, so labels keep off a line without covering its bounding box. */
export function lineBoxes(points: readonly (readonly [number, number])[], halfWidth = 1.5, step = 4): Box[] {
  const boxes: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 0; k <= n; k++) {
      const x = a[0] + ((b[0] - a[0]) * k) / n;
      const y = a[1] + ((b[1] - a[1]) * k) / n;
      boxes.push({ x0: x - halfWidth, y0: y - halfWidth, x1: x + halfWidth, y1: y + halfWidth, thin: true });
    }
  }
  return boxes;
}
