/**
 * wall-progress: each claim is its own mark (nothing joins them), kilometres and percentages
 * are in separate panels, confidence and scope are each shown twice, and marks follow data/.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/wall-progress/index.ts';
import type { WallProgressInput } from '../../src/charts/wall-progress/prepare.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';
import { inflate } from '../../src/charts/kit/box.ts';
import { clashes, markBoxes, offArtboard } from '../helpers/svg-boxes.ts';
import { textBoxes } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as WallProgressInput;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (i: unknown, step?: string, width = 720) => parse(chart.render(i, { width, step, idPrefix: 't' }));
const row = (doc: Document, id: string) => doc.querySelector(`.wp-row[data-claim="${id}"]`)!;
const at = (el: Element) =>
  el
    .getAttribute('transform')!
    .match(/translate\(([\d.]+),([\d.]+)\)/)!
    .slice(1)
    .map(Number);

test('every claim in data/ is one mark in one row, and no mark is joined to another', () => {
  const doc = draw(input);
  const claims = Object.keys(data.fortifications.wallClaims);
  expect(claims.length).toBeGreaterThan(1);
  expect(doc.querySelectorAll('.wp-row')).toHaveLength(claims.length);
  for (const id of claims) expect(row(doc, id).querySelectorAll('.wp-claim')).toHaveLength(1);
  // Each track runs from the axis's zero to its own mark, never from one claim to another.
  expect(doc.querySelectorAll('.wp-panel')).toHaveLength(2);
  for (const panel of doc.querySelectorAll('.wp-panel')) {
    const starts = new Set(
      [...panel.querySelectorAll('.wp-track')].map((t) => t.getAttribute('d')!.match(/^M([\d.]+)/)![1]),
    );
    expect(starts.size).toBe(1);
  }
});

test('kilometre claims and percentage claims are in separate panels with their own axes', () => {
  const doc = draw(input);
  const km = doc.querySelector('.wp-panel--km')!,
    percent = doc.querySelector('.wp-panel--percent')!;
  expect(percent.querySelector('[data-claim="armed-forces-2026-01-percent"]')).not.toBeNull();
  expect(km.querySelector('[data-claim="armed-forces-2026-01-percent"]')).toBeNull();
  expect([...percent.querySelectorAll('.wp-tick')].map((t) => t.textContent)).toContain('100%');
  expect(percent.textContent).toContain('does not say what total length');
});

test('confidence is shown by fill and in words; scope by symbol and in words', () => {
  const doc = draw(input);
  const firm = row(doc, 'first-segment-2022'),
    weak = row(doc, 'security-media-cell-2025-01');
  expect(firm.querySelector('.wp-claim')!.getAttribute('class')).toContain('wp-claim--firm');
  expect(firm.textContent).toContain('medium confidence');
  expect(weak.querySelector('.wp-claim')!.getAttribute('class')).toContain('wp-claim--low');
  expect(weak.querySelector('.wp-track')!.getAttribute('class')).toContain('wp-track--low');
  expect(weak.textContent).toContain('low confidence');
  const symbolOf = (id: string) => row(doc, id).querySelector('.wp-claim')!.getAttribute('d');
  const symbols = new Set(['first-segment-2022', 'added-83km', 'security-media-cell-2025-01'].map(symbolOf));
  expect(symbols.size).toBe(3);
  expect(row(doc, 'added-83km').textContent).toContain('added, not a total');
  expect(row(doc, 'sixth-division-2025-10').textContent).toContain('one section');
  expect(weak.textContent).toContain('the whole wall so far');
});

test('a claim that gives a planned length shows it, and only that claim', () => {
  const doc = draw(input);
  expect(doc.querySelectorAll('.wp-planned')).toHaveLength(1);
  expect(row(doc, 'security-media-cell-2025-01').querySelector('.wp-planned')).not.toBeNull();
  expect(row(doc, 'security-media-cell-2025-01').textContent).toContain('of 615\u00a0km planned');
});

test('changing a claim in data/ moves its mark, and the other claims stay put', () => {
  const before = draw(input);
  const copy = copyData();
  try {
    copy.edit('fortifications.json', (j) => (j.wallClaims['border-guard-command-2025-11'].builtKm = 300));
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const after = draw(chart.prepare(result.data));
    const x = (doc: Document, id: string) => at(row(doc, id).querySelector('.wp-claim')!)[0]!;
    expect(x(after, 'border-guard-command-2025-11')).toBeLessThan(x(before, 'border-guard-command-2025-11'));
    expect(x(after, 'border-guard-command-2026-01')).toBe(x(before, 'border-guard-command-2026-01'));
  } finally {
    copy.remove();
  }
});

test('the whole-wall state mutes every claim that is not for the whole wall', () => {
  const doc = draw(input, 'whole-wall');
  expect(doc.querySelectorAll('.wp-row')).toHaveLength(Object.keys(data.fortifications.wallClaims).length);
  for (const el of doc.querySelectorAll('.wp-row')) {
    const claim = data.fortifications.wallClaims[el.getAttribute('data-claim')!]!;
    expect(el.getAttribute('class')!.includes('wp-muted')).toBe(claim.scope !== 'cumulative');
  }
  const alt = chart.steps.find((s) => s.id === 'whole-wall')!.alt(input);
  expect(alt).toContain('lower than that of 7 January 2025');
});

test('every claim stays inside the artboard at each width', () => {
  for (const width of chart.widths) {
    const doc = draw(input, undefined, width);
    // One mark per claim, and the key's samples.
    expect(doc.querySelectorAll('.wp-row .wp-claim')).toHaveLength(Object.keys(data.fortifications.wallClaims).length);
    for (const mark of doc.querySelectorAll('.wp-claim')) {
      const [x] = at(mark);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(width);
    }
  }
});

describe('every artboard reads cleanly', () => {
  const states = [undefined, ...chart.steps.map((s) => s.id)];
  test.each(chart.widths.flatMap((width) => states.map((step) => [step ?? 'complete', width] as const)))(
    '%s at %i: no text covers another or a mark, or runs off the artboard',
    (step, width) => {
      const svg = draw(input, step === 'complete' ? undefined : step, width).querySelector('svg')!;
      const boxes = textBoxes(svg);
      expect(clashes(boxes)).toEqual([]);
      expect(offArtboard(boxes, svg)).toEqual([]);
      // No text on a claim's mark, or on a track (its line, from zero to the mark) or within 5 px of it.
      const tracks = markBoxes(svg, '.wp-track').map((track) => ({ ...track, ...inflate(track, 5) }));
      expect(clashes(boxes, [...markBoxes(svg, '.wp-claim'), ...tracks], 0)).toEqual([]);
    },
  );

  test('on a phone, the claims are said in a line above their tracks and each step fits beside its text', () => {
    const phone = Math.min(...chart.widths);
    for (const step of chart.steps.map((s) => s.id))
      expect(Number(draw(input, step, phone).querySelector('svg')!.getAttribute('height'))).toBeLessThanOrEqual(400);
    const doc = draw(input, 'claims', phone);
    for (const id of Object.keys(data.fortifications.wallClaims)) {
      const claimant = row(doc, id).querySelector('.wp-claimant')!;
      const trackY = at(row(doc, id).querySelector('.wp-claim')!)[1]!;
      expect(Number(claimant.getAttribute('y'))).toBeLessThan(trackY);
    }
    // The border's scale is labelled, whether among the rows or above the axis.
    expect(doc.querySelector('.wp-border-label')!.textContent).toContain(String(Math.round(input.borderKm)));
  });
});
