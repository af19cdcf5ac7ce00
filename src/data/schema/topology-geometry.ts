/**
 * The geometry inside a TopoJSON topology, checked against the TopoJSON specification
 * (https://github.com/topojson/topojson-specification). topojson-client trusts its input and
 * offers no validation (nor does topojson-server): an arc index out of range crashes the build
 * with a stack trace, an unknown geometry type or a wrong nesting of arcs is published as an
 * empty or garbled shape, and a ring that does not close fills the wrong part of the map.
 *
 * A hand-written walker rather than Zod: the basemap holds tens of thousands of positions, and
 * one mistake in a quantized file tends to repeat everywhere, so this stops listing after a few
 * problems and stays in the low milliseconds. Arcs are decoded once, to their two ends only,
 * which is all that stitching and ring closure need.
 */
import type { PathPart } from '../problems.ts';
import { nearest } from '../../lib/text/nearest.ts';

export interface GeometryProblem {
  path: PathPart[];
  expected: string;
  /** Said when the value at the path alone does not show what is wrong. */
  got?: string;
  hint?: string;
}

export interface CheckedTopology {
  arcs: readonly unknown[];
  transform?: { scale: readonly [number, number]; translate: readonly [number, number] } | undefined;
  bbox?: unknown;
  objects: Readonly<Record<string, unknown>>;
}

/** Problems listed per file; more are counted, not listed (they are usually one mistake repeated). */
export const LISTED_PROBLEMS = 20;

const REGENERATE = 'regenerate the file with npm run geo rather than editing it by hand';
export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];

/** How deep each arc-based type nests its arc indices (spec §2.2.3–2.2.6), said with an example. */
const ARC_NESTING: Record<string, { depth: number; shape: string }> = {
  LineString: { depth: 1, shape: 'a list of arc indices, e.g. [0, 1, -3]' },
  MultiLineString: { depth: 2, shape: 'a list of lines, each a list of arc indices, e.g. [[0, 1], [-3]]' },
  Polygon: { depth: 2, shape: 'a list of rings, each a list of arc indices, e.g. [[0, 1, -3]]' },
  MultiPolygon: { depth: 3, shape: 'a list of polygons, each a list of rings of arc indices, e.g. [[[0, 1, -3]]]' },
};

type XY = readonly [number, number];
/** An arc as geometry uses it: where it starts and ends, decoded. */
interface ArcEnds {
  start: XY;
  end: XY;
}

export function topologyProblems(topology: CheckedTopology, limit = LISTED_PROBLEMS): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  let unlisted = 0;
  const report = (problem: GeometryProblem) => (problems.length < limit ? problems.push(problem) : unlisted++);

  const { transform } = topology;
  const arcCount = topology.arcs.length;
  const lonLat = (p: XY) =>
    transform
      ? [p[0] * transform.scale[0] + transform.translate[0], p[1] * transform.scale[1] + transform.translate[1]]
      : p;
  const show = (p: XY) =>
    `[${lonLat(p)
      .map((v) => Math.round(v * 1e5) / 1e5)
      .join(', ')}]`;

  const box = checkBbox(topology.bbox, ['bbox'], report);
  // One step of the grid, so that a position on the edge of the box is not refused for rounding.
  const slack = transform ? Math.max(Math.abs(transform.scale[0]), Math.abs(transform.scale[1])) : 1e-9;

  /** A position: two or more finite numbers (§2.1.1), whole numbers in a quantized file (§2.1.2). */
  function position(value: unknown, path: PathPart[]): value is XY {
    if (!Array.isArray(value) || value.length < 2 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      // JSON reads 1e999 as Infinity, which JSON.stringify would show as null: say it as it is.
      const got =
        Array.isArray(value) && value.some((v) => typeof v === 'number' && !Number.isFinite(v))
          ? `[${value.join(', ')}]`
          : undefined;
      report({ path, expected: 'a position: a list of two or more finite numbers, e.g. [4000, 5000]', got });
      return false;
    }
    if (transform && !(Number.isInteger(value[0]) && Number.isInteger(value[1]))) {
      report({
        path,
        expected: 'whole numbers: the file has a transform, so its positions are steps on a grid',
        hint: `they are not longitudes and latitudes: ${REGENERATE}`,
      });
      return false;
    }
    return true;
  }

  /** One arc (§2.1.3): two or more positions, delta-encoded when quantized; its decoded ends. */
  function arc(value: unknown, index: number): ArcEnds | undefined {
    const path: PathPart[] = ['arcs', index];
    if (!Array.isArray(value) || value.length < 2) {
      report({ path, expected: 'an arc: a list of two or more positions' });
      return undefined;
    }
    let x = 0;
    let y = 0;
    for (let k = 0; k < value.length; k++) {
      const p: unknown = value[k];
      if (!position(p, [...path, k])) return undefined;
      [x, y] = transform ? [x + p[0], y + p[1]] : [p[0], p[1]];
      if (box && !insideBox(lonLat([x, y]), box, slack)) {
        report({
          path: [...path, k],
          expected: `a position inside the file's bbox [${box.join(', ')}] once decoded`,
          got: `${show([x, y])} (from ${JSON.stringify(p)})`,
          hint: transform
            ? `after the first, each position is a step from the one before, not a place: ${REGENERATE}`
            : REGENERATE,
        });
        return undefined;
      }
    }
    return { start: value[0] as XY, end: [x, y] };
  }

  const ends = topology.arcs.map(arc);

  /** Arc indices joined into a line or ring: in range (§2.1.3), each arc starting where the last ended. */
  function line(indices: unknown[], path: PathPart[], ring: boolean): void {
    const what = ring ? 'ring' : 'line';
    if (indices.length === 0) return void report({ path, expected: `a ${what} of at least one arc index` });
    let inRange = true;
    indices.forEach((i, k) => {
      if (typeof i === 'number' && Number.isInteger(i) && i >= -arcCount && i < arcCount) return;
      inRange = false;
      report({
        path: [...path, k],
        expected: `an arc index from ${-arcCount} to ${arcCount - 1}`,
        hint:
          `the file has ${arcCount} arcs: 0 to ${arcCount - 1}, and -1 to ${-arcCount} for the same ` +
          `arcs reversed (~i = -i-1); ${REGENERATE}`,
      });
    });
    if (!inRange) return;
    let first: XY | undefined;
    let last: XY | undefined;
    for (const [k, i] of (indices as number[]).entries()) {
      const arcEnds = ends[i < 0 ? ~i : i];
      if (!arcEnds) return; // the arc itself is broken, and said so already
      const [from, to] = i < 0 ? [arcEnds.end, arcEnds.start] : [arcEnds.start, arcEnds.end];
      if (last && !same(last, from))
        return void report({
          path: [...path, k],
          expected: `an arc that starts where the one before it ends, at ${show(last)}`,
          got: `arc ${i}, which starts at ${show(from)}`,
          hint: 'is an index mistyped, or missing its minus sign (a reversed arc)?',
        });
      first ??= from;
      last = to;
    }
    // A ring must close. It may be shorter than GeoJSON's four positions: simplification
    // collapses small holes to a point (the basemap has one), and topojson-client pads such a
    // ring to four positions of no area, so it draws nothing rather than something wrong.
    if (ring && first && last && !same(first, last))
      report({
        path,
        expected: 'a closed ring: its last position the same as its first',
        got: `a ring from ${show(first)} to ${show(last)}`,
        hint: 'is an arc of the ring missing, or one too many?',
      });
  }

  function arcsOf(g: Record<string, unknown>, type: string, path: PathPart[]): void {
    const { depth, shape } = ARC_NESTING[type]!;
    const value = g.arcs;
    if (!nestedAs(value, depth)) {
      const actual = depthOf(value);
      const like = Object.keys(ARC_NESTING).filter((t) => ARC_NESTING[t]!.depth === actual);
      return void report({
        path,
        expected: `arcs nested as a ${type}'s: ${shape}`,
        hint: like.length
          ? `that is how a ${like.join(' or a ')} nests them: is the "type" wrong, or the brackets?`
          : undefined,
      });
    }
    const lines = depth === 1 ? [value] : depth === 2 ? (value as unknown[][]) : (value as unknown[][][]).flat();
    const paths =
      depth === 1
        ? [path]
        : depth === 2
          ? lines.map((_, r) => [...path, r])
          : (value as unknown[][][]).flatMap((polygon, p) => polygon.map((_, r) => [...path, p, r]));
    const ring = type === 'Polygon' || type === 'MultiPolygon';
    for (const [n, indices] of lines.entries()) line(indices as unknown[], paths[n]!, ring);
  }

  function geometry(g: unknown, path: PathPart[]): void {
    if (g === null || typeof g !== 'object' || Array.isArray(g))
      return void report({ path, expected: 'a geometry object { "type": … }' });
    const object = g as Record<string, unknown>;
    const { type } = object;
    checkBbox(object.bbox, [...path, 'bbox'], report);
    if (object.properties !== undefined && (typeof object.properties !== 'object' || Array.isArray(object.properties)))
      report({ path: [...path, 'properties'], expected: 'an object { … } or null (§2.2)' });
    // topojson-server writes a geometry with no coordinates as { "type": null }; the client reads it as empty.
    if (type === null) return;
    if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
      const guess = typeof type === 'string' ? nearest(type, GEOMETRY_TYPES) : undefined;
      const caseOnly = guess !== undefined && guess.toLowerCase() === String(type).toLowerCase();
      return void report({
        path: [...path, 'type'],
        expected: `one of ${GEOMETRY_TYPES.map((t) => `"${t}"`).join(', ')}, or null`,
        hint: guess ? `did you mean "${guess}"?${caseOnly ? ' The case matters' : ''}` : undefined,
      });
    }
    if (type === 'Point') position(object.coordinates, [...path, 'coordinates']);
    else if (type === 'MultiPoint') {
      if (!Array.isArray(object.coordinates))
        report({ path: [...path, 'coordinates'], expected: 'a list of positions, e.g. [[4000, 5000], [4100, 5200]]' });
      else for (const [k, p] of object.coordinates.entries()) position(p, [...path, 'coordinates', k]);
    } else if (type === 'GeometryCollection') {
      if (!Array.isArray(object.geometries))
        report({ path: [...path, 'geometries'], expected: 'a list of geometry objects [ … ]' });
      else for (const [k, child] of object.geometries.entries()) geometry(child, [...path, 'geometries', k]);
    } else arcsOf(object, type, [...path, 'arcs']);
  }

  for (const [name, object] of Object.entries(topology.objects)) geometry(object, ['objects', name]);

  if (unlisted > 0)
    problems.push({
      path: [],
      expected: 'geometry that follows the TopoJSON specification',
      got: `${unlisted} more problem${unlisted === 1 ? '' : 's'}, not listed`,
      hint: `fix those above, or ${REGENERATE}`,
    });
  return problems;
}

/** A bounding box (§3): 2n numbers, the lowest value of each axis, then the highest. */
function checkBbox(value: unknown, path: PathPart[], report: (p: GeometryProblem) => void): number[] | undefined {
  if (value === undefined) return undefined;
  const numbers =
    Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v))
      ? (value as number[])
      : undefined;
  const n = (numbers?.length ?? 0) / 2;
  if (!numbers || n < 2 || !Number.isInteger(n))
    return void report({ path, expected: 'a bbox: 2n numbers, e.g. [west, south, east, north]' });
  if (numbers.slice(0, n).some((low, axis) => low > numbers[n + axis]!))
    return void report({
      path,
      expected: 'a bbox with the lowest value of each axis first, then the highest: [west, south, east, north]',
      hint: 'are two values swapped?',
    });
  return numbers;
}

function insideBox(p: readonly number[], box: readonly number[], slack: number): boolean {
  const n = box.length / 2;
  return [0, 1].every((axis) => axis >= n || (p[axis]! >= box[axis]! - slack && p[axis]! <= box[n + axis]! + slack));
}

const same = (a: XY, b: XY) => a[0] === b[0] && a[1] === b[1];

/** True when value is lists nested exactly `depth` deep, with no lists below that. */
function nestedAs(value: unknown, depth: number): boolean {
  if (depth === 0) return !Array.isArray(value);
  return Array.isArray(value) && value.every((v) => nestedAs(v, depth - 1));
}

/** How deep lists go, following the first item down: [[0]] is 2, 0 is 0. */
function depthOf(value: unknown): number {
  let depth = 0;
  for (let v = value; Array.isArray(v) && v.length > 0; v = v[0]) depth++;
  return depth;
}
