/**
 * al-hol-population: what the registry-wide tests cannot see — every figure drawn in the style
 * its data asks for, outliers marked and labelled and kept out of lines, partial dates placed
 * in their period, and marks that move with the data.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/al-hol-population/index.ts';
import type { AlHolInput } from '../../src/charts/al-hol-population/prepare.ts';
import { periodOf, seriesEnd } from '../../src/charts/kit/dates.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { SeriesFile } from '../../src/data/schema/series.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';
import { labelProblems } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as AlHolInput;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (i: unknown, step?: string, width = 720) => parse(chart.render(i, { width, step, idPrefix: 't' }));
/** Data marks only: the legend's swatches carry the same classes plus alhol-swatch. */
const marks = (doc: Document, cls: string) => [...doc.querySelectorAll(`g.${cls}:not(.alhol-swatch) > *`)];

function withCopy<T>(edit: (json: SeriesFile) => void, use: (input: AlHolInput) => T): T {
  const copy = copyData();
  try {
    copy.edit('series/al-hol-population.json', edit);
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return use(chart.prepare(result.data) as AlHolInput);
  } finally {
    copy.remove();
  }
}

test('the complete state draws every observation once, in the style its data asks for', () => {
  const doc = draw(input);
  const series = data.alHolPopulation.observations;
  const drawn = ['exact', 'rounded', 'low', 'outlier'].reduce((n, s) => n + marks(doc, `alhol-total--${s}`).length, 0);
  expect(drawn).toBe(series.length);
  expect(marks(doc, 'alhol-total--outlier').length).toBe(series.filter((o) => o.outlier).length);
  expect(marks(doc, 'alhol-total--low').length).toBe(series.filter((o) => !o.outlier && o.confidence === 'low').length);
});

test('every outlier is drawn as a cross, labelled, and left out of every line', () => {
  const outliers = input.points.filter((p) => p.style === 'outlier');
  expect(outliers.length).toBeGreaterThan(0);
  for (const state of [undefined, 'decline']) {
    const doc = draw(input, state);
    expect(marks(doc, 'alhol-total--outlier').filter((m) => m.tagName.toLowerCase() === 'path').length).toBe(
      outliers.length,
    );
    const labels = [...doc.querySelectorAll('text.alhol-outlier-label')].map((t) => t.textContent);
    expect(labels.filter((t) => t?.includes('outlier')).length).toBe(outliers.length);
  }
  expect(input.runs.length).toBeGreaterThan(0);
  for (const run of input.runs) for (const p of run.points) expect(p.style).toBe('exact');
});

test('flagging a count as an outlier in data/ takes it out of its line and marks it', () => {
  const flagged = withCopy(
    (j) =>
      Object.assign(j.observations.find((o) => o.date === '2019-11-19')!, { outlier: true, note: 'Test: flagged.' }),
    (changed) => changed,
  );
  const point = flagged.points.find((p) => p.obs.date === '2019-11-19')!;
  expect(point.style).toBe('outlier');
  expect(flagged.runs.flatMap((r) => r.points)).not.toContain(point);
  expect(flagged.runs.flatMap((r) => r.points).length).toBe(input.runs.flatMap((r) => r.points).length - 1);
  expect(chart.table(flagged).rows.find((r) => r.id === point.key)!.cells.confidence!.text).toContain('outlier');
});

test('moving one value in a copy of data/ moves its mark', () => {
  const exactCircles = (i: unknown) =>
    marks(draw(i), 'alhol-total--exact').map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
  const before = exactCircles(input);
  const moved = withCopy((j) => (j.observations.find((o) => o.date === '2019-06-19')!.value = 60000), exactCircles);
  expect(moved.filter((c) => !before.includes(c)).length).toBe(1);
});

test('partial dates sit at the middle of their period, cut short where the series ends', () => {
  expect(new Date(periodOf('2019-03').mid).toISOString().slice(0, 10)).toBe('2019-03-16');
  expect(new Date(periodOf('2024').mid).toISOString().slice(0, 7)).toBe('2024-07');
  const end = seriesEnd(data.alHolPopulation.observations.map((o) => o.date));
  const year2026 = input.points.find((p) => p.obs.date === '2026')!;
  expect(year2026.at.end).toBe(end);
  expect(year2026.at.mid).toBeLessThan(Date.parse('2026-02-22'));
  const row = chart.table(input).rows.find((r) => r.id === year2026.key)!;
  expect(row.cells.date!.note).toContain('approximate');
});

test('the nationality split is drawn only where a source gives one, and the table lists it', () => {
  const doc = draw(input);
  for (const group of ['iraqis', 'syrians', 'others'] as const) {
    const given = data.alHolPopulation.observations.filter((o) => o.breakdown?.[group] !== undefined).length;
    const drawn = ['exact', 'rounded', 'low', 'outlier'].reduce(
      (n, s) => n + marks(doc, `alhol-part--${group}.alhol-part--${s}`).length,
      0,
    );
    expect(drawn).toBe(given);
  }
  const rows = chart.table(input).rows;
  expect(rows.length).toBe(data.alHolPopulation.observations.length);
  expect(rows.filter((r) => r.cells.iraqis!.text !== '').length).toBe(
    data.alHolPopulation.observations.filter((o) => o.breakdown?.iraqis !== undefined).length,
  );
  for (const r of rows) expect(r.sources.length).toBeGreaterThan(0);
});

test('the steps show different states: the surge enlarged, the whole period, the closure enlarged', () => {
  const svgs = chart.steps.map((s) => chart.render(input, { width: 320, step: s.id, idPrefix: 't' }));
  expect(new Set(svgs).size).toBe(svgs.length);
  expect(draw(input, 'arrivals').querySelector('text.alhol-peak-label')!.textContent).toContain('Peak');
  expect(draw(input, 'decline').querySelector('text.alhol-part-label')!.textContent).toContain('Iraqis');
  expect(draw(input, 'closure').querySelector('text.alhol-closure-label')!.textContent).toContain('Closed');
  expect(() => chart.render(input, { width: 320, step: 'nope', idPrefix: 't' })).toThrow('no step');
});

describe.each([undefined, ...chart.steps.map((s) => s.id)])('on a phone, state %s', (step) => {
  const doc = draw(input, step, 320);

  test('no label covers another label or a mark, and none runs off the artboard', () => {
    const svg = doc.querySelector('svg')!;
    expect(
      labelProblems(
        svg,
        'text.label',
        'g.alhol-total:not(.alhol-swatch) circle, g.alhol-total:not(.alhol-swatch) path, g.alhol-part[aria-label="dot"] path',
        2,
      ),
    ).toEqual([]);
  });

  test('fits the phone screen beside its text', () => {
    expect(Number(doc.querySelector('svg')!.getAttribute('height'))).toBeLessThanOrEqual(400);
  });
});
