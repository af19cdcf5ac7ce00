/**
 * The phone reading (issue 12), at 390 and 320 px: at every step the graphic is in full view with
 * the step's text beneath it, never covered by text; every chart text is large enough to read
 * without zooming; tables and long lists are one line until opened, yet in the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { graphicCoveredByText, shownChartTexts, textClashes } from '../../src/cli/phone-reading.ts';
import { PHONES, stepsOf } from './story-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How far a step's text starts above the bottom of its section's shown graphic (≤ 0: beneath it). */
function textUnderGraphic(page: Page, chart: string, stepId: string): Promise<number> {
  return page.evaluate(
    ({ chart, stepId }) => {
      const figures = [...document.querySelectorAll(`.scrolly[data-chart="${chart}"] .step-figure`)];
      const bottom = Math.max(...figures.map((f) => f.getBoundingClientRect().bottom));
      return bottom - document.getElementById(stepId)!.getBoundingClientRect().top;
    },
    { chart, stepId },
  );
}

describe.each(Object.entries(PHONES))('on %s', (_, { viewport, smallestText }) => {
  test('every step shows its graphic with its text beneath it, and chart text readable: large enough, not overlapping, not cut off', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    await page.evaluate(() => document.fonts.ready);
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThan(3);
    const problems: string[] = [];
    for (const step of steps) {
      // As a #step-<n> link or a reader scrolling to it places the step.
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
      await page.waitForTimeout(50);
      const where = `${step.id} (${step.chart}/${step.state})`;
      const covered = await page.evaluate(graphicCoveredByText, step.chart);
      if (covered > 0) problems.push(`${where}: text covers ${(covered * 100).toFixed(0)}% of the graphic`);
      const under = await textUnderGraphic(page, step.chart, step.id);
      if (under > 0.5) problems.push(`${where}: the text starts ${under.toFixed(0)} px under the graphic`);
      for (const clash of await page.evaluate(textClashes, step.chart)) problems.push(`${where}: ${clash}`);
      for (const t of await page.evaluate(shownChartTexts))
        if (t.px < smallestText - 0.01) problems.push(`${where}: ${t.chart} "${t.words}" at ${t.px.toFixed(1)} px`);
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
        const covered = await page.evaluate(graphicCoveredByText, chart);
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
