/**
 * The kit's label placer (src/charts/kit/placer.ts): labels never overlap marks or each other,
 * stay in their bounds, are dropped when there is no room unless required, get a leader only
 * when set apart, and keep their fullest version where it fits.
 */
import { describe, expect, test } from 'vitest';
import { overlaps, pointBox, within, type Box } from '../../src/charts/kit/box.ts';
import { textLabel } from '../../src/charts/kit/label-text.ts';
import { placeGreedy, placeLabels, type LabelRequest, type Line } from '../../src/charts/kit/placer.ts';

const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const line = (text: string, size = 12): Line => ({ text, size });
const request = (at: [number, number], o: Partial<LabelRequest> = {}): LabelRequest => ({
  anchor: pointBox(at, 3),
  versions: [[line('a label of some length')]],
  bounds,
  ...o,
});

/** A deterministic scatter of n points over the bounds. */
const scatter = (n: number): [number, number][] =>
  Array.from({ length: n }, (_, i) => [20 + ((i * 97) % 360), 20 + ((i * 53) % 260)]);

describe('placeGreedy', () => {
  const points = scatter(40);
  const reserved = points.map((p) => pointBox(p, 4));
  const placed = placeGreedy(
    reserved,
    points.map((p, i) => request(p, { versions: [[line(`label ${i + 1}`)]] })),
  );

  test('places most labels around many marks', () => {
    expect(placed.length).toBeGreaterThan(20);
  });

  test('never puts a label on a reserved box (a mark)', () => {
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) for (const r of reserved) expect(overlaps(p.box, r)).toBe(false);
  });

  test('never puts two labels on each other: every pair checked', () => {
    expect(placed.length).toBeGreaterThan(1);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });

  test('keeps every label within its bounds', () => {
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) expect(within(p.box, bounds)).toBe(true);
  });

  test('draws no leader for a label beside its mark', () => {
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) expect(p.leader !== undefined).toBe(p.distance > 0);
  });
});

test('draws a leader for a label set apart from its mark, from the mark to the label', () => {
  // The mark's surroundings are taken (a halo around it), so its label must stand further off.
  const halo: Box = { x0: 170, y0: 130, x1: 230, y1: 170 };
  const [p] = placeGreedy([halo], [request([200, 150], { versions: [[line('label')]] })]);
  expect(p!.distance).toBeGreaterThan(0);
  expect(p!.leader).toBeDefined();
  expect(overlaps(p!.box, halo)).toBe(false);
});

test('drops a label that fits nowhere', () => {
  const wall: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
  expect(placeGreedy([wall], [request([200, 150])])).toEqual([]);
});

test('forces a required label where it overlaps least, within bounds', () => {
  const crowd = scatter(200).map((p) => pointBox(p, 12));
  const [placed] = placeGreedy(crowd, [request([200, 150], { required: true })]);
  expect(placed).toBeDefined();
  expect(within(placed!.box, bounds)).toBe(true);
});

test('keeps the fullest version where it fits, and falls back to a shorter one where it does not', () => {
  const versions = [[line('the fullest version of the label, which is long')], [line('short')]];
  const roomy = placeGreedy([], [request([200, 150], { versions })]);
  expect(roomy[0]!.version).toBe(0);
  // Only 60 px of room on either side: the long version cannot fit, the short one can.
  const tight: Box = { x0: 140, y0: 0, x1: 260, y1: 300 };
  const narrow = placeGreedy([], [request([200, 150], { versions, bounds: tight })]);
  expect(narrow[0]!.version).toBe(1);
  expect(narrow[0]!.lines[0]!.text).toBe('short');
});

test('a label placed from a shifted anchor gets a leader back to the real one', () => {
  // Everything beside the anchor is taken; only 100 px above it is free.
  const taken: Box = { x0: 0, y0: 60, x1: 400, y1: 300 };
  const [p] = placeGreedy([taken], [request([200, 150], { sides: ['above'], gaps: [4], shifts: [[0, -100]] })]);
  expect(p!.shift).toBe(1);
  expect(p!.leader!.from.y).toBeGreaterThan(p!.leader!.to.y);
  expect(overlaps(p!.box, taken)).toBe(false);
});

test('a leader may not run through another mark', () => {
  // The label must go far above its mark, but a mark sits in the way of every leader.
  const blocker: Box = { x0: 150, y0: 110, x1: 250, y1: 135 };
  const placed = placeGreedy([blocker], [request([200, 150], { sides: ['above'], gaps: [4, 30] })]);
  expect(placed).toEqual([]);
});

test('placeLabels keeps the order of requests that places the most weight', () => {
  // Two labels compete for the one free slot; the heavier one must win whichever order is tried first.
  const light = request([100, 150], { sides: ['right'], gaps: [4], weight: 1 });
  const heavy = request([300, 150], { sides: ['left'], gaps: [4], weight: 10 });
  const placed = placeLabels(
    [],
    [light, heavy],
    [
      [light, heavy],
      [heavy, light],
    ],
  );
  expect(placed.map((p) => p.request)).toContain(heavy);
});

test('textLabel wraps at a measured width and may fall back to one line', () => {
  const r = textLabel({
    at: [10, 10],
    text: 'about 10,000 people',
    size: 12,
    maxWidth: 60,
    oneLine: true,
    className: 'x',
    sides: ['right'],
    bounds,
  });
  expect(r.versions.length).toBe(2);
  expect(r.versions[0]!.length).toBeGreaterThan(1);
  expect(r.versions[1]!.map((l) => l.text)).toEqual(['about 10,000 people']);
});
