/**
 * The detention map: location confidence is never hidden (unknown sites listed, not drawn; town
 * and approximate points ringed and labelled), distances come from the geometry, control and
 * headcounts follow the data, and a count shared between sites is never taken as one site's own.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/detention-map/index.ts';
import { borderLine } from '../../src/data/geography.ts';
import type { SitesFile } from '../../src/data/schema/sites.ts';
import { validateDataDir, type SiteData } from '../../src/data/validate.ts';
import { nearestOnLine } from '../../src/lib/geo/index.ts';
import { copyData } from '../helpers/data-copy.ts';

/**
 * The published data has one drawn site; the chart's behaviour for each precision is tested on a
 * copy that places al-Hol at a site point and Ghwayran at an approximate one (test fixtures, not facts).
 */
function placeFixtures(sites: SitesFile['sites']): void {
  sites['al-hol']!.location = {
    precision: 'site',
    coordinates: [41.1486, 36.3756],
    placeName: 'near the town of al-Hawl',
    sources: ['afp-2026-02-22-al-hol-shut'],
    asOf: '2026-02',
    note: 'Test fixture.',
  };
  sites['ghwayran-al-sinaa']!.location = {
    precision: 'approximate',
    coordinates: [40.7625, 36.4775],
    placeName: 'Ghwayran district, southern Hasakah city',
    sources: ['stj-2022-al-sinaa-attack'],
    asOf: 'undated',
    note: 'Test fixture.',
  };
}
const data = withData(() => {});
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (d: SiteData, step?: string, width = 720) =>
  parse(chart.render(chart.prepare(d), { width, step, idPrefix: 'dm' }));
const row = (d: SiteData, id: string) => chart.table(chart.prepare(d)).rows.find((r) => r.id === id)!;

function withData(change: (sites: SitesFile['sites']) => void): SiteData {
  const copy = copyData();
  try {
    copy.edit('sites.json', (j: SitesFile) => {
      placeFixtures(j.sites);
      change(j.sites);
    });
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.data;
  } finally {
    copy.remove();
  }
}

const located = Object.entries(data.sites.sites).filter(([, s]) => s.location.coordinates);
const unlocated = Object.entries(data.sites.sites).filter(([, s]) => !s.location.coordinates);

describe.each([undefined, ...chart.steps.map((s) => s.id)])('state %s', (step) => {
  for (const width of chart.widths)
    test(`draws only sites with coordinates, and lists every other by name (${width} px)`, () => {
      const doc = draw(data, step, width);
      expect(doc.querySelectorAll('.sites .site').length).toBe(located.length);
      const legend = doc.querySelector('.legend')!.textContent!;
      expect(legend).toContain('Location not known, so not on the map:');
      expect(unlocated.length).toBeGreaterThan(0);
      for (const [, site] of unlocated) expect(legend).toContain(site.name);
    });

  for (const width of chart.widths)
    test(`names every drawn site on the map (${width} px)`, () => {
      // Wrapped names sit in separate tspans: compare without spaces.
      const squash = (t: string) => t.replace(/\s+/g, '');
      const labels = [...draw(data, step, width).querySelectorAll('.labels .site-label')].map((t) =>
        squash(t.textContent!),
      );
      expect(located.length).toBeGreaterThan(0);
      expect(labels).toHaveLength(located.length);
      for (const [, site] of located) expect(labels.some((l) => l.startsWith(squash(site.name)))).toBe(true);
    });
});

test('a town-centre or approximate point gets a dashed ring and says so; a site point does not', () => {
  const doc = draw(data, 'sites');
  expect(doc.querySelectorAll('.sites .site')).toHaveLength(located.length);
  expect(located.length).toBeGreaterThan(1);
  for (const [id, site] of located) {
    const marker = [...doc.querySelectorAll('.sites .site')].find((m) =>
      m.getAttribute('class')!.includes(`site--${site.location.precision}`),
    )!;
    expect(marker.querySelector('.site-ring') !== null, id).toBe(site.location.precision !== 'site');
  }
  const text = doc.querySelector('.labels')!.textContent!;
  expect(text).toContain('(town centre)');
  expect(text).toContain('(approximate point)');
  expect(row(data, 'al-shaddadi').cells.km!.text).toMatch(/from the town centre$/);
});

test('distance to the border is computed from the geometry, and moves with the coordinates', () => {
  const line = borderLine(data);
  const km = nearestOnLine(line, data.sites.sites['al-hol']!.location.coordinates!).kmAway;
  expect(row(data, 'al-hol').cells.km!.sort).toBe(Math.round(km * 10) / 10);
  const markerOf = (d: SiteData) => draw(d).querySelector('.sites .site--camp')!.getAttribute('transform');
  const moved = withData((sites) => (sites['al-hol']!.location.coordinates = [40.9, 36.6]));
  expect(markerOf(moved)).not.toBe(markerOf(data));
  expect(row(moved, 'al-hol').cells.km!.sort).toBe(Math.round(nearestOnLine(line, [40.9, 36.6]).kmAway * 10) / 10);
});

test('a site that loses its coordinates leaves the map and joins the list', () => {
  const d = withData((sites) => {
    const { placeName, sources: refs } = sites['al-hol']!.location;
    sites['al-hol']!.location = {
      precision: 'unknown',
      coordinates: null,
      placeName,
      sources: refs,
      note: 'Test: no position.',
    };
  });
  const doc = draw(d);
  expect(doc.querySelectorAll('.sites .site').length).toBe(located.length - 1);
  expect(doc.querySelector('.legend')!.textContent).toContain('Al-Hol camp (near the town of al-Hawl');
  expect(row(d, 'al-hol').cells.km!.text).toBe('not known');
});

test('a site in Iraq that gains coordinates is drawn, and the frame takes it in', () => {
  const d = withData((sites) => {
    sites['al-jadaa']!.location = {
      ...sites['al-jadaa']!.location,
      precision: 'approximate',
      coordinates: [43.2, 35.8],
      asOf: '2026-01',
      note: 'Test locator.',
    };
  });
  const doc = draw(d);
  expect(doc.querySelectorAll('.sites .site').length).toBe(located.length + 1);
  expect(doc.querySelector('.labels')!.textContent).toContain('Al-Jadaa camp');
  expect(doc.querySelector('.legend')!.textContent).not.toContain('Al-Jadaa camp');
});

test('control shows who ran each site at the latest report, by fill and in words', () => {
  const doc = draw(data, 'control');
  const shaddadi = doc.querySelector('.sites .site--town')!;
  expect(shaddadi.getAttribute('class')).toContain('site--government');
  expect(shaddadi.querySelector('.site-symbol')!.getAttribute('fill')).toBe('url(#dm-hatch)');
  expect(doc.querySelector('.sites .site--approximate')!.getAttribute('class')).toContain('site--sdf');
  const labels = doc.querySelector('.labels')!.textContent!;
  expect(labels).toContain('SDF → Syrian government, 19 January 2026');
  expect(labels).toContain('SDF, still on 25 January 2026');
  // The sites state shows position only: no control fill.
  expect(draw(data, 'sites').querySelectorAll('.site--government, .site--sdf').length).toBe(0);
});

test('a change of control in data/ changes the fill and the words', () => {
  const d = withData((sites) =>
    sites['ghwayran-al-sinaa']!.control.push({
      date: '2026-02-01',
      controller: 'Syrian government',
      summary: 'Test handover.',
      sources: sites['ghwayran-al-sinaa']!.control[0]!.sources,
    }),
  );
  const doc = draw(d, 'control');
  expect(doc.querySelector('.sites .site--approximate')!.getAttribute('class')).toContain('site--government');
  expect(doc.querySelector('.labels')!.textContent).toContain('SDF → Syrian government, 1 February 2026');
  expect(row(d, 'ghwayran-al-sinaa').cells.after!.text).toBe('Syrian government (1 February 2026)');
});

test('people held: the range of the latest reports, with its date; a shared count is never one site’s own', () => {
  expect(row(data, 'roj').cells.held!.text).toMatch(/^2,201–2,225 people \(2 reports, /);
  const alaya = row(data, 'alaya').cells.held!;
  expect(alaya.text).toContain('together with Ghwayran');
  expect(alaya.sort).toBeUndefined();
  const alHol = row(data, 'al-hol').cells.held!;
  expect(alHol.text).toMatch(/^none left \(22 February 2026\); before that about 23,000–24,000 people/);
  // The al-Hol + Roj figure of 28,000 is not in al-Hol's range.
  expect(alHol.text).not.toContain('28,000');
});

test('the table can be sorted by every column a reader would sort by', () => {
  const table = chart.table(chart.prepare(data));
  expect(table.sortable).toBe(true);
  expect(table.columns.map((c) => c.key)).toEqual([
    'name',
    'type',
    'held',
    'before',
    'after',
    'km',
    'location',
    'escapes',
  ]);
  expect(table.rows).toHaveLength(located.length + unlocated.length);
  for (const r of table.rows) expect(r.sources.length, r.id).toBeGreaterThan(0);
});
