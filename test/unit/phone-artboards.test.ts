/**
 * The phone artboards are designed for phones (issue 12): every chart text at least the type
 * scale's small size, so it renders at 12 px or more on a 320 px screen and about 14.6 px on a
 * 390 px one; and each story step's drawing short enough to share the screen with its text.
 * The browser tests check the same on the built page (test/browser/phone.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { NARROW_MAX_HEIGHT, TYPE } from '../../src/charts/kit/type-scale.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { SECTIONS } from '../../src/story/sections.ts';

const data = loadSiteData();

const render = (chart: (typeof charts)[number], width: number, step: string | undefined) =>
  parseHTML(
    `<!doctype html><html><body>${chart.render(chart.prepare(data), { width, step, idPrefix: 't' })}</body></html>`,
  ).document.querySelector('svg')!;

/** The font size an SVG text run is drawn at: its own attribute or the nearest ancestor's. */
function fontSize(el: Element): number | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const size = e.getAttribute('font-size');
    if (size) return Number(size);
  }
  return undefined;
}

/** The elements that draw text themselves (a <text> with its own words, or a <tspan>). */
const textRuns = (svg: Element) =>
  [...svg.querySelectorAll('text, tspan')]
    .map((el) => ({
      el,
      words: [...el.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('')
        .trim(),
    }))
    .filter((run) => run.words);

describe.each(
  charts.flatMap((chart) =>
    chart.widths.flatMap((width) =>
      [undefined, ...chart.steps.map((s) => s.id)].map((step) => [chart.id, step ?? 'complete', width, chart] as const),
    ),
  ),
)('%s/%s at %i', (_id, step, width, chart) => {
  test('draws every text at the small size or larger', () => {
    const smallest = width < 520 ? TYPE.narrow.small : TYPE.wide.small;
    const tooSmall = textRuns(render(chart, width, step === 'complete' ? undefined : step))
      .map((run) => ({ ...run, size: fontSize(run.el) }))
      .filter((run) => !(run.size !== undefined && run.size >= smallest))
      .map((run) => `"${run.words}" at ${run.size ?? 'no size'}`);
    expect(tooSmall).toEqual([]);
  });
});

const phone = Math.min(...charts[0]!.widths);

test.each(SECTIONS.flatMap((section) => section.steps.map((step) => [section.chart, step.state] as const)))(
  'the story step %s/%s fits a phone screen beside its text',
  (chartId, state) => {
    const chart = charts.find((c) => c.id === chartId)!;
    const height = Number(render(chart, phone, state).getAttribute('height'));
    expect(height).toBeLessThanOrEqual(NARROW_MAX_HEIGHT);
  },
);
