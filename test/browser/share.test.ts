/**
 * In Chromium: the story's JSON-LD is a data block the CSP leaves alone (no violation, while an
 * inline script is refused), and a mistyped address gets the 404 page, styled, with status 404
 * and a way back to the story.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the JSON-LD in the story’s head raises no CSP violation; an inline script on the same page would', async () => {
  const context = await browser.newContext();
  // Before any page script: record every violation the page reports.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.sample}`));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => m.type() === 'error' && console.push(m.text()));
  const response = await page.goto(new URL('/', siteUrl()).href, { waitUntil: 'load' });
  const csp = response?.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain('unsafe-inline');
  const jsonLd = await page.locator('head script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd!)['@type']).toBe('NewsArticle');
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(await violations()).toEqual([]);
  expect(console).toEqual([]);

  // The control: the same policy refuses an inline script, so the silence above means something.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ran = true';
    document.head.append(script);
  });
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem/)]);
  expect(await page.evaluate(() => 'ran' in window)).toBe(false);
  await context.close();
});

test('a mistyped address answers 404 with the site’s page, styled, accessible, linking back to the story', async () => {
  // axe runs as an injected script, which the page's CSP would refuse.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const response = await page.goto(new URL('/border-map/', siteUrl()).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Page not found');
  // Its stylesheets load from the root even at this depth: the skip link is moved off screen, as on every page.
  expect(await page.locator('.skip-link').evaluate((a) => getComputedStyle(a).position)).toBe('absolute');
  expect(await axe(page)).toEqual([]);
  const [story] = await Promise.all([page.waitForNavigation(), page.locator('main a[href="/"]').click()]);
  expect(story?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/');
  await context.close();
});
