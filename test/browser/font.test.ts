/**
 * The chart font as Chromium draws it: the subset woff2 shipped in the built site, loaded by an
 * embed page's own stylesheet, draws real chart strings within 1 px of the widths the charts
 * were laid out with (src/charts/kit/text.ts, measuring the full font from node_modules).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { textWidth } from '../../src/charts/kit/text.ts';

/** Text, font size in px, classes from src/styles/marks.css: what the charts draw. */
const CASES: [text: string, size: number, className: string][] = [
  ['IRAQ', 12, 'label label--country'],
  ['SYRIA', 14, 'label label--country label--focus'],
  ['JORDAN', 11, 'label label--country'],
  ['TURKEY', 13, 'label label--country'],
  ['SAUDI ARABIA', 10, 'label label--country'],
  ['Al-Qaim – Albu Kamal', 12, 'label label--crossing'],
  ['Rabia–al-Yarubiyah', 11, 'label label--crossing'],
  ['Faysh Khabur–Semalka', 13, 'label label--crossing'],
  ['Al-Waleed–al-Tanf', 12, 'label'],
  ['1', 11, 'crossing-key'],
  ['4', 12, 'crossing-key'],
  ['Iraq–Syria–Jordan tripoint', 10, 'label halo label--tripoint'],
  ['Iraq–Syria–Turkey tripoint', 12, 'label halo label--tripoint'],
  ['about 23,000–24,000', 12, 'label'],
  ['about 2,250', 14, 'label halo claim-label'],
  ['8,000–10,000', 16, 'label'],
  ['73,041 to more than 75,000', 11, 'label alhol-peak-label'],
  ['Iraqis: 30,897 of 68,744 (45%)', 12, 'label'],
  ['21 Jan 2026', 11, 'label'],
  ['21\u00a0Jan\u00a02026', 10, 'timeline-date'],
  ['19 November 2025 · low confidence', 10, 'label wp-when'],
  ['22 February 2026: Syrian government (camp closed)', 11, 'legend-text'],
  ['Closed, 22 February 2026: 0', 12, 'label alhol-closure-label'],
  ['250\u00a0km: one section, not the whole wall', 10, 'label wp-value'],
  ["Border as drawn on this site's map: 599\u00a0km", 10, 'label wp-border-label'],
  ['Kilometres of wall said to be built', 11, 'label wp-heading'],
  ['Nineveh', 10, 'label halo label--admin'],
  ['Al-Hasakah', 12, 'label halo label--place'],
  ['Euphrates', 11, 'label label--water'],
  ['Al‑Hol camp is closed', 12, 'timeline-label'],
  ["Coalition moves over 300 detainees out of al‑Sina'a", 11, 'timeline-label'],
  ['“most secure” — Brig. Gen. Miqdad Miri', 12, 'timeline-quote'],
  ['Al-Shaddadi prison', 12, 'label site-label-name'],
  ['SDF → Syrian government, 19 January 2026', 12, 'label site-label-muted'],
  ['Location not known, so not on the map:', 11, 'legend-text legend-text--heading'],
  ['1st line: Border Guards (Interior Ministry)', 12, 'label ld-band-label'],
  ['Peshmerga: Kurdistan Region (Duhok), km 0–6', 12, 'label ld-peshmerga-label'],
  ['3.5\u00a0m', 9, 'label ld-dimension-label ld-dimension-label--alt'],
  ['Detainees moved', 15, 'label dh-transfer-label'],
  ['People · running totals as reported', 11, 'label'],
  ['Office of the AVATAR: WAVE, Type, fi fl ffi', 16, 'label'],
  ['Tigris', 14, 'label label--water'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Drawn {
  drawn: number;
  weight: string;
  letterSpacing: string;
  family: string;
}

test(`Chromium draws ${CASES.length} chart strings in the shipped subset, each within 1 px of its width`, async () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
  const { page, errors } = await openPage(browser, '/embed/border-map/');
  const result = await page.evaluate(async (cases) => {
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('width', '1200');
    svg.setAttribute('height', String(cases.length * 20));
    document.body.append(svg);
    const texts = cases.map(([text, size, className], i) => {
      const el = document.createElementNS(NS, 'text');
      el.setAttribute('class', className);
      el.setAttribute('font-size', String(size));
      el.setAttribute('x', '4');
      el.setAttribute('y', String(16 + i * 20));
      el.textContent = text;
      svg.append(el);
      return el;
    });
    await Promise.all(['400 16px "Frontier Sans"', '600 16px "Frontier Sans"'].map((f) => document.fonts.load(f)));
    await document.fonts.ready;
    return {
      checked: ['400 16px "Frontier Sans"', '600 16px "Frontier Sans"'].map((f) => document.fonts.check(f)),
      faces: [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Frontier Sans')
        .map((f) => `${f.weight} ${f.style} ${f.status}`),
      fontRequests: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith('.woff2')),
      preload: document.querySelector<HTMLLinkElement>('link[rel="preload"][as="font"]')?.getAttribute('href') ?? null,
      drawn: texts.map((el) => {
        const style = getComputedStyle(el);
        return {
          drawn: el.getComputedTextLength(),
          weight: style.fontWeight,
          letterSpacing: style.letterSpacing,
          family: style.fontFamily,
        };
      }),
    };
  }, CASES);

  // The font really is the shipped one: both faces declared and loaded from /_astro/, the regular preloaded.
  expect(result.faces.sort()).toEqual(['400 normal loaded', '600 normal loaded']);
  expect(result.checked).toEqual([true, true]);
  expect(result.preload).toMatch(/^\/_astro\/frontier-sans-400\.[\w-]+\.woff2$/);
  expect(result.fontRequests).toContain(result.preload);
  expect(result.fontRequests.some((p) => /^\/_astro\/frontier-sans-600\.[\w-]+\.woff2$/.test(p))).toBe(true);
  expect(new Set(result.fontRequests).size).toBe(2);
  expect(result.drawn).toHaveLength(CASES.length);

  // The CSS the charts rely on: the family first, country names semibold and spaced, what was bold semibold.
  const drawn = result.drawn as Drawn[];
  const at = (className: string) => drawn[CASES.findIndex((c) => c[2] === className)]!;
  expect(at('label label--country').family).toMatch(/^"?Frontier Sans"?,/);
  expect(at('label label--country')).toMatchObject({ weight: '600', letterSpacing: `${0.12 * 12}px` });
  expect(at('crossing-key').weight).toBe('600');
  expect(at('label wp-heading').weight).toBe('600');

  const rows = CASES.map(([text, size], i) => {
    const { drawn: length, weight, letterSpacing } = drawn[i]!;
    const spacing = letterSpacing === 'normal' ? 0 : parseFloat(letterSpacing) / size;
    const measured = textWidth(text, size, { weight: Number(weight), letterSpacing: spacing });
    return { text, size, weight, measured, drawn: length, off: Math.abs(length - measured) };
  });
  const worst = Math.max(...rows.map((r) => r.off));
  console.log(`chart font: ${rows.length} strings, largest |drawn − measured| ${worst.toFixed(3)} px`);
  for (const r of rows)
    expect(
      r.off,
      `${JSON.stringify(r.text)} at ${r.size} px, weight ${r.weight}: ` +
        `drawn ${r.drawn.toFixed(2)}, measured ${r.measured.toFixed(2)}`,
    ).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});
