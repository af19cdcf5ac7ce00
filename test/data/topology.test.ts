/**
 * Geometry that breaks the TopoJSON specification is refused, one line per problem, at the place
 * in the file. Most cases edit the specification's own example (§1.1, quantized), checked by the
 * topology schema with the same error map and wording as check-data, so that each message can be
 * stated exactly; the rest edit the real files in a copy of data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectedPhrase, formatProblem, problemsFromIssues } from '../../src/data/problems.ts';
import {
  GEOMETRY_TYPES,
  LISTED_PROBLEMS,
  topologyProblems,
  type CheckedTopology,
} from '../../src/data/schema/topology-geometry.ts';
import { topology } from '../../src/data/schema/topology.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';

let copy: DataCopy;
beforeEach(() => {
  process.env.FRONTIER_TODAY = '2026-11-25';
  copy = copyData();
});
afterEach(() => copy.remove());

const REGENERATE = 'regenerate the file with npm run geo rather than editing it by hand';

/** The specification's quantized example, its object renamed to the one border.topojson needs. */
function specExample() {
  return {
    type: 'Topology',
    transform: { scale: [0.0005000500050005, 0.00010001000100010001], translate: [100, 0] },
    objects: {
      border: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', properties: { prop0: 'value0' }, coordinates: [4000, 5000] as unknown },
          { type: 'LineString', properties: { prop0: 'value0', prop1: 0 }, arcs: [0] as unknown },
          { type: 'Polygon', properties: { prop0: 'value0', prop1: { this: 'that' } }, arcs: [[1]] as unknown },
        ] as Record<string, unknown>[],
      },
    },
    arcs: [
      [
        [4000, 0],
        [1999, 9999],
        [2000, -9999],
        [2000, 9999],
      ],
      [
        [0, 0],
        [0, 9999],
        [2000, 0],
        [0, -9999],
        [-2000, 0],
      ],
    ] as unknown[][],
  } as {
    type: string;
    transform: unknown;
    bbox?: unknown;
    objects: { border: { type: string; geometries: Record<string, unknown>[] } };
    arcs: unknown[][];
  };
}

/** Any geometry type allowed in "border", empty ones too, so that only the specification's rules apply. */
const anyGeometry = topology({ border: [...GEOMETRY_TYPES, null] });

/** The messages for the example once `change` is applied to it, as if it were data/geo/border.topojson. */
function messagesFor(change: (t: ReturnType<typeof specExample>) => void): string[] {
  const example = specExample();
  change(example);
  const result = anyGeometry.safeParse(example, { error: (issue) => expectedPhrase(issue) });
  if (result.success) return [];
  return problemsFromIssues('data/geo/border.topojson', example, result.error.issues, () => []).map(formatProblem);
}
const geometry = (t: ReturnType<typeof specExample>, i: number) => t.objects.border.geometries[i]!;

test("the specification's own example passes, and so does a reversed arc (~i)", () => {
  expect(messagesFor(() => {})).toEqual([]);
  expect(messagesFor((t) => (geometry(t, 1).arcs = [-1]))).toEqual([]);
  expect(messagesFor((t) => (geometry(t, 2).arcs = [[-2]]))).toEqual([]);
});

test('an empty geometry written as { "type": null } passes, as topojson-server writes it', () => {
  expect(messagesFor((t) => (t.objects.border.geometries[0] = { type: null }))).toEqual([]);
});

test('an arc index out of range is refused at the index, with the range', () => {
  expect(messagesFor((t) => (geometry(t, 1).arcs = [2]))).toEqual([
    `data/geo/border.topojson › objects.border.geometries[1].arcs[0]: expected an arc index ` +
      `from -2 to 1, got 2 — the file has 2 arcs: 0 to 1, and -1 to -2 for the same arcs ` +
      `reversed (~i = -i-1); ${REGENERATE}`,
  ]);
  expect(messagesFor((t) => (geometry(t, 2).arcs = [[-3]]))).toEqual([
    `data/geo/border.topojson › objects.border.geometries[2].arcs[0][0]: expected an arc index ` +
      `from -2 to 1, got -3 — the file has 2 arcs: 0 to 1, and -1 to -2 for the same arcs ` +
      `reversed (~i = -i-1); ${REGENERATE}`,
  ]);
});

test('an unknown geometry type is refused, with the nearest known one', () => {
  expect(messagesFor((t) => (geometry(t, 2).type = 'Polygn'))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[2].type: expected one of "Point", ' +
      '"MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", ' +
      '"GeometryCollection", or null, got "Polygn" — did you mean "Polygon"?',
  ]);
  expect(messagesFor((t) => (geometry(t, 2).type = 'polygon'))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[2].type: expected one of "Point", ' +
      '"MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", ' +
      '"GeometryCollection", or null, got "polygon" — did you mean "Polygon"? The case matters',
  ]);
});

test('arcs nested wrongly for the type are refused, naming the type they would suit', () => {
  expect(messagesFor((t) => (geometry(t, 2).arcs = [1]))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[2].arcs: expected arcs nested as a ' +
      "Polygon's: a list of rings, each a list of arc indices, e.g. [[0, 1, -3]], got [1] — " +
      'that is how a LineString nests them: is the "type" wrong, or the brackets?',
  ]);
  expect(messagesFor((t) => (geometry(t, 1).arcs = [[0]]))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[1].arcs: expected arcs nested as a ' +
      "LineString's: a list of arc indices, e.g. [0, 1, -3], got [[0]] — that is how a " +
      'MultiLineString or a Polygon nests them: is the "type" wrong, or the brackets?',
  ]);
  expect(messagesFor((t) => delete geometry(t, 1).arcs)).toEqual([
    'data/geo/border.topojson › objects.border.geometries[1].arcs: expected arcs nested as a ' +
      "LineString's: a list of arc indices, e.g. [0, 1, -3], got nothing (the field is missing)",
  ]);
});

test('a ring that does not close is refused, with where it starts and ends (decoded)', () => {
  expect(messagesFor((t) => (t.arcs[1]![4] = [-1000, 0]))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[2].arcs[0]: expected a closed ring: ' +
      'its last position the same as its first, got a ring from [100, 0] to [100.50005, 0] — is ' +
      'an arc of the ring missing, or one too many?',
  ]);
});

test('arcs that do not join end to start are refused at the arc that jumps', () => {
  expect(messagesFor((t) => (geometry(t, 1).arcs = [0, 1]))).toEqual([
    'data/geo/border.topojson › objects.border.geometries[1].arcs[1]: expected an arc that ' +
      'starts where the one before it ends, at [105, 1], got arc 1, which starts at [100, 0] — ' +
      'is an index mistyped, or missing its minus sign (a reversed arc)?',
  ]);
});

test('positions: at least two finite numbers, whole numbers in a quantized file, inside the bbox once decoded', () => {
  expect(messagesFor((t) => (geometry(t, 0).coordinates = [102, 0.5]))).toEqual([
    `data/geo/border.topojson › objects.border.geometries[0].coordinates: expected whole ` +
      `numbers: the file has a transform, so its positions are steps on a grid, got [102,0.5] — ` +
      `they are not longitudes and latitudes: ${REGENERATE}`,
  ]);
  expect(messagesFor((t) => (t.arcs[0]![2] = [2000]))).toEqual([
    'data/geo/border.topojson › arcs[0][2]: expected a position: a list of two or more finite ' +
      'numbers, e.g. [4000, 5000], got [2000]',
  ]);
  expect(messagesFor((t) => (t.arcs[0] = [[4000, 0]]))).toEqual([
    'data/geo/border.topojson › arcs[0]: expected an arc: a list of two or more positions, got [[4000,0]]',
  ]);
  expect(
    messagesFor((t) => {
      t.bbox = [100, 0, 105, 1];
      t.arcs[0]![2] = [20000, -9999];
    }),
  ).toEqual([
    `data/geo/border.topojson › arcs[0][2]: expected a position inside the file's bbox [100, ` +
      `0, 105, 1] once decoded, got [113.0008, 0] (from [20000,-9999]) — after the first, each ` +
      `position is a step from the one before, not a place: ${REGENERATE}`,
  ]);
});

test('a bbox must be 2n numbers, lowest first; a transform needs a scale and a translate of two numbers', () => {
  expect(messagesFor((t) => (t.bbox = [100, 0, 105]))).toEqual([
    'data/geo/border.topojson › bbox: expected a bbox: 2n numbers, e.g. [west, south, east, north], got [100,0,105]',
  ]);
  expect(messagesFor((t) => (t.bbox = [105, 0, 100, 1]))).toEqual([
    'data/geo/border.topojson › bbox: expected a bbox with the lowest value of each axis ' +
      'first, then the highest: [west, south, east, north], got [105,0,100,1] — are two values ' +
      'swapped?',
  ]);
  expect(messagesFor((t) => (t.transform = { scale: [0.0005], translate: [100, 0] }))).toEqual([
    'data/geo/border.topojson › transform.scale: expected a list of at least 2 items, got [0.0005]',
  ]);
});

test(`one mistake repeated everywhere lists ${LISTED_PROBLEMS} problems and counts the rest`, () => {
  const lines = messagesFor(
    (t) =>
      (t.objects.border.geometries = Array.from({ length: 30 }, (_, i) => ({
        type: 'Point',
        coordinates: [100 + i / 10, 0.5],
      }))),
  );
  expect(lines).toHaveLength(LISTED_PROBLEMS + 1);
  expect(lines.at(-1)).toBe(
    `data/geo/border.topojson › (whole file): expected geometry that follows the TopoJSON ` +
      `specification, got 10 more problems, not listed — fix those above, or ${REGENERATE}`,
  );
});

test('in the real basemap, an arc index out of range is named by its path and placed at its line and column', () => {
  const arcs = (copy.read('geo/basemap.topojson') as { arcs: unknown[] }).arcs.length;
  copy.edit('geo/basemap.topojson', (j) => (j.objects.countries.geometries[3].arcs[0][2] = 9999));
  const [problem, ...rest] = validateDataDir(copy.dir).problems;
  expect(rest).toEqual([]);
  expect(formatProblem({ ...problem!, file: 'data/geo/basemap.topojson' })).toBe(
    `data/geo/basemap.topojson › objects.countries.geometries[3].arcs[0][2]: expected an arc ` +
      `index from -${arcs} to ${arcs - 1}, got 9999 — the file has ${arcs} arcs: 0 to ` +
      `${arcs - 1}, and -1 to -${arcs} for the same arcs reversed (~i = -i-1); ${REGENERATE}`,
  );
  const line = readFileSync(join(copy.dir, 'geo/basemap.topojson'), 'utf8').split('\n')[problem!.line! - 1]!;
  expect(line.slice(problem!.column! - 1)).toMatch(/^9999\b/);
});

test('each object of the real files holds only the kinds of shape the charts draw from it', () => {
  copy.edit('geo/border.topojson', (j) => (j.objects.border.geometries[0] = { type: null }));
  // Valid TopoJSON (a Polygon's rings read as lines), but not a lake the charts can fill.
  copy.edit('geo/basemap.topojson', (j) => (j.objects.lakes.geometries[0].type = 'MultiLineString'));
  expect(
    validateDataDir(copy.dir).problems.map((p) =>
      formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }),
    ),
  ).toEqual([
    'data/geo/basemap.topojson › objects.lakes.geometries[0].type: expected "Polygon" or ' +
      '"MultiPolygon": what the charts draw from objects.lakes, got "MultiLineString" — the ' +
      'charts read every geometry of "lakes" as one of these: regenerate the file with npm run ' +
      'geo',
    'data/geo/border.topojson › objects.border.geometries[0].type: expected "LineString": what ' +
      'the charts draw from objects.border, got null — the charts read every geometry of ' +
      '"border" as this: regenerate the file with npm run geo',
  ]);
});

test('checking the basemap geometry takes milliseconds, not seconds', () => {
  const basemap = JSON.parse(readFileSync('data/geo/basemap.topojson', 'utf8')) as CheckedTopology;
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    expect(topologyProblems(basemap)).toEqual([]);
    return performance.now() - start;
  });
  expect(Math.min(...times)).toBeLessThan(50);
});
