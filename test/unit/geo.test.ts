import { readFileSync } from 'node:fs';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { feature } from 'topojson-client';
import {
  areaAround,
  distanceKm,
  EARTH_RADIUS_KM,
  fitProjection,
  lineLengthKm,
  nearestOnLine,
  segmentsAlong,
  sliceLine,
} from '../../src/lib/geo/index.ts';
import { geoPath } from 'd3-geo';

const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM; // 111.195 km on the mean sphere
const equator: LineString = {
  type: 'LineString',
  coordinates: [
    [0, 0],
    [1, 0],
    [2, 0],
  ],
};

describe('lineLengthKm', () => {
  test('of two degrees along the equator is 2 × 111.195 km', () => {
    expect(lineLengthKm(equator)).toBeCloseTo(2 * KM_PER_DEGREE, 6);
  });

  test('of the Natural Earth Iraq–Syria line is 599.0 km (±0.1 km), the CIA Factbook figure', () => {
    const topology = JSON.parse(readFileSync('data/geo/border.topojson', 'utf8'));
    const line = (feature(topology, topology.objects.border) as unknown as { features: { geometry: LineString }[] })
      .features[0]!.geometry;
    expect(lineLengthKm(line)).toBeGreaterThan(598.9);
    expect(lineLengthKm(line)).toBeLessThan(599.1);
  });
});

describe('nearestOnLine', () => {
  test('of a point 0.1° north of the middle of a segment is that middle, 0.1° away (km)', () => {
    const r = nearestOnLine(equator, [0.5, 0.1]);
    expect(r.kmAlong).toBeCloseTo(0.5 * KM_PER_DEGREE, 3);
    expect(r.kmAway).toBeCloseTo(0.1 * KM_PER_DEGREE, 3);
    expect(r.point[0]).toBeCloseTo(0.5, 9);
    expect(r.point[1]).toBeCloseTo(0, 9);
  });

  test('of a point beyond the first vertex is the first vertex, at km 0', () => {
    const r = nearestOnLine(equator, [-1, 0]);
    expect(r.kmAlong).toBe(0);
    expect(r.kmAway).toBeCloseTo(KM_PER_DEGREE, 3);
  });

  test('of a point beyond the last vertex is the last vertex, at the full length', () => {
    const r = nearestOnLine(equator, [3, 0.5]);
    expect(r.kmAlong).toBeCloseTo(2 * KM_PER_DEGREE, 3);
    expect(r.point).toEqual([2, 0]);
  });

  test('of a point on the second segment counts the whole first segment', () => {
    expect(nearestOnLine(equator, [1.25, -0.01]).kmAlong).toBeCloseTo(1.25 * KM_PER_DEGREE, 3);
  });

  test('of a vertex itself is zero km away', () => {
    expect(nearestOnLine(equator, [1, 0]).kmAway).toBeCloseTo(0, 9);
  });
});

describe('distanceKm', () => {
  test('along a meridian is 111.195 km per degree', () => {
    expect(distanceKm([40, 33], [40, 34])).toBeCloseTo(KM_PER_DEGREE, 6);
  });
});

describe('segmentsAlong', () => {
  // Two unit squares side by side, d3 winding (clockwise); a line runs along their shared edge
  // and then along the second square's edge.
  const square = (x: number): Polygon => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x, 1],
        [x + 1, 1],
        [x + 1, 0],
        [x, 0],
      ],
    ],
  });
  const areas = [
    { id: 'west', geometry: square(0) },
    { id: 'east', geometry: square(1.02) },
  ];

  test('gives each stretch to the nearest area, with km runs that add up to the line', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [0.5, -0.01],
        [0.5, 0.3],
        [1.5, 0.3],
      ],
    };
    const runs = segmentsAlong(line, areas, 1);
    expect(runs.map((r) => r.id)).toEqual(['west', 'east']);
    expect(runs[0]!.fromKm).toBe(0);
    expect(runs.at(-1)!.toKm).toBeCloseTo(lineLengthKm(line), 6);
    // The change falls midway across the gap between the squares (x = 1.01), within half a step.
    const expected = lineLengthKm({
      type: 'LineString',
      coordinates: [
        [0.5, -0.01],
        [0.5, 0.3],
        [1.01, 0.3],
      ],
    });
    expect(Math.abs(runs[0]!.toKm - expected)).toBeLessThanOrEqual(0.5);
  });
});

describe('areaAround and fitProjection', () => {
  test('frame a line with the margin on every side, within the requested width', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [40, 34],
        [41, 36],
      ],
    };
    const frame = areaAround(line, { x: 100, y: 50 });
    const lons = frame.coordinates.map((c) => c[0]!),
      lats = frame.coordinates.map((c) => c[1]!);
    expect(Math.min(...lats)).toBeCloseTo(34 - 50 / KM_PER_DEGREE, 6);
    expect(Math.max(...lats)).toBeCloseTo(36 + 50 / KM_PER_DEGREE, 6);
    expect(Math.min(...lons)).toBeLessThan(40 - 100 / KM_PER_DEGREE);
    const { projection, height } = fitProjection(frame, { width: 360, margin: [10, 10, 10, 10] });
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(frame);
    expect(x0).toBeGreaterThanOrEqual(9.99);
    expect(x1).toBeLessThanOrEqual(350.01);
    expect(y0).toBeCloseTo(10, 1);
    expect(y1).toBeLessThanOrEqual(height - 9.99);
  });
});

describe('sliceLine', () => {
  test('of the middle of a line keeps the vertices inside and cuts the ends where asked (km)', () => {
    const slice = sliceLine(equator, 0.5 * KM_PER_DEGREE, 1.5 * KM_PER_DEGREE);
    expect(slice.coordinates.map(([x, y]) => [Number(x!.toFixed(6)), Number(y!.toFixed(6))])).toEqual([
      [0.5, 0],
      [1, 0],
      [1.5, 0],
    ]);
    expect(lineLengthKm(slice)).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  test('of the whole line is the line', () => {
    expect(lineLengthKm(sliceLine(equator, 0, lineLengthKm(equator)))).toBeCloseTo(lineLengthKm(equator), 6);
  });
});
