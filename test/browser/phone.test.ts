/**
 * The phone reading (issue 12), at 390 and 320 px: at every step the graphic is in full view with
 * the step's text beneath it, never covered by text; every chart text is large enough to read
 * without zooming; tables and long lists are one line until opened, yet in the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { PHONES, stepsOf } from './story-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface StepView {
  /** The share of the shown graphic's visible area covered by text. */
  covered: number;
  /** How far the step's text starts above the graphic's bottom edge (px; ≤ 0 when beneath it). */
  textUnderGraphic: number;
  /** The shown graphic's visible height, px. */
  graphicHeight: number;
  /** Chart text drawn below the smallest size: "words (size px)". */
  small: string[];
}

/** What a reader sees of a section's active graphic and its step's text, measured in the page. */
function viewOf(page: Page, chart: string, stepId: string, smallest: number): Promise<StepView> {
  return page.evaluate(
    ({ chart, stepId, smallest }) => {
      const section = document.querySelector(`.scrolly[data-chart="${chart}"]`)!;
      const svg = [...section.querySelectorAll('.step.is-active .artboard > svg')].find(
        (s) => s.getBoundingClientRect().width > 0,
      )!;
      const box = svg.getBoundingClientRect();
      const [top, bottom] = [Math.max(0, box.top), Math.min(innerHeight, box.bottom)];
      let [hits, points] = [0, 0];
      for (let i = 0; i < 12; i++)
        for (let j = 0; j < 12; j++) {
          const x = box.left + ((i + 0.5) / 12) * box.width;
          const y = top + ((j + 0.5) / 12) * (bottom - top);
          points++;
          if (document.elementFromPoint(x, y)?.closest('.step-text')) hits++;
        }
      const small = [...svg.querySelectorAll('text, tspan')]
        .filter((t) => [...t.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .map((t) => {
          const ctm = (t as SVGGraphicsElement).getScreenCTM()!;
          return { t, size: Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b) };
        })
        .filter(({ size }) => size < smallest - 0.01)
        .map(({ t, size }) => `${t.textContent!.trim().slice(0, 40)} (${size.toFixed(1)} px)`);
      const text = document.getElementById(stepId)!.getBoundingClientRect();
      return {
        covered: points ? hits / points : 0,
        textUnderGraphic: bottom - text.top,
        graphicHeight: bottom - top,
        small,
      };
    },
    { chart, stepId, smallest },
  );
}

describe.each(Object.entries(PHONES))('on %s', (_, { viewport, smallestText }) => {
  test('every step shows its graphic whole, its text beneath it, and chart text at a readable size', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const step of steps) {
      // As a #step-<n> link or a reader scrolling to it places the step.
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
      await page.waitForTimeout(50);
      const view = await viewOf(page, step.chart, step.id, smallestText);
      const where = `${step.id} (${step.chart}/${step.state})`;
      if (view.covered > 0) problems.push(`${where}: text covers ${(view.covered * 100).toFixed(0)}% of the graphic`);
      if (view.textUnderGraphic > 0.5)
        problems.push(`${where}: the text starts ${view.textUnderGraphic} px under the graphic`);
      if (view.graphicHeight < 150) problems.push(`${where}: only ${view.graphicHeight} px of the graphic in view`);
      for (const s of view.small) problems.push(`${where}: "${s}" is smaller than ${smallestText} px`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('scrolling through a section, text never covers the graphic', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    const sections = await page
      .locator('.scrolly')
      .evaluateAll((all) => all.map((s) => (s as HTMLElement).dataset.chart!));
    const problems: string[] = [];
    for (const chart of sections) {
      const [top, height] = await page
        .locator(`.scrolly[data-chart="${chart}"]`)
        .evaluate((s) => [s.getBoundingClientRect().top + scrollY, s.getBoundingClientRect().height]);
      // Every eighth of a screen from the section's top to its end.
      for (let y = top; y < top + height; y += viewport.height / 8) {
        await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
        const covered = await page.evaluate((chart) => {
          const svg = [...document.querySelectorAll(`.scrolly[data-chart="${chart}"] .step .artboard > svg`)].find(
            (s) => s.getBoundingClientRect().width > 0 && getComputedStyle(s.closest('.step-figure')!).opacity !== '0',
          );
          if (!svg) return 0;
          const box = svg.getBoundingClientRect();
          const [t, b] = [Math.max(0, box.top), Math.min(innerHeight, box.bottom)];
          if (b - t < 1) return 0;
          let hits = 0;
          for (let i = 0; i < 8; i++)
            for (let j = 0; j < 8; j++)
              if (
                document
                  .elementFromPoint(box.left + ((i + 0.5) / 8) * box.width, t + ((j + 0.5) / 8) * (b - t))
                  ?.closest('.step-text')
              )
                hits++;
          return hits / 64;
        }, chart);
        if (covered > 0) problems.push(`${chart} at ${Math.round(y)} px: text covers ${(covered * 100).toFixed(0)}%`);
      }
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

test('on a phone, tables and the list of sources are one line each until opened, and in the page', async () => {
  const { page } = await openPage(browser, '/', { viewport: PHONES['a 390 px phone'].viewport });
  const blocks = await page.locator('main table, main .source-groups').evaluateAll((all) =>
    all.map((el) => ({
      what: el.id || el.className,
      shown: el.checkVisibility(),
      inClosedDisclosure: el.closest('details:not([open])') !== null,
      words: (el.textContent ?? '').trim().length,
    })),
  );
  expect(blocks.length).toBeGreaterThan(10);
  for (const block of blocks) {
    expect(block, block.what).toMatchObject({ shown: false, inClosedDisclosure: true });
    expect(block.words, block.what).toBeGreaterThan(20);
  }
  // Printed, the tables and the bibliography are open (a chart's credit keeps its one line of
  // publishers: the bibliography lists them all).
  await page.emulateMedia({ media: 'print' });
  const printed = await page
    .locator('main table, main .bibliography .source-groups')
    .evaluateAll((all) => all.filter((el) => !el.checkVisibility()).map((el) => el.id || el.className));
  expect(printed).toEqual([]);
  await page.context().close();
});

test('a link to a source opens the list of sources at it', async () => {
  const probe = await openPage(browser, '/', { viewport: PHONES['a 390 px phone'].viewport });
  const id = await probe.page.locator('.bibliography li[id^="source-"]').first().getAttribute('id');
  await probe.page.context().close();
  const { page } = await openPage(browser, `/#${id}`, { viewport: PHONES['a 390 px phone'].viewport });
  await page.waitForTimeout(200);
  expect(await page.locator(`#${id}`).evaluate((el) => el.checkVisibility())).toBe(true);
  const top = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(50);
  await page.context().close();
});
