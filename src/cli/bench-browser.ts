/**
 * The bench's figures from a real browser (Chromium): layout shift at a phone and a desktop size,
 * and the phone reading: how many screens the story is at 390 × 844, and the smallest chart text
 * a reader meets at every step on a 390 and a 320 px phone. Null when no Chromium is installed.
 */
import type { Page } from 'playwright-core';
import type { Row } from './bench-table.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { shownChartTexts } from './phone-reading.ts';
import { serve } from './serve.ts';

export interface BrowserFigures {
  cls: { phone: number; desktop: number };
  /** The story's height at 390 × 844, in screens. */
  phoneScreens: number;
  /** The smallest chart text seen at any step, px, and where. */
  smallestText: { 390: { px: number; where: string }; 320: { px: number; where: string } };
}

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
  narrow: { width: 320, height: 640 },
} as const;

/** Scrolls to every story step in turn (as #step-<n> links place them); returns the smallest text seen. */
async function walkSteps(page: Page): Promise<{ px: number; where: string }> {
  let smallest = { px: Number.POSITIVE_INFINITY, where: '' };
  for (const id of await page.locator('.scrolly .step-text').evaluateAll((els) => els.map((e) => e.id))) {
    await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'start' }), id);
    await page.waitForTimeout(50);
    for (const t of await page.evaluate(shownChartTexts))
      if (t.px < smallest.px) smallest = { px: t.px, where: `${t.chart} "${t.words}" at ${id}` };
  }
  return smallest;
}

export async function measureInBrowser(dist: string): Promise<BrowserFigures | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const { chromium } = await import('playwright-core');
  const server = await serve({ dir: dist, port: 0, host: '127.0.0.1' });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const figures: BrowserFigures = {
      cls: { phone: 0, desktop: 0 },
      phoneScreens: 0,
      smallestText: { 390: { px: 0, where: '' }, 320: { px: 0, where: '' } },
    };
    for (const [name, viewport] of Object.entries(VIEWPORTS) as [
      keyof typeof VIEWPORTS,
      { width: number; height: number },
    ][]) {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      const smallest = await walkSteps(page);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      if (name === 'narrow') figures.smallestText[320] = smallest;
      else figures.cls[name] = cls;
      if (name === 'phone') {
        figures.smallestText[390] = smallest;
        figures.phoneScreens = (await page.evaluate(() => document.documentElement.scrollHeight)) / viewport.height;
      }
      await page.close();
    }
    return figures;
  } finally {
    await browser.close();
    server.close();
  }
}

const within = (ok: boolean) => (ok ? 'ok' : 'OVER');

export function browserRows(f: BrowserFigures): Row[] {
  return [
    {
      metric: 'layout shift (CLS, phone / desktop)',
      value: `${f.cls.phone.toFixed(3)} / ${f.cls.desktop.toFixed(3)}`,
      budget: '0.010',
      status: within(Math.max(f.cls.phone, f.cls.desktop) <= 0.01),
    },
    {
      metric: 'story length on a 390 × 844 phone',
      value: `${f.phoneScreens.toFixed(1)} screens`,
      budget: '40.0 screens',
      status: within(f.phoneScreens <= 40),
    },
    ...([390, 320] as const).map((width) => ({
      metric: `smallest chart text at ${width} px`,
      value: `${f.smallestText[width].px.toFixed(1)} px (${f.smallestText[width].where})`,
      budget: `≥ ${width === 390 ? 12 : 11} px`,
      status: within(f.smallestText[width].px >= (width === 390 ? 12 : 11) - 0.01),
    })),
  ];
}
