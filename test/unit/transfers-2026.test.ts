/**
 * transfers-2026: running totals on a day axis, final counts flagged, the outlier a labelled
 * cross, low-confidence figures hollow, month-only figures kept off the day axis.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart, { type Transfers2026Input } from '../../src/charts/transfers-2026/index.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';
import { labelProblems } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as Transfers2026Input;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const render = (step?: string, width = 720, from: unknown = input) =>
  parse(chart.render(from, { width, step, idPrefix: 't' }));
const labels = (doc: Document) => [...doc.querySelectorAll('.claim-label')].map((t) => t.textContent ?? '');
const cx = (doc: Document, id: string) =>
  Number(doc.querySelector(`[data-claim="${id}"] circle, [data-claim="${id}"] path`)!.getAttribute('cx') ?? NaN);

test('the final counts are the figures within 1% of the highest, outliers aside', () => {
  const finals = input.claims.filter((c) => input.finalIds.includes(c.id)).map((c) => c.value);
  expect(finals.sort((a, b) => a - b)).toEqual([5700, 5703, 5704]);
});

describe.each([320, 720])('at %i px', (width) => {
  const doc = render(undefined, width);

  test('draws every reported total once', () => {
    expect(doc.querySelectorAll('[data-claim]').length).toBe(data.transfers2026.observations.length);
  });

  test('rings the final counts drawn as dots and labels them together', () => {
    expect(doc.querySelectorAll('.claim-final').length).toBe(input.finalIds.length);
    const final = doc.querySelector('.claim-label--final')!.textContent!;
    expect(final).toContain('Final counts');
    for (const id of input.finalIds)
      expect(final).toContain(input.claims.find((c) => c.id === id)!.value.toLocaleString('en-GB'));
  });

  test('draws the outlier ("about 3,000") as a cross labelled "outlier"', () => {
    const mark = doc.querySelector('.claim--outlier')!;
    expect(mark.getAttribute('data-claim')).toBe('people-2026-02-13-3000');
    expect(mark.querySelector('circle')).toBeNull();
    expect(labels(doc).some((t) => t.startsWith('about 3,000') && t.includes('outlier'))).toBe(true);
  });

  test('draws low-confidence figures hollow and the others filled', () => {
    const marks = doc.querySelectorAll('.claim:not(.claim--outlier)');
    expect(marks.length).toBe(input.claims.filter((c) => !c.outlier).length);
    expect([...marks].some((m) => m.classList.contains('claim--low'))).toBe(true);
    for (const mark of marks) {
      const circle = mark.querySelector('circle')!;
      expect(circle.getAttribute('fill') === 'none', mark.getAttribute('data-claim')!).toBe(
        mark.classList.contains('claim--low'),
      );
    }
  });

  test('keeps figures without a day off the day axis, in one column right of it', () => {
    const undated = input.claims.filter((c) => c.period.precision !== 'day');
    const dated = input.claims.filter((c) => c.period.precision === 'day');
    const column = new Set(
      undated.map((c) => Number(doc.querySelector(`[data-claim="${c.id}"] circle`)!.getAttribute('cx'))),
    );
    expect(column.size).toBe(1);
    const [x] = column;
    for (const c of dated) {
      const mark = doc.querySelector(`[data-claim="${c.id}"] circle`);
      if (mark) expect(Number(mark.getAttribute('cx'))).toBeLessThan(x!);
    }
    expect(doc.querySelector('svg')!.textContent).toContain('day not');
  });

  test('shows both reports of the first 150 side by side, the low-confidence one hollow', () => {
    const a = cx(doc, 'people-2026-01-21-150');
    const b = cx(doc, 'people-2026-01-21-150-2');
    expect(Math.abs(a - b)).toBeGreaterThan(4);
  });
});

test('each step focuses its own figures', () => {
  const focused = (step: string) =>
    [...render(step).querySelectorAll('.claims:not(.claims--context) [data-claim]')].map((m) =>
      m.getAttribute('data-claim'),
    );
  expect(focused('first')).toEqual(['people-2026-01-21-150', 'people-2026-01-21-150-2']);
  expect(focused('total')).toEqual(expect.arrayContaining([...input.finalIds, 'people-2026-02-13-3000']));
  const all = [...focused('first'), ...focused('rise'), ...focused('total')];
  expect(new Set(all).size).toBe(input.claims.length);
  expect(labels(render('first')).join(' ')).toContain('150');
});

test('moving a figure in a copy of data/ moves its mark', () => {
  const cy = (doc: Document) =>
    Number(doc.querySelector('[data-claim^="people-2026-02-09-"] circle')!.getAttribute('cy'));
  const before = cy(render());
  const copy = copyData();
  try {
    copy.edit('series/transfers-2026.json', (j) => {
      j.observations.find((x: { date: string }) => x.date === '2026-02-09').value = 3583;
    });
    const moved = validateDataDir(copy.dir);
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    const doc = render(undefined, 720, chart.prepare(moved.data));
    expect(cy(doc)).toBeGreaterThan(before);
    expect(labels(doc).join(' ')).toContain('3,583');
  } finally {
    copy.remove();
  }
});

test('the table lists every figure with its sources, flags the final counts and the outlier', () => {
  const t = chart.table(input);
  expect(t.rows.length).toBe(input.claims.length);
  for (const row of t.rows) expect(row.sources.length).toBeGreaterThan(0);
  for (const id of input.finalIds)
    expect(t.rows.find((r) => r.id === id)!.cells.figure!.note).toContain('final counts');
  expect(t.rows.find((r) => r.id === 'people-2026-02-13-3000')!.cells.figure!.note).toContain('Outlier');
  expect(t.rows.find((r) => r.id === 'people-2026-02-2250')!.cells.date!.note).toContain('day not given');
});

describe.each([undefined, ...chart.steps.map((s) => s.id)])('on a phone, state %s', (step) => {
  const doc = render(step, 320);

  test('no label covers another label, the heading or a mark (faded ones too), and none runs off the artboard', () => {
    const svg = doc.querySelector('svg')!;
    expect(labelProblems(svg, 'text.label', '[data-claim] circle, circle.claim-final, [data-claim] path', 2)).toEqual(
      [],
    );
  });

  test('labels every figure it is about', () => {
    const text = labels(doc).join(' ');
    const focus = step === undefined ? input.claims.map((c) => c.id) : input.steps[step as 'first'];
    for (const c of input.claims.filter((c) => focus.includes(c.id)))
      expect(text, c.id).toContain(c.value.toLocaleString('en-GB'));
  });
});
