/**
 * The kit's claim marks (src/charts/kit/claim-marks.ts, symbols.ts): each level of confidence
 * and precision drawn as specified — a filled dot for a figure held with medium or high
 * confidence, a hollow one for low; a bar across the year for a year-only date, dashed when
 * low; a cross for an outlier; a line between the ends of a range; never a line between claims.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { dodge, drawClaim, place, placeAt, type Placed } from '../../src/charts/kit/claim-marks.ts';
import type { Claim } from '../../src/charts/kit/claims.ts';
import { periodOf } from '../../src/charts/kit/dates.ts';
import { dotOptions } from '../../src/charts/kit/symbols.ts';
import { chartSvg, layer } from '../../src/charts/svg.ts';

const scales = {
  x: scaleUtc()
    .domain([Date.UTC(2021, 0, 1), Date.UTC(2026, 0, 1)])
    .range([0, 500]),
  y: scaleLinear().domain([0, 20_000]).range([200, 0]),
};
const claim = (date: string, o: Partial<Claim> = {}): Claim => ({
  id: `c-${date}-${o.value ?? 1000}-${o.confidence ?? 'medium'}`,
  date,
  period: periodOf(date),
  value: 1000,
  qualifier: 'exact',
  unit: 'people',
  claimant: 'Someone',
  sources: ['s'],
  confidence: 'medium',
  outlier: false,
  ...o,
});

function drawn(p: Placed) {
  const svg = chartSvg({ idPrefix: 't', width: 500, height: 200, title: 't', description: 'd', className: 'c' });
  drawClaim(layer(svg, 'claims'), p, 4);
  const marks = svg.node()!.querySelectorAll('[data-claim]');
  expect(marks.length).toBe(1);
  return marks[0]!;
}

describe.each(['high', 'medium', 'low'] as const)('%s confidence', (confidence) => {
  const low = confidence === 'low';

  test(`a figure dated to a day is a ${low ? 'hollow' : 'filled'} dot at the middle of its day`, () => {
    const c = claim('2024-03-02', { confidence });
    const p = place(c, scales, 4);
    const mark = drawn(p);
    const circles = mark.querySelectorAll('circle');
    expect(circles.length).toBe(1);
    expect(circles[0]!.getAttribute('fill')).toBe(low ? 'none' : 'currentColor');
    expect(Number(circles[0]!.getAttribute('cx'))).toBeCloseTo(scales.x(c.period.mid), 0);
    expect(mark.classList.contains(`claim--${confidence}`)).toBe(true);
    expect(mark.classList.contains('claim--point')).toBe(true);
  });

  test(`a figure dated only to a year is a ${low ? 'dashed' : 'solid'} bar across that year`, () => {
    const p = place(claim('2024', { confidence }), scales, 4);
    expect(p.bar).toBe(true);
    expect(p.x0).toBeCloseTo(scales.x(Date.UTC(2024, 0, 1)));
    expect(p.x1).toBeCloseTo(scales.x(Date.UTC(2025, 0, 1)));
    const mark = drawn(p);
    expect(mark.querySelector('circle')).toBeNull();
    const bars = mark.querySelectorAll('path');
    expect(bars.length).toBe(1);
    expect(bars[0]!.hasAttribute('stroke-dasharray')).toBe(low);
    expect(mark.classList.contains('claim--period')).toBe(true);
  });

  test('an outlier is a cross, never a dot', () => {
    const mark = drawn(place(claim('2024-03-02', { confidence, outlier: true }), scales, 4));
    expect(mark.querySelector('circle')).toBeNull();
    expect(mark.querySelectorAll('path').length).toBe(1);
    expect(mark.classList.contains('claim--outlier')).toBe(true);
  });
});

test('a figure dated to a month is a dot at the middle of the month, unless months are drawn as bars', () => {
  const c = claim('2024-03');
  expect(place(c, scales, 4).bar).toBe(false);
  expect(place(c, scales, 4).x).toBeCloseTo(scales.x(c.period.mid));
  expect(place(c, scales, 4, ['year', 'month']).bar).toBe(true);
});

test('a reported range is a vertical line between its ends', () => {
  const mark = drawn(place(claim('2024-03-02', { value: 8000, valueMax: 10_000 }), scales, 4));
  const lines = mark.querySelectorAll('line');
  expect(lines.length).toBe(1);
  expect(Number(lines[0]!.getAttribute('y1'))).toBeCloseTo(scales.y(8000));
  expect(Number(lines[0]!.getAttribute('y2'))).toBeCloseTo(scales.y(10_000));
});

test('a bar is clipped to the axis', () => {
  const p = place(claim('2020'), scales, 4);
  expect(p.x0).toBe(scales.x(Date.UTC(2021, 0, 1)));
});

test('dodge spreads dots on the same spot by a mark width and leaves the others alone', () => {
  const same = [claim('2024-03-02'), claim('2024-03-02', { confidence: 'low' })].map((c) => place(c, scales, 4));
  const apart = place(claim('2025-03-02'), scales, 4);
  const moved = dodge([...same, apart], 4);
  expect(Math.abs(moved[0]!.x - moved[1]!.x)).toBeGreaterThanOrEqual(8);
  expect(moved[2]).toBe(apart);
});

test('placeAt puts a dot at a given x whatever its date (a "day not given" column)', () => {
  const p = placeAt(claim('2024-03'), 480, scales, 4);
  expect(p.x).toBe(480);
  expect(p.bar).toBe(false);
});

test.each([
  ['dot', { fill: 'currentColor', stroke: 'none' }],
  ['hollow', { fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 }],
  ['dashed', { fill: 'none', stroke: 'currentColor', strokeDasharray: '2 1.6' }],
  ['cross', { fill: 'none', symbol: 'times' }],
  ['square', { fill: 'currentColor', symbol: 'square' }],
] as const)('dotOptions(%s) draws what the legend shows', (name, expected) => {
  expect(dotOptions(name, 4)).toMatchObject(expected);
});
