/**
 * detainees-held: claims for the same month side by side over their spread, the plateau
 * computed from the data, and the transfer to Iraq drawn as a separate count, only when the
 * transfers series has a high-confidence total.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/detainees-held/index.ts';
import type { DetaineesInput } from '../../src/charts/detainees-held/prepare.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { SeriesFile } from '../../src/data/schema/series.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';
import { labelProblems } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as DetaineesInput;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (i: unknown, step?: string, width = 720) => parse(chart.render(i, { width, step, idPrefix: 't' }));
/** A label's words, its wrapped lines joined again. */
const words = (el: Element | null) => [...el!.querySelectorAll('tspan')].map((l) => l.textContent).join(' ');
const marks = (doc: Document, cls: string) => [...doc.querySelectorAll(`g.${cls}:not(.dh-swatch) > *`)];

function withCopy<T>(file: string, edit: (json: SeriesFile) => void, use: (input: DetaineesInput) => T): T {
  const copy = copyData();
  try {
    copy.edit(file, edit);
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return use(chart.prepare(result.data) as DetaineesInput);
  } finally {
    copy.remove();
  }
}

test('every claim is drawn, and claims for the same month stand side by side over their spread', () => {
  const doc = draw(input);
  const singles = data.detaineesHeld.observations.filter((o) => o.valueMax === undefined).length;
  expect(marks(doc, 'dh-dot').length).toBe(singles);
  expect(marks(doc, 'dh-range').length).toBe(data.detaineesHeld.observations.length - singles);
  const directional = data.detaineesHeld.observations.filter((o) =>
    ['more-than', 'at-least', 'nearly', 'fewer-than', 'up-to'].includes(o.qualifier),
  ).length;
  expect(marks(doc, 'dh-arrow').length).toBe(directional);
  const shared = input.months.filter((p) => p.claims.length > 1);
  expect(shared.length).toBeGreaterThan(0);
  for (const p of shared) expect(new Set(p.claims.map((c) => c.slot)).size).toBe(p.claims.length);
  expect(marks(doc, 'dh-spread').length).toBe(shared.filter((p) => p.high > p.low).length);
});

test('the plateau is computed from the figures before the transfers, and follows the data', () => {
  expect([input.plateau.low, input.plateau.high]).toEqual([9000, 11000]);
  expect(words(draw(input, 'plateau').querySelector('text.dh-plateau-label'))).toContain('11,000');
  const raised = withCopy(
    'series/detainees-held.json',
    (j) => (j.observations.find((o) => o.value === 11000)!.value = 13000),
    (i) => i,
  );
  expect(raised.plateau.high).toBe(13000);
  expect(words(draw(raised, 'plateau').querySelector('text.dh-plateau-label'))).toContain('13,000');
});

test('the transfer to Iraq is a separate, labelled bar in the 2026 step, not in the plateau step', () => {
  expect(input.transfer).toBeDefined();
  expect(marks(draw(input, '2026'), 'dh-transfer').length).toBe(1);
  expect(words(draw(input, '2026').querySelector('text.dh-transfer-label'))).toContain('separate count');
  expect(draw(input, 'plateau').querySelector('g.dh-transfer')).toBeNull();
  expect(chart.table(input).rows.at(-1)!.id).toBe('transfer-to-iraq');
  expect(chart.asOf(input)).toBe(input.transfer!.to);
});

test('without a high-confidence total in the transfers series, no transfer is drawn', () => {
  const none = withCopy(
    'series/transfers-2026.json',
    (j) => {
      for (const o of j.observations) if (o.confidence === 'high') o.confidence = 'medium';
    },
    (i) => i,
  );
  expect(none.transfer).toBeUndefined();
  expect(draw(none, '2026').querySelector('g.dh-transfer')).toBeNull();
  expect(chart.table(none).rows.length).toBe(data.detaineesHeld.observations.length);
});

test('the 2026 step names each claimant of the latest month', () => {
  const labels = [...draw(input, '2026', 320).querySelectorAll('text.dh-claim-label')].map(words).join(' ');
  for (const c of input.recent!.claims) expect(labels.replace(/\s+/g, ' ')).toContain(c.obs.claimant.split(' ')[0]);
});

describe.each([undefined, ...chart.steps.map((s) => s.id)])('on a phone, state %s', (step) => {
  const doc = draw(input, step, 320);

  test('no label covers another label or a mark, and none runs off the artboard', () => {
    const svg = doc.querySelector('svg')!;
    expect(
      labelProblems(
        svg,
        'text.label',
        'g.dh-dot circle, g.dh-range path, g.dh-range-cap path, g.dh-arrow path, g.dh-transfer rect',
        2,
      ),
    ).toEqual([]);
  });

  test('names every other year under the axis, the year of the transfers among them', () => {
    const years = [...doc.querySelectorAll('[aria-label^="x-axis tick label"] text')].map((t) => t.textContent);
    expect(years.length).toBeLessThanOrEqual(5);
    expect(years).toContain(input.transfer!.to.slice(0, 4));
  });
});
