/**
 * Every page carries its CSS inline under a strict Content-Security-Policy (the hashes the build
 * wrote into dist/_headers): in Chromium, with the headers the site sends, no page reports a
 * violation, and its styles apply.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Loaded {
  status: number;
  csp: string | undefined;
  violations: string[];
  errors: string[];
  /** What the site's stylesheet sets and a browser's defaults do not. */
  styled: { bodyMargin: string; bg: string; colorScheme: string };
}

async function load(path: string): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(new URL(path, siteUrl()).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const loaded: Loaded = {
    status: response!.status(),
    csp: (await response!.allHeaders())['content-security-policy'],
    violations: await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    errors: errors.filter((e) => !/status of 404/.test(e)),
    styled: await page.evaluate(() => ({
      bodyMargin: getComputedStyle(document.body).margin,
      bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
    })),
  };
  await context.close();
  return loaded;
}

const STYLED = { bodyMargin: '0px', bg: expect.stringMatching(/\S/), colorScheme: 'light dark' };

describe.each([
  ['the story', '/'],
  ['an embed', '/embed/border-map/'],
  ['an embed, one state', '/embed/timeline/?step=2'],
  ['the "What changed" page', '/changes/'],
])('%s', (_, path) => {
  test('is styled by its inline CSS under a CSP without unsafe-inline, with no violation', async () => {
    const page = await load(path);
    expect(page.status).toBe(200);
    expect(page.csp).toMatch(/style-src 'self' 'sha256-[\w+/]+=*'/);
    expect(page.csp).not.toContain('unsafe-inline');
    expect(page.violations).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(page.styled).toEqual(STYLED);
  });
});

// The 404 page answers URLs no rule names (a strict policy from its own <meta>) and URLs under a
// wildcard rule (the embeds' policy, which lists its hashes too).
test.runIf(existsSync('dist/404.html')).each(['/no-such-page/', '/embed/no-such-chart/', '/404.html'])(
  'the 404 page at %s is styled by its inline CSS, with no violation',
  async (path) => {
    const page = await load(path);
    expect(page.violations).toEqual([]);
    expect(page.errors).toEqual([]);
    expect(page.styled).toEqual(STYLED);
  },
);
