/**
 * The timeline chart: what the registry-wide tests cannot see. Marks follow data/events.json
 * (moving a date moves its dot), month-only dates are spans and never given a day, lower
 * confidence is drawn hollow and said in words, each step lists exactly what it highlights.
 */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import chart, { STEPS, highlighted } from '../../src/charts/timeline/index.ts';
import { dayIndex, type TimelineInput } from '../../src/charts/timeline/prepare.ts';
import { layout, rowDate } from '../../src/charts/timeline/layout.ts';
import { textWidth } from '../../src/charts/kit/text.ts';
import { t } from '../../src/i18n/index.ts';
import { SECTIONS } from '../../src/story/sections.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { EventsFile } from '../../src/data/schema/events.ts';
import { validateDataDir, type SiteData } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';

const data = loadSiteData();
const input = chart.prepare(data) as TimelineInput;
const svgOf = (i: TimelineInput, width: number, step?: string) =>
  parseHTML(`<!doctype html><html><body>${chart.render(i, { width, step, idPrefix: 't' })}</body></html>`).document;
/** Each label's words, its wrapped lines joined again. */
const texts = (doc: Document, cls: string) =>
  [...doc.querySelectorAll(`g.${cls} text`)].map((t) => {
    const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent!);
    return (lines.length ? lines.join(' ') : t.textContent!).replace(/\u2011/g, '-');
  });
/** cx of every stacked dot on the day axis, rounded. */
const stackXs = (doc: Document) =>
  [...doc.querySelectorAll('g.timeline-stack circle')].map((c) => Math.round(Number(c.getAttribute('cx')) * 10) / 10);

let copy: ReturnType<typeof copyData> | undefined;
afterAll(() => copy?.remove());

function revalidated(change: (json: EventsFile) => void): SiteData {
  copy?.remove();
  copy = copyData();
  copy.edit('events.json', change);
  const result = validateDataDir(copy.dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

test('draws only January–February 2026 and leaves the earlier background out of chart and table', () => {
  const inWindow = Object.values(data.events.events).filter((e) => e.date >= '2026-01' && e.date < '2026-03');
  expect(input.events.length).toBe(inWindow.length);
  expect(input.outside).toBe(Object.keys(data.events.events).length - inWindow.length);
  expect(chart.table(input).rows.map((r) => r.id)).toEqual(input.events.map((e) => e.id));
  expect(input.events.every((e) => e.date.startsWith('2026-0'))).toBe(true);
});

describe.each([320, 720])('at %i px', (width) => {
  const doc = svgOf(input, width);

  test('the complete state lists every event once, with one dot per event on the day axis and in the list', () => {
    expect(texts(doc, 'timeline-label')).toHaveLength(input.events.length);
    const dated = input.events.filter((e) => e.day !== undefined).length;
    expect(doc.querySelectorAll('g.timeline-stack circle').length).toBe(dated);
    expect(doc.querySelectorAll('g.timeline-dot circle').length).toBe(input.events.length);
  });

  test('a month-only date is a span across its month, labelled, never a dot on a day', () => {
    const monthOnly = input.events.filter((e) => e.span);
    expect(monthOnly.length).toBeGreaterThan(0);
    expect(texts(doc, 'timeline-span-label').length).toBe(monthOnly.length);
    for (const label of texts(doc, 'timeline-span-label')) expect(label).toMatch(/day not given/);
    for (const e of monthOnly) {
      expect(texts(doc, 'timeline-label')).toContain(
        `${e.title} (day not given${e.confidence === 'high' ? '' : `; ${e.confidence} confidence`})`,
      );
      const [y, m] = e.date.split('-').map(Number);
      expect(e.span!.to - e.span!.from).toBe(new Date(Date.UTC(y!, m!, 0)).getUTCDate());
    }
  });

  test('an event below high confidence is hollow and dashed and says so in its label', () => {
    const lower = input.events.filter((e) => e.confidence !== 'high');
    expect(lower.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('g.timeline-dot--hollow circle').length).toBe(lower.length);
    expect(doc.querySelector('g.timeline-dot--hollow')!.getAttribute('stroke-dasharray')).toBeTruthy();
    for (const e of lower)
      expect(
        texts(doc, 'timeline-label').some((t) => t.startsWith(e.title) && t.includes(`${e.confidence} confidence`)),
      ).toBe(true);
  });

  test('quotes are shown with their speaker', () => {
    const quoted = input.events.filter((e) => e.quote);
    expect(texts(doc, 'timeline-quote')).toEqual(quoted.map((e) => `“${e.quote!.text}” — ${e.quote!.speaker}`));
  });

  test.each(STEPS.map((s) => s.id))(
    'step %s lists exactly the events it highlights, and mutes the others on the day axis',
    (id) => {
      const step = input.steps.find((s) => s.id === id)!;
      const d = svgOf(input, width, id);
      const on = input.events.filter((e) => highlighted(e, step));
      expect(on.length).toBeGreaterThan(0);
      expect(
        texts(d, 'timeline-label').map((t) =>
          t.replace(/ \((day not given|medium confidence|low confidence)(; [^)]*)?\)$/, ''),
        ),
      ).toEqual(on.map((e) => e.title));
      const onDated = on.filter((e) => e.day !== undefined).length;
      expect(d.querySelectorAll('g.timeline-stack:not(.timeline-stack--muted) circle').length).toBe(onDated);
      expect(d.querySelectorAll('g.timeline-stack.timeline-stack--muted circle').length).toBe(
        input.events.filter((e) => e.day !== undefined).length - onDated,
      );
      expect(chart.steps.find((s) => s.id === id)!.alt(input)).toContain(`${on.length} event`);
    },
  );

  test('a step state fits a phone or desktop screen: no taller than 680 px', () => {
    for (const s of STEPS)
      expect(Number(svgOf(input, width, s.id).querySelector('svg')!.getAttribute('height'))).toBeLessThanOrEqual(680);
  });
});

test('moving an event to another day in a copy of data/ moves its dot on the day axis', () => {
  const before = stackXs(svgOf(input, 720));
  const moved = revalidated((j) => (j.events['displaced-2026']!.date = '2026-01-24'));
  const movedInput = chart.prepare(moved) as TimelineInput;
  expect(movedInput.events.find((e) => e.id === 'displaced-2026')!.day).toBe(dayIndex('2026-01-24'));
  const after = stackXs(svgOf(movedInput, 720));
  // One dot fewer on one day, one more on a later day; every other day unchanged.
  const change = new Map<number, number>();
  for (const x of before) change.set(x, (change.get(x) ?? 0) - 1);
  for (const x of after) change.set(x, (change.get(x) ?? 0) + 1);
  const moved2 = [...change].filter(([, n]) => n !== 0).sort((a, b) => a[0] - b[0]);
  expect(moved2.map(([, n]) => n)).toEqual([-1, 1]);
});

test('lowering an event to low confidence in a copy of data/ draws it hollow and labels it', () => {
  const changed = chart.prepare(
    revalidated((j) => (j.events['transfers-end-2026']!.confidence = 'low')),
  ) as TimelineInput;
  const doc = svgOf(changed, 320);
  expect(doc.querySelectorAll('g.timeline-dot--hollow circle').length).toBe(
    changed.events.filter((e) => e.confidence !== 'high').length,
  );
  expect(
    texts(doc, 'timeline-label').some((t) => t.startsWith('The transfer mission ends') && t.includes('low confidence')),
  ).toBe(true);
});

test('giving a month-only event its day in a copy of data/ turns its span into a dot on that day', () => {
  const changed = chart.prepare(
    revalidated((j) => (j.events['us-leaves-bases-2026']!.date = '2026-02-20')),
  ) as TimelineInput;
  const e = changed.events.find((x) => x.id === 'us-leaves-bases-2026')!;
  expect(e.span).toBeUndefined();
  expect(e.day).toBe(dayIndex('2026-02-20'));
  expect(texts(svgOf(changed, 320), 'timeline-span-label').length).toBe(input.events.filter((x) => x.span).length - 1);
});

describe.each([undefined, ...STEPS.map((s) => s.id)])('on a phone, state %s', (id) => {
  const width = 320;
  const step = input.steps.find((s) => s.id === id);
  const L = layout(input, width, step);
  const doc = svgOf(input, width, id);

  test('lists only the lanes of its step, one heading each', () => {
    const lanes = step ? input.lanes.filter((l) => step.lanes.includes(l.id)) : input.lanes;
    expect(texts(doc, 'timeline-lane-head')).toEqual(lanes.map((l) => l.label));
  });

  test('keeps every date clear of the dots and every title clear of the edge', () => {
    const widest = Math.max(...L.rows.map((r) => textWidth(rowDate(r.e), L.type.base, { weight: 700 })));
    const firstDot = Math.min(...L.headings.map((h) => L.laneX(h.id)));
    expect(L.M + widest + 4).toBeLessThanOrEqual(firstDot - L.g.dotR);
    for (const r of L.rows)
      for (const line of r.title) expect(L.labelX + textWidth(line, L.type.base)).toBeLessThanOrEqual(width);
  });

  test('writes the caption and the month spans inside the artboard', () => {
    const caption = t.charts.timeline.caption(step !== undefined, true);
    expect(texts(doc, 'timeline-caption')).toEqual([caption]);
    expect(L.M + textWidth(caption, L.type.small)).toBeLessThanOrEqual(width - L.M);
    for (const sp of L.spans) {
      const w = textWidth(texts(doc, 'timeline-span-label')[0]!, L.type.small);
      expect((sp.x1 + sp.x2) / 2 - w / 2).toBeGreaterThanOrEqual(L.M);
      expect((sp.x1 + sp.x2) / 2 + w / 2).toBeLessThanOrEqual(width - L.M);
    }
  });
});

const storySteps = SECTIONS.filter((s) => s.chart === 'timeline').flatMap((s) => s.steps.map((step) => step.state));

test.each(storySteps)('the story step %s fits a phone screen: 400 px or less', (id) => {
  expect(
    layout(
      input,
      320,
      input.steps.find((s) => s.id === id),
    ).height,
  ).toBeLessThanOrEqual(400);
});
