/** What the story's browser tests share: the reading sizes and the steps of the page. */
import type { Page } from 'playwright-core';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** The phones the phone reading is checked on: a common one, and the narrowest still in use. */
export const PHONES = {
  'a 390 px phone': { viewport: VIEWPORTS.phone, smallestText: 12 },
  'a 320 px phone': { viewport: { width: 320, height: 640 }, smallestText: 11 },
} as const;

/** The state ids of every step on the page, in order, with their step number. */
export async function stepsOf(page: Page) {
  return page.locator('.scrolly > .step').evaluateAll((steps) =>
    steps.map((s) => ({
      id: s.querySelector('.step-text')!.id,
      state: (s as HTMLElement).dataset.state!,
      chart: (s.parentElement as HTMLElement).dataset.chart!,
    })),
  );
}
