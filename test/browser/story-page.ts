/** What the story's browser tests share: the reading sizes and the steps of the page. */
import type { Page } from 'playwright-core';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
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
