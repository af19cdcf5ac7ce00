/**
 * Where two lines cross, on the sphere: each segment is a great-circle arc, as d3-geo draws it
 * and as `nearestOnLine` measures it. Used to find where a river crosses the border, so the
 * crossing point is computed from the geometry rather than typed.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import type { LonLat } from './earth.ts';

type Vec = [number, number, number];
const RAD = Math.PI / 180;

function toVec(p: Position): Vec {
  const phi = p[1]! * RAD,
    lambda = p[0]! * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}
const toLonLat = ([x, y, z]: Vec): LonLat => [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z))) / RAD];
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec) => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec): Vec => {
  const n = norm(a);
  return [a[0] / n, a[1] / n, a[2] / n];
};
const neg = (a: Vec): Vec => [-a[0], -a[1], -a[2]];

/** Whether c (on the arc's great circle) lies between a and b, ends included. */
function onArc(a: Vec, b: Vec, n: Vec, c: Vec): boolean {
  const eps = -1e-12;
  return dot(cross(a, c), n) >= eps && dot(cross(c, b), n) >= eps;
}

/** The point where arcs a1→a2 and b1→b2 cross, or null (parallel, collinear or apart). */
export function arcIntersection(a1: Position, a2: Position, b1: Position, b2: Position): LonLat | null {
  const [p1, p2, q1, q2] = [a1, a2, b1, b2].map(toVec) as [Vec, Vec, Vec, Vec];
  const n1 = cross(p1, p2),
    n2 = cross(q1, q2);
  if (norm(n1) < 1e-15 || norm(n2) < 1e-15) return null;
  const line = cross(n1, n2);
  // Both arcs on one great circle: overlapping, not crossing.
  if (norm(line) < 1e-15) return null;
  const c = unit(line);
  for (const candidate of [c, neg(c)])
    if (onArc(p1, p2, n1, candidate) && onArc(q1, q2, n2, candidate)) return toLonLat(candidate);
  return null;
}

const parts = (g: LineString | MultiLineString): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;

/**
 * Every point where `a` crosses `b`, in the order met along `a`. A crossing exactly at a shared
 * vertex is reported once.
 */
export function lineIntersections(a: LineString | MultiLineString, b: LineString | MultiLineString): LonLat[] {
  const found: LonLat[] = [];
  const seen = (p: LonLat) => found.some((f) => Math.abs(f[0] - p[0]) < 1e-9 && Math.abs(f[1] - p[1]) < 1e-9);
  for (const pa of parts(a))
    for (let i = 0; i + 1 < pa.length; i++)
      for (const pb of parts(b))
        for (let j = 0; j + 1 < pb.length; j++) {
          const p = arcIntersection(pa[i]!, pa[i + 1]!, pb[j]!, pb[j + 1]!);
          if (p && !seen(p)) found.push(p);
        }
  return found;
}
