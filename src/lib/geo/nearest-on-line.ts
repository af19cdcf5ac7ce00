/**
 * Linear referencing on the sphere: the point of a line nearest to a given point, how far along
 * the line it lies from the line's first vertex, and how far the given point is from it.
 * Each segment is a great-circle arc, as d3-geo draws it.
 */
import type { LineString } from 'geojson';
import { EARTH_RADIUS_KM, type LonLat } from './earth.ts';

type Vec = [number, number, number];

export interface NearestOnLine {
  /** The nearest point on the line. */
  point: LonLat;
  /** Distance along the line from its first vertex to `point`, km. */
  kmAlong: number;
  /** Distance from the given point to `point`, km. */
  kmAway: number;
}

const RAD = Math.PI / 180;

function toVec([lon, lat]: LonLat): Vec {
  const phi = lat * RAD,
    lambda = lon * RAD;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function toLonLat([x, y, z]: Vec): LonLat {
  return [Math.atan2(y, x) / RAD, Math.asin(Math.max(-1, Math.min(1, z))) / RAD];
}

const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec) => Math.hypot(a[0], a[1], a[2]);
/** Angle between two unit vectors, stable for tiny angles. */
const angle = (a: Vec, b: Vec) => Math.atan2(norm(cross(a, b)), dot(a, b));

export function nearestOnLine(line: LineString, target: LonLat): NearestOnLine {
  const p = toVec(target);
  let best = { angleAway: Infinity, angleAlong: 0, point: p };
  let along = 0;
  const vertices = line.coordinates.map((c) => toVec([c[0]!, c[1]!]));
  vertices.forEach((a, i) => {
    const b = vertices[i + 1];
    const consider = (c: Vec, alongToC: number) => {
      const away = angle(p, c);
      if (away < best.angleAway) best = { angleAway: away, angleAlong: alongToC, point: c };
    };
    consider(a, along);
    if (!b) return;
    const segment = angle(a, b);
    const n = cross(a, b);
    const length = norm(n);
    if (length > 1e-15) {
      const nHat: Vec = [n[0] / length, n[1] / length, n[2] / length];
      // Project onto the segment's great circle; keep it only if it falls between a and b.
      const offPlane = dot(p, nHat);
      const onPlane: Vec = [p[0] - offPlane * nHat[0], p[1] - offPlane * nHat[1], p[2] - offPlane * nHat[2]];
      const size = norm(onPlane);
      if (size > 1e-15) {
        const c: Vec = [onPlane[0] / size, onPlane[1] / size, onPlane[2] / size];
        if (dot(cross(a, c), nHat) >= 0 && dot(cross(c, b), nHat) >= 0) consider(c, along + angle(a, c));
      }
    }
    along += segment;
  });
  return {
    point: toLonLat(best.point),
    kmAlong: best.angleAlong * EARTH_RADIUS_KM,
    kmAway: best.angleAway * EARTH_RADIUS_KM,
  };
}
