/**
 * Every chart in the registry, rendered from the real data at every artboard width: the SVG
 * structure readers and assistive technology rely on, determinism, a snapshot, and proof that
 * marks follow the data rather than being typed in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts, registry } from '../../src/charts/registry.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { CrossingsFile } from '../../src/data/schema/crossings.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData } from '../helpers/data-copy.ts';

const data = loadSiteData();
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** Plot's snapshot normalisation: numbers rounded to 3 decimals. */
const normalise = (svg: string) => svg.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));

const STATES = (chart: (typeof charts)[number]) => [undefined, ...chart.steps.map((s) => s.id)];

describe.each(
  charts.flatMap((chart) =>
    chart.widths.flatMap((width) =>
      STATES(chart).map((step) => [`${chart.id}${step ? `/${step}` : ''}`, width, chart, step] as const),
    ),
  ),
)('%s at %i px', (_name, width, chart, step) => {
  const id = chart.id;
  const svg = chart.render(chart.prepare(data), { width, step, idPrefix: `${id}-${width}` });
  const root = parse(svg).querySelector('svg')!;

  test('is an accessible image: role, title and description referenced by aria-labelledby', () => {
    expect(root.getAttribute('role')).toBe('img');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`#${titleId}`)?.tagName.toLowerCase()).toBe('title');
    expect(root.querySelector(`#${descId}`)?.tagName.toLowerCase()).toBe('desc');
    expect(root.querySelector('title')!.textContent).toBe(chart.title);
  });

  test('reserves its size (viewBox, width, height) and has labels as real text', () => {
    const [, , w, h] = root.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBe(width);
    expect(Number(root.getAttribute('height'))).toBe(h);
    expect(root.querySelectorAll('text').length).toBeGreaterThan(5);
  });

  test('uses no style element or attribute (strict CSP), and prefixes every id with the chart id', () => {
    expect(root.querySelectorAll('style').length).toBe(0);
    expect(root.querySelectorAll('[style]').length).toBe(0);
    for (const el of root.querySelectorAll('[id]')) expect(el.id.startsWith(`${id}-${width}-`)).toBe(true);
  });

  test('renders the same bytes twice', () => {
    expect(chart.render(chart.prepare(data), { width, step, idPrefix: `${id}-${width}` })).toBe(svg);
  });

  test('matches its snapshot in test/output (a change writes -changed.svg beside it)', () => {
    const expectedPath = `test/output/${id}${step ? `--${step}` : ''}--${width}.svg`;
    const actual = normalise(svg);
    if (!existsSync(expectedPath)) {
      // Like d3's snapshot tests: a missing snapshot is written locally but fails in CI.
      if (process.env.CI) throw new Error(`${expectedPath} is missing: run the tests locally and commit it`);
      mkdirSync('test/output', { recursive: true });
      writeFileSync(expectedPath, actual);
    }
    const expected = readFileSync(expectedPath, 'utf8');
    if (expected !== actual) writeFileSync(expectedPath.replace(/\.svg$/, '-changed.svg'), actual);
    expect(
      actual === expected,
      `${expectedPath} differs: compare with ${expectedPath.replace(/\.svg$/, '-changed.svg')}`,
    ).toBe(true);
  });
});

test('the border map moves a crossing marker when its coordinates change in data/', () => {
  const chart = charts.find((c) => c.id === 'border-map')!;
  const markerOf = (svg: string) => parse(svg).querySelector('.crossings .crossing')!.getAttribute('transform');
  // No crossing has citable coordinates today: place one in a copy (a test fixture), then move it.
  const at = (coordinates: [number, number]) => (j: CrossingsFile) =>
    (j.crossings['faysh-khabur-semalka']!.location = {
      precision: 'site',
      coordinates,
      source: 'rudaw-2026-02-07-semalka',
      asOf: '2026-02-07',
    });
  const placed = copyData();
  placed.edit('crossings.json', at([42.3499, 37.0893]));
  const base = validateDataDir(placed.dir);
  placed.remove();
  if (!base.ok) throw new Error(JSON.stringify(base.problems));
  const before = markerOf(chart.render(chart.prepare(base.data), { width: 720, idPrefix: 'm' }));
  const copy = copyData();
  try {
    copy.edit('crossings.json', at([42.2, 37.0]));
    const moved = validateDataDir(copy.dir);
    if (!moved.ok) throw new Error(JSON.stringify(moved.problems));
    expect(markerOf(chart.render(chart.prepare(moved.data), { width: 720, idPrefix: 'm' }))).not.toBe(before);
  } finally {
    copy.remove();
  }
});

test('the border map drops a crossing from the map, and says so, when its position becomes unknown', () => {
  const chart = charts.find((c) => c.id === 'border-map')!;
  const copy = copyData();
  try {
    copy.edit('crossings.json', (j) => {
      // Fixtures: two crossings at sourced points (none has citable coordinates today), one unknown;
      // Rabia stays placed from its town.
      j.crossings['faysh-khabur-semalka'].location = {
        precision: 'site',
        coordinates: [42.3499, 37.0893],
        source: 'rudaw-2026-02-07-semalka',
        asOf: '2026-02-07',
      };
      j.crossings['al-waleed-al-tanf'].location = {
        precision: 'site',
        coordinates: [38.9374, 33.4332],
        source: 'shafaq-2025-08-13-qaim',
        asOf: '2025-08-13',
      };
      j.crossings['al-qaim-albu-kamal'].location = { precision: 'unknown', note: 'Test: no position.' };
    });
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const input = chart.prepare(result.data);
    const doc = parse(chart.render(input, { width: 720, idPrefix: 'm' }));
    expect(doc.querySelectorAll('.crossings .crossing').length).toBe(3);
    expect(doc.querySelector('.legend')!.textContent).toContain('Al-Qaim–Albu Kamal: open; not on the map');
    expect(chart.describe(input)).toContain('3 of its 4 crossings are marked');
    expect(chart.describe(input)).toContain('Al-Qaim–Albu Kamal is not marked, because no source');
    const row = chart.table(input).rows.find((r) => r.id === 'al-qaim-albu-kamal')!;
    expect([row.cells.key!.text, row.cells.km!.text]).toEqual(['not shown', 'not known']);
  } finally {
    copy.remove();
  }
});

test('the registry rejects a duplicate chart id, naming it', () => {
  const [first] = charts;
  expect(() => registry([first!, first!])).toThrow(
    `src/charts/registry.ts › ${first!.id}: expected each chart id once, got it twice`,
  );
});

test('every step of every chart has alt text that says something', () => {
  for (const chart of charts) {
    const input = chart.prepare(data);
    expect(chart.steps.length, chart.id).toBeGreaterThan(0);
    for (const step of chart.steps) expect(step.alt(input).length, `${chart.id}/${step.id}`).toBeGreaterThan(40);
  }
});

test('every chart cites only sources that exist, and has an as-of date', () => {
  for (const chart of charts) {
    const input = chart.prepare(data);
    for (const id of chart.sources(input)) expect(data.sources.sources[id], id).toBeDefined();
    expect(chart.asOf(input)).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  }
});
