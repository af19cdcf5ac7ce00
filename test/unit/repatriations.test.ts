/**
 * repatriations: running totals as separate claims, people and families apart, outliers and
 * low-confidence figures marked, nothing invented; the marks follow data/.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart, { type RepatriationsInput } from '../../src/charts/repatriations/index.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';
import { labelProblems } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as RepatriationsInput;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const render = (step?: string, width = 720, from: unknown = input) =>
  parse(chart.render(from, { width, step, idPrefix: 'r' }));
const labels = (doc: Document) => [...doc.querySelectorAll('.claim-label')].map((t) => t.textContent ?? '');
const series = data.repatriations;

describe.each([320, 720])('at %i px', (width) => {
  const doc = render(undefined, width);

  test('draws every running total once, in the panel of its own unit (people and families never mixed)', () => {
    for (const unit of ['people', 'families'] as const) {
      const expected = series.observations.filter((o) => (o.unit ?? series.unit) === unit).length;
      expect(doc.querySelectorAll(`.panel--${unit} [data-claim]`).length).toBe(expected);
      for (const mark of doc.querySelectorAll(`.panel--${unit} [data-claim]`))
        expect(mark.getAttribute('data-claim')!.startsWith(`${unit}-`)).toBe(true);
    }
  });

  test('joins no claims with a line: each mark is one claim', () => {
    expect(doc.querySelectorAll('[data-claim]').length).toBe(input.claims.length);
    for (const mark of doc.querySelectorAll('[data-claim]')) {
      for (const path of mark.querySelectorAll('path'))
        expect((path.getAttribute('d') ?? '').match(/M/g)!.length).toBeLessThanOrEqual(3);
    }
    expect(doc.querySelectorAll('polyline').length).toBe(0);
  });

  test('draws an outlier as a cross, not a dot, and labels it "outlier"', () => {
    const outliers = series.observations.filter((o) => o.outlier);
    expect(outliers.length).toBeGreaterThan(0);
    const marks = doc.querySelectorAll('.claim--outlier');
    expect(marks.length).toBe(outliers.length);
    for (const m of marks) {
      expect(m.querySelector('circle')).toBeNull();
      expect(m.querySelector('path')).not.toBeNull();
    }
    expect(labels(doc).filter((t) => t.includes('outlier')).length).toBe(outliers.length);
  });

  test('draws low-confidence figures hollow or dashed, the others filled or solid', () => {
    const marks = doc.querySelectorAll('.claim:not(.claim--outlier)');
    expect(marks.length).toBe(input.claims.filter((c) => !c.outlier).length);
    expect([...marks].some((m) => m.classList.contains('claim--low'))).toBe(true);
    for (const mark of marks) {
      const low = mark.classList.contains('claim--low');
      const circle = mark.querySelector('circle');
      if (circle) expect(circle.getAttribute('fill') === 'none').toBe(low);
      else expect(mark.querySelector('path')!.hasAttribute('stroke-dasharray')).toBe(low);
    }
  });

  test('draws a figure dated only to a year as a bar across that year, a month-only figure as a dot', () => {
    for (const o of series.observations) {
      const id = input.claims.find((c) => c.date === o.date && c.value === o.value)!.id;
      const mark = doc.querySelector(`[data-claim="${id}"]`)!;
      expect(mark.classList.contains('claim--period'), id).toBe(o.date.length === 4);
    }
  });

  test('keeps the single convoys apart from the totals, one tick each', () => {
    expect(doc.querySelectorAll('.convoys [data-convoy]').length).toBe(series.batches?.length ?? 0);
    expect(doc.querySelectorAll('.convoys [data-claim]').length).toBe(0);
  });
});

test('each step labels only its own figures and fades the rest', () => {
  for (const step of chart.steps) {
    const doc = render(step.id);
    const focused = [...doc.querySelectorAll('.claims:not(.claims--context) [data-claim]')].map((m) =>
      m.getAttribute('data-claim'),
    );
    const faded = [...doc.querySelectorAll('.claims--context [data-claim]')].map((m) => m.getAttribute('data-claim'));
    expect(focused.length, step.id).toBeGreaterThan(0);
    expect(focused.length + faded.length).toBe(input.claims.length);
    expect(labels(doc).length, step.id).toBeGreaterThan(0);
  }
  // The latest step is about January 2026's totals.
  const latest = labels(render('latest')).join(' ');
  for (const c of input.claims.filter((c) => c.date.startsWith(input.asOf.slice(0, 7))))
    expect(latest).toContain(c.value.toLocaleString('en-GB'));
});

test('the step alt texts name the figures they show', () => {
  const start = chart.steps.find((s) => s.id === 'start')!.alt(input);
  expect(start).toContain('381–398');
  const pace = chart.steps.find((s) => s.id === 'pace')!.alt(input);
  expect(pace).toContain('9,000 people');
  expect(pace).toContain('more than 15,000 people');
  expect(pace).toContain('outlier');
});

test('moving a total in a copy of data/ moves its mark', () => {
  const cy = (doc: Document) =>
    Number(doc.querySelector('[data-claim^="people-2026-01-28-"] circle')!.getAttribute('cy'));
  const before = cy(render());
  const copy = copyData();
  try {
    copy.edit('series/repatriations.json', (j) => {
      const o = j.observations.find((x: { date: string }) => x.date === '2026-01-28');
      o.value = 16000;
    });
    const moved = validateDataDir(copy.dir);
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    const doc = render(undefined, 720, chart.prepare(moved.data));
    expect(cy(doc)).toBeGreaterThan(before);
    expect(labels(doc).join(' ')).toContain('16,000');
  } finally {
    copy.remove();
  }
});

test('a figure newly flagged as an outlier in data/ becomes a labelled cross', () => {
  const copy = copyData();
  try {
    copy.edit('series/repatriations.json', (j) => {
      const o = j.observations.find((x: { date: string }) => x.date === '2021-10-01');
      o.outlier = true;
    });
    const moved = validateDataDir(copy.dir);
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    const doc = render(undefined, 720, chart.prepare(moved.data));
    const mark = doc.querySelector('[data-claim^="people-2021-10-01-"]')!;
    expect(mark.classList.contains('claim--outlier')).toBe(true);
    expect(labels(doc).some((t) => t.startsWith('487') && t.includes('outlier'))).toBe(true);
  } finally {
    copy.remove();
  }
});

test('the table lists every total and convoy with its sources and says how partial dates are drawn', () => {
  const t = chart.table(input);
  expect(t.rows.length).toBe(series.observations.length + (series.batches?.length ?? 0));
  expect(t.columns.filter((c) => c.rowHeader).length).toBe(1);
  for (const row of t.rows) expect(row.sources.length).toBeGreaterThan(0);
  const year = t.rows.find((r) => r.id === 'people-2024-9000')!;
  expect(year.cells.date!.text).toBe('2024 (year only)');
  expect(year.cells.date!.note).toContain('Drawn across the whole year');
  const outlier = t.rows.find((r) => r.id === 'people-2025-08-25000')!;
  expect(outlier.cells.figure!.note).toContain('Outlier');
});

describe.each([undefined, ...chart.steps.map((s) => s.id)])('on a phone, state %s', (step) => {
  const doc = render(step, 320);

  test('no label covers another label, a heading or a mark (faded ones too), and none runs off the artboard', () => {
    const svg = doc.querySelector('svg')!;
    expect(labelProblems(svg, 'text.label', '[data-claim] circle, [data-claim] path', 2)).toEqual([]);
  });

  test('fits the phone screen beside its text', () => {
    expect(Number(doc.querySelector('svg')!.getAttribute('height'))).toBeLessThanOrEqual(400);
  });
});

test('on a phone, the pace step labels every total it is about, and the latest step the latest total', () => {
  const pace = labels(render('pace', 320)).join(' ');
  const inPace = input.claims.filter(
    (c) => c.period.start >= input.windows.pace[0] && c.period.start < input.windows.pace[1],
  );
  expect(inPace.length).toBeGreaterThan(5);
  for (const c of inPace) expect(pace).toContain(c.value.toLocaleString('en-GB'));
  const latest = labels(render('latest', 320)).join(' ');
  for (const c of input.claims.filter((c) => c.period.start >= input.windows.latest[0]))
    expect(latest).toContain(c.value.toLocaleString('en-GB'));
  // The start step: the first families brought home, which the story's text names.
  const first = input.claims.find((c) => c.unit === 'families')!;
  expect(labels(render('start', 320)).join(' ')).toContain(first.value.toLocaleString('en-GB'));
});
