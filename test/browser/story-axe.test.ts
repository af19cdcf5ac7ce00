/**
 * The story checked with axe in a real browser, phone and desktop, light and dark: the whole page,
 * then every step while it is active. In a file of its own so that it runs beside the other
 * browser files (it is the longest).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, describeViolations, launch, openPage } from './browser.ts';
import { stepsOf, VIEWPORTS } from './story-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(VIEWPORTS))('the story at %s size', (_, viewport) => {
  test('has no accessibility violations (axe, WCAG 2.2 A/AA and best practice) at any step, light ' +
    'and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, '/', { viewport, colorScheme, bypassCSP: true });
      const steps = await stepsOf(page);
      // The page around the steps once, then each step (its text and its state of the graphic)
      // while it is active: every part of the page is checked, each step in the state readers see.
      const whole = await axe(page, { exclude: ['.scrolly > .step'] });
      expect(whole, `${colorScheme} page:\n${describeViolations(whole)}`).toEqual([]);
      expect(steps.length).toBeGreaterThan(3);
      for (const step of steps) {
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
        const violations = await axe(page, `.scrolly[data-chart="${step.chart}"] > .step[data-state="${step.state}"]`);
        expect(violations, `${colorScheme} ${step.id}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await page.context().close();
    }
  }, 300_000);
});
