/**
 * The story in a real browser, as readers get it: phone and desktop, JavaScript on and off,
 * light and dark, checked for errors, visible content and accessibility.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, describeViolations, launch, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** The map SVG a reader actually sees: rendered, with area, and not hidden by CSS. */
async function visibleMap(page: Page) {
  const maps = page.locator('#border-map svg[role="img"]');
  const visible = [];
  for (const svg of await maps.all()) if (await svg.isVisible()) visible.push(svg);
  return visible;
}

describe.each(Object.entries(VIEWPORTS))('the story at %s size', (_, viewport) => {
  test('loads with no console error, failed request or CSP violation', async () => {
    const { page, errors } = await openPage(browser, '/', { viewport });
    await page.locator('#methods').scrollIntoViewIfNeeded();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('shows exactly one map artboard, drawn at the width of the column', async () => {
    const { page } = await openPage(browser, '/', { viewport });
    const maps = await visibleMap(page);
    expect(maps).toHaveLength(1);
    await maps[0]!.scrollIntoViewIfNeeded();
    const box = await maps[0]!.boundingBox();
    const column = await page.locator('#border-map').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(250);
    expect(Math.abs(box!.width - column!.width)).toBeLessThan(2);
    // The artboard matches the space it is shown in, so its text is drawn near its design size.
    const artboard = Number(await maps[0]!.getAttribute('width'));
    expect(box!.width / artboard).toBeGreaterThan(0.85);
    expect(box!.width / artboard).toBeLessThan(1.5);
    await page.context().close();
  });

  test('has no accessibility violations (axe, WCAG 2.2 A/AA and best practice) in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, '/', { viewport, colorScheme, bypassCSP: true });
      const violations = await axe(page);
      expect(violations, `${colorScheme}:\n${describeViolations(violations)}`).toEqual([]);
      await page.context().close();
    }
  });
});

test('reads the same with JavaScript disabled', async () => {
  const text = async (javaScriptEnabled: boolean) => {
    const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone, javaScriptEnabled });
    const content = await page.locator('main').innerText();
    const maps = (await visibleMap(page)).length;
    const rows = await page.locator('#border-map-table tbody tr').count();
    await page.context().close();
    return { content, maps, rows };
  };
  const withJs = await text(true);
  const withoutJs = await text(false);
  expect(withoutJs.maps).toBe(1);
  expect(withoutJs.rows).toBeGreaterThan(0);
  expect(withoutJs).toEqual(withJs);
});

test.each([320, 390, 768, 1024, 1440])('fits a %i px wide screen without sideways scrolling', async (width) => {
  const { page } = await openPage(browser, '/', { viewport: { width, height: 900 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.context().close();
});

test('switches the map to dark colours when the reader prefers a dark scheme', async () => {
  const colours: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.desktop, colorScheme });
    const sea = page.locator('.artboard--wide .sea').first();
    colours[colorScheme] = await sea.evaluate((el) => getComputedStyle(el).fill);
    await page.context().close();
  }
  expect(colours.light).not.toBe(colours.dark);
});

test('turns the crossings table into cards on a phone: cells stacked, each labelled, none cut off', async () => {
  const { page } = await openPage(browser, '/', { viewport: VIEWPORTS.phone });
  const cells = page.locator('#border-map-table tbody tr').first().locator('th, td');
  const boxes = await Promise.all((await cells.all()).map((cell) => cell.boundingBox()));
  const table = (await page.locator('#border-map-table').boundingBox())!;
  boxes.forEach((box, i) => {
    expect(box!.x + box!.width).toBeLessThanOrEqual(table.x + table.width + 1);
    if (i > 0) expect(box!.y).toBeGreaterThan(boxes[i - 1]!.y);
  });
  // The column header, hidden on phones, is shown before each value instead.
  const label = await page.locator('#border-map-table tbody tr td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toContain('On map');
  await page.context().close();
});
