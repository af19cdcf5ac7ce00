/** The built story page, read as HTML: the parts a reader relies on are there with JavaScript off. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { borderFacts } from '../../src/data/border-facts.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { formatKm, formatNumber } from '../../src/lib/format/index.ts';
import { SECTIONS } from '../../src/story/sections.ts';
import { story } from '../../src/story/model.ts';
import { byPublisher } from '../../src/sources/bibliography.ts';
import { expectShortCreditWithEverySource } from '../helpers/credit.ts';

let document: Document;
let html: string;
beforeAll(() => {
  html = readFileSync('dist/index.html', 'utf8');
  document = parseHTML(html).document as unknown as Document;
});

describe.each(charts.map((c) => [c.id, c] as const))('chart %s in the story', (id, chart) => {
  test('is inline SVG for each of its story steps at every artboard width, each with its title and description', () => {
    const section = SECTIONS.find((s) => s.chart === id);
    expect(section, `${id} is in no section of src/story/sections.ts`).toBeDefined();
    const svgs = [...document.querySelectorAll(`.scrolly[data-chart="${id}"] svg[role="img"]`)];
    expect(svgs.map((s) => Number(s.getAttribute('width')))).toEqual(section!.steps.flatMap(() => [...chart.widths]));
    for (const svg of svgs) {
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector(`title#${titleId}`)?.textContent).toBe(chart.title);
      expect(svg.querySelector(`desc#${descId}`)?.textContent?.length).toBeGreaterThan(40);
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    }
  });

  test('has its data table, as-of date, a one-line credit naming publishers, and every source one click away', () => {
    const figure = document.querySelector(`#${id}`)!;
    expect(figure.querySelector('table.data-table caption')?.textContent).toBeTruthy();
    expect(figure.querySelector('.figure-credit')?.textContent).toMatch(/Facts as of (\d{1,2} )?\w+ \d{4}/);
    expectShortCreditWithEverySource(figure, story().charts.find((c) => c.id === id)!);
  });
});

test('the crossings table lists every crossing in data/, with its computed km position at its precision', () => {
  const facts = borderFacts(loadSiteData());
  const rows = [...document.querySelectorAll('#border-map-table tbody tr')];
  expect(
    rows.map(
      (r) =>
        r
          .querySelector('th')!
          .textContent!.trim()
          .split(/(?=[A-Z][a-z]+ \()/)[0],
    ),
  ).toHaveLength(facts.crossings.length);
  expect(facts.crossings.length).toBeGreaterThan(0);
  for (const crossing of facts.crossings) {
    const row = document.querySelector(`#border-map-table-${crossing.id}`)!;
    expect(row.textContent).toContain(crossing.crossing.name);
    // A sourced point at its km; one placed from towns "about"; a stretch by its ends.
    const { kmAlong, stretch, precision } = crossing;
    const km = (n: number) => formatNumber(Math.round(n));
    const expected = stretch
      ? `km ${km(stretch.fromKm)}–${km(stretch.toKm)}`
      : kmAlong === null
        ? 'not known'
        : `${precision === 'town' ? 'about ' : ''}km ${km(kmAlong)}`;
    expect(row.textContent).toContain(expected);
  }
});

test('states the computed length, not a typed-in one, in the prose and the methods', () => {
  const { lengthKm } = borderFacts(loadSiteData());
  const main = document.querySelector('main')!.textContent!;
  expect(main).toContain(`it is ${formatKm(lengthKm)}`);
  expect(main).toContain(formatKm(lengthKm, { digits: 1 }));
});

test('no credit line on the page carries more than 15 links', () => {
  const lines = [...document.querySelectorAll('.figure-credit, .chart-sources > summary')];
  expect(lines.length).toBeGreaterThan(charts.length);
  for (const line of lines) expect(line.querySelectorAll('a').length).toBeLessThanOrEqual(15);
});

test('the bibliography lists each source once, grouped by publisher, with affiliations shown', () => {
  const s = story();
  const groups = [...document.querySelectorAll('.bibliography .source-group')];
  expect(groups.map((g) => g.querySelector('.source-publisher')!.textContent)).toEqual(
    byPublisher(s.sources).map((g) => g.publisher.name),
  );
  const hrefs = [...document.querySelectorAll('.bibliography .source-items a')].map((a) => a.getAttribute('href'));
  expect(hrefs).toHaveLength(s.sources.length);
  expect(new Set(s.sources.map((x) => x.id)).size).toBe(s.sources.length);
  const affiliated = byPublisher(s.sources).filter((g) => g.publisher.affiliation);
  expect(affiliated.length).toBeGreaterThan(0);
  for (const g of affiliated) {
    const group = groups.find((el) => el.querySelector('.source-publisher')!.textContent === g.publisher.name)!;
    expect(group.querySelector('.source-about')?.textContent).toContain(g.publisher.affiliation!.note);
  }
});

test('lists in "Sources and methods" every source the page cites, each linked', () => {
  const cited = new Set([...document.querySelectorAll('main a[href^="http"]')].map((a) => a.getAttribute('href')));
  const listed = new Set([...document.querySelectorAll('.bibliography a')].map((a) => a.getAttribute('href')));
  expect(cited.size).toBeGreaterThan(20);
  expect([...cited].filter((href) => !listed.has(href))).toEqual([]);
});

test('has a #step-<n> anchor for every story step, numbered in reading order', () => {
  const ids = [...document.querySelectorAll('.scrolly .step-text')].map((e) => e.id);
  expect(ids).toEqual(SECTIONS.flatMap((s) => s.steps).map((_, i) => `step-${i + 1}`));
});

test('loads its script as an external module (not render-blocking); its CSS inline in one <style>, no inline script', () => {
  // The JSON-LD is a data block, never run: script-src does not govern it (test/browser/share.test.ts).
  const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.getAttribute('type')).toBe('module');
    expect(script.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(script.textContent).toBe('');
  }
  expect(document.querySelectorAll('[style]').length).toBe(0);
  // Allowed by its hash in dist/_headers (test/build/inline-css.test.ts); nothing to fetch before the first paint.
  expect(document.querySelectorAll('style').length).toBe(1);
  expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(0);
});

test('has unique element ids, so every aria reference points at one element', () => {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  expect(ids.length).toBeGreaterThan(100);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('is one HTML document in English with a title and a description', () => {
  expect(html.startsWith('<!DOCTYPE html>') || html.startsWith('<!doctype html>')).toBe(true);
  expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
  expect(document.querySelector('title')?.textContent).toMatch(/Frontier/);
  expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(50);
});

test('every data point offering details names a row that exists in its chart’s table', () => {
  const sections = [...document.querySelectorAll('.scrolly')];
  expect(sections).toHaveLength(SECTIONS.length);
  let points = 0;
  for (const section of sections) {
    const chart = section.getAttribute('data-chart');
    const rows = [...section.querySelectorAll('[data-row]')].map((el) => el.getAttribute('data-row'));
    points += rows.length;
    expect(
      rows.filter((row) => !document.getElementById(`${chart}-table-${row}`)),
      chart!,
    ).toEqual([]);
  }
  // At least the maps' crossings and sites, and the claims of the series charts.
  expect(points).toBeGreaterThan(50);
});
