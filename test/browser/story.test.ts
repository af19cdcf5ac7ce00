/**
 * The story in a real browser, as readers get it: phone and desktop, JavaScript on and off,
 * light and dark, checked for errors and visible content (accessibility: story-axe.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { stepsOf, VIEWPORTS } from './story-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** For each scrollytelling section, which states are drawn opaque right now. */
async function opaqueStates(page: Page) {
  return page
    .locator('.scrolly')
    .evaluateAll((sections) =>
      sections.map((section) =>
        [...section.querySelectorAll(':scope > .step')]
          .filter((step) => getComputedStyle(step.querySelector('.step-figure')!).opacity === '1')
          .map((step) => (step as HTMLElement).dataset.state),
      ),
    );
}

/** Waits out the opacity transition (250 ms when motion is allowed). */
const settle = (page: Page) => page.waitForTimeout(400);

describe.each(Object.entries(VIEWPORTS))('the story at %s size', (_, viewport) => {
  test('loads and scrolls to the end with no console error, failed request or CSP violation', async () => {
    const { page, errors } = await openPage(browser, '/', { viewport });
    await page.locator('#methods').scrollIntoViewIfNeeded();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('walks every step in order, each showing its own state and only that one', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) {
      await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
      await settle(page);
      const section = page.locator(`.scrolly[data-chart="${step.chart}"]`);
      expect(await section.getAttribute('data-active'), step.id).toBe(step.state);
      const opaque = (await opaqueStates(page))[
        await section.evaluate((s) => [...document.querySelectorAll('.scrolly')].indexOf(s))
      ];
      expect(opaque, step.id).toEqual([step.state]);
    }
    await page.context().close();
  });

  test('a #step-<n> link to a middle step opens on that state', async () => {
    const probe = await openPage(browser, '/', { viewport });
    const steps = await stepsOf(probe.page);
    await probe.page.context().close();
    const middle = steps[Math.floor(steps.length / 2)]!;
    const { page } = await openPage(browser, `/#${middle.id}`, { viewport });
    await settle(page);
    expect(await page.locator(`.scrolly[data-chart="${middle.chart}"]`).getAttribute('data-active')).toBe(middle.state);
    await page.context().close();
  });

  test('a jump to the end of the page leaves every section on its last state', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    // The End key scrolls smoothly: wait until the page has arrived at its foot.
    await page.keyboard.press('End');
    await page.waitForFunction(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
    await settle(page);
    const last = await page
      .locator('.scrolly')
      .evaluateAll((sections) =>
        sections.map((s) => (s.querySelector(':scope > .step:last-child') as HTMLElement).dataset.state),
      );
    expect(
      await page.locator('.scrolly').evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.active)),
    ).toEqual(last);
    await page.context().close();
  });

  test('moves nothing while loading and scrolling through the steps (layout shift ≤ 0.01)', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    await page.evaluate(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const steps = await stepsOf(page);
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), step.id);
      await page.waitForTimeout(100);
    }
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.01);
    await page.context().close();
  });
});

test('with reduced motion, a new state appears at once', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' });
  const durations = await page
    .locator('.step-figure')
    .evaluateAll((figures) => [...new Set(figures.map((f) => getComputedStyle(f).transitionDuration))]);
  expect(durations).toEqual(['0s']);
  await page.context().close();
  const moving = await openPage(browser, '/', { viewport: VIEWPORTS.desktop, reducedMotion: 'no-preference' });
  expect(
    await moving.page
      .locator('.step-figure')
      .first()
      .evaluate((f) => getComputedStyle(f).transitionDuration),
  ).not.toBe('0s');
  await moving.page.context().close();
});

test('with JavaScript off, the steps unroll: each step’s text, then its graphic, all visible in order', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone, javaScriptEnabled: false });
  const layout = await page.locator('.scrolly > .step').evaluateAll((steps) =>
    steps.map((s) => {
      const text = s.querySelector('.step-text')!.getBoundingClientRect();
      const figure = s.querySelector('.step-figure')!;
      return {
        textBottom: text.bottom,
        figureTop: figure.getBoundingClientRect().top,
        figureBottom: figure.getBoundingClientRect().bottom,
        opacity: getComputedStyle(figure).opacity,
        position: getComputedStyle(figure).position,
      };
    }),
  );
  expect(layout.length).toBeGreaterThan(3);
  layout.forEach((step, i) => {
    expect(step.opacity).toBe('1');
    expect(step.position).toBe('static');
    expect(step.figureTop).toBeGreaterThanOrEqual(step.textBottom - 1);
    if (i > 0) expect(step.figureTop).toBeGreaterThan(layout[i - 1]!.figureBottom);
  });
  await page.context().close();
});

test('reads the same with JavaScript disabled', async () => {
  const text = async (javaScriptEnabled: boolean) => {
    const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone, javaScriptEnabled });
    const content = await page.locator('main').innerText();
    const rows = await page.locator('#border-map-table tbody tr').count();
    await page.context().close();
    return { content, rows };
  };
  const withJs = await text(true);
  const withoutJs = await text(false);
  expect(withoutJs.rows).toBeGreaterThan(0);
  expect(withoutJs).toEqual(withJs);
});

test('hides the step graphics from screen readers and gives each step its alt text instead', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone });
  const steps = await page.locator('.scrolly > .step').evaluateAll((all) =>
    all.map((s) => ({
      hidden: [...s.querySelectorAll('.step-figure svg')].map((svg) => svg.closest('[aria-hidden="true"]') !== null),
      alt: s.querySelector('.step-text .visually-hidden')?.textContent ?? '',
    })),
  );
  expect(steps.length).toBeGreaterThan(3);
  for (const step of steps) {
    expect(step.hidden.length).toBeGreaterThan(0);
    expect(step.hidden.every(Boolean)).toBe(true);
    expect(step.alt.length).toBeGreaterThan(40);
  }
  await page.context().close();
});

test.each([320, 390, 768, 1024, 1440])('fits a %i px wide screen without sideways scrolling', async (width) => {
  const { page } = await openPage(browser, '/', { viewport: { width, height: 900 } });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});

test('draws the phone artboard on a phone and the wide one on a desktop', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { page } = await openPage(browser, '/', { viewport });
    const widths = await page
      .locator('.scrolly[data-chart="border-map"] > .step:first-child svg[role="img"]')
      .evaluateAll((svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => Number(s.getAttribute('width'))),
      );
    expect(widths, name).toEqual([name === 'phone' ? 320 : 720]);
    await page.context().close();
  }
});

test('switches the map to dark colours when the reader prefers a dark scheme', async () => {
  const colours: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.desktop, colorScheme });
    colours[colorScheme] = await page
      .locator('.artboard--wide .sea')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    await page.context().close();
  }
  expect(colours.light).not.toBe(colours.dark);
});

test('turns the crossings table into cards on a phone: cells stacked, each labelled, none cut off', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone });
  await page.locator('#border-map .chart-table > summary').click();
  const cells = page.locator('#border-map-table tbody tr').first().locator('th, td');
  const boxes = await Promise.all((await cells.all()).map((cell) => cell.boundingBox()));
  const table = (await page.locator('#border-map-table').boundingBox())!;
  // A crossing's row: its name, then at least the km along the line, the status and the sources.
  expect(boxes.length).toBeGreaterThan(3);
  boxes.forEach((box, i) => {
    expect(box!.x + box!.width).toBeLessThanOrEqual(table.x + table.width + 1);
    if (i > 0) expect(box!.y).toBeGreaterThan(boxes[i - 1]!.y);
  });
  const label = await page
    .locator('#border-map-table tbody tr td[data-label]')
    .first()
    .evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('On map');
  await page.context().close();
});

test('a sortable table sorts by a column when its header is pressed, and says so (aria-sort)', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.desktop });
  await page.locator('#transfers-2026 .chart-table > summary').click();
  const header = page.locator('#transfers-2026-table thead th', { hasText: 'Running total' });
  const values = () =>
    page
      .locator('#transfers-2026-table tbody td[data-label="Running total"]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
  const authored = await values();
  expect(authored.length).toBeGreaterThan(2);
  await header.getByRole('button').press('Enter');
  expect(await header.getAttribute('aria-sort')).toBe('ascending');
  expect(await values()).toEqual([...authored].sort((a, b) => a - b));
  await header.getByRole('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('descending');
  expect(await values()).toEqual([...authored].sort((a, b) => b - a));
  await page.context().close();
});

describe('details on demand', () => {
  /** Opens the page on the transfers chart's last state, where every reported total is a data point. */
  async function atTotals(viewport: { width: number; height: number }) {
    const probe = await openPage(browser, '/', { viewport });
    const step = (await stepsOf(probe.page)).find((s) => s.chart === 'transfers-2026' && s.state === 'total')!;
    await probe.page.context().close();
    const opened = await openPage(browser, `/#${step.id}`, { viewport });
    await settle(opened.page);
    return opened;
  }
  const ACTIVE = '.scrolly[data-chart="transfers-2026"] .step.is-active';

  test('reach every data point with the keyboard, each showing its value, date and sources', async () => {
    const { page, errors } = await atTotals(VIEWPORTS.desktop);
    const targets = page.locator(`${ACTIVE} .tip-target`);
    const points = await page
      .locator(`${ACTIVE} .artboard`)
      .evaluateAll(
        (boards) =>
          boards
            .filter((b) => b.getBoundingClientRect().height > 0)
            .flatMap((b) => [...b.querySelectorAll('[data-row]')]).length,
      );
    expect(points).toBeGreaterThan(0);
    // Targets never overlap (WCAG 2.5.8): where points crowd, one target stands and the rest are in the table.
    expect(await targets.count()).toBeGreaterThan(points / 2);
    expect(await targets.count()).toBeLessThanOrEqual(points);
    await targets.first().focus();
    const tip = page.locator(`${ACTIVE} .tip`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toMatch(/Running total: /);
    expect(text).toMatch(/Date: .*\d{4}/);
    expect(await tip.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await targets.first().getAttribute('aria-label')).toContain('Running total');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('on a phone, a tap shows the details, and every target is at least 24 × 24 px', async () => {
    const { page } = await atTotals(VIEWPORTS.phone);
    const targets = page.locator(`${ACTIVE} .tip-target`);
    expect(await targets.count()).toBeGreaterThan(0);
    for (const target of await targets.all()) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await targets.last().dispatchEvent('click');
    await expect.poll(() => page.locator(`${ACTIVE} .tip`).innerText()).toMatch(/Running total/);
    await page.context().close();
  });
});
