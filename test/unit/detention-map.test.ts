/**
 * The detention map: location precision is never hidden (site points bare, town centres ringed
 * and labelled, region and unknown sites listed, not drawn), distances come from the geometry, control and
 * headcounts follow the data, and a count shared between sites is never taken as one site's own.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/detention-map/index.ts';
import { borderLine } from '../../src/data/geography.ts';
import type { SitesFile } from '../../src/data/schema/sites.ts';
import { validateDataDir, type SiteData } from '../../src/data/validate.ts';
import { t } from '../../src/i18n/index.ts';
import { isNarrow } from '../../src/charts/kit/type-scale.ts';
import { copyData } from '../helpers/data-copy.ts';
import { clash, clashes, markBoxes, offArtboard } from '../helpers/svg-boxes.ts';
import { textBoxes } from '../helpers/text-boxes.ts';

/**
 * In the published data every drawn site is at a town centre; the chart's behaviour for a
 * site-level point is tested on a copy that gives al-Hol one (a test fixture, not a fact).
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
}
const data = withData(() => {});
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (d: SiteData, step?: string, width = 720) =>
  parse(chart.render(chart.prepare(d), { width, step, idPrefix: 'dm' }));
const row = (d: SiteData, id: string) => chart.table(chart.prepare(d)).rows.find((r) => r.id === id)!;
const markerOf = (doc: Document, id: string) => doc.querySelector(`.sites .site[data-row="${id}"]`);

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

const drawnRungs = new Set(['site', 'town']);
const located = Object.entries(data.sites.sites).filter(([, s]) => drawnRungs.has(s.location.precision));
const unlocated = Object.entries(data.sites.sites).filter(([, s]) => !drawnRungs.has(s.location.precision));

describe.each([undefined, ...chart.steps.map((s) => s.id)])('state %s', (step) => {
  for (const width of chart.widths)
    test(`draws every site placed at a point or in a town, and lists every other by name (${width} px)`, () => {
      const doc = draw(data, step, width);
      expect(doc.querySelectorAll('.sites .site').length).toBe(located.length);
      for (const [id] of located) expect(markerOf(doc, id), id).not.toBeNull();
      const legend = doc.querySelector('.legend')!.textContent!;
      // Today every site is placed; the list appears only when one is not (tested below).
      expect(legend.includes('Not on the map')).toBe(unlocated.length > 0);
      for (const [, site] of unlocated) expect(legend).toContain(site.name);
    });

  for (const width of chart.widths)
    test(`names every drawn site on the map (${width} px)`, () => {
      // Wrapped names sit in separate tspans: compare without spaces.
      const squash = (t: string) => t.replace(/\s+/g, '');
      const labels = squash(
        [...draw(data, step, width).querySelectorAll('.labels .site-label')].map((t) => t.textContent).join(''),
      );
      // Phones name a site without the word its symbol's shape says ("Al-Hol" for "Al-Hol camp").
      const name = (n: string) => (isNarrow(width) ? t.charts['detention-map'].label.shortName(n) : n);
      expect(located.length).toBeGreaterThan(0);
      for (const [, site] of located) expect(labels).toContain(squash(name(site.name)));
    });

  for (const width of chart.widths)
    test(`no label covers another or a site's symbol, and none runs past the edge (${width} px)`, () => {
      const svg = draw(data, step, width).querySelector('svg')!;
      expect(svg.querySelectorAll('.labels .site-label').length).toBeGreaterThan(0);
      // The placer's labels, each line the box it reserved.
      const labels = textBoxes(svg, '.labels text', 'line');
      expect(clashes(labels)).toEqual([]);
      expect(clashes(labels, markBoxes(svg, '.sites .site-symbol'))).toEqual([]);
      expect(offArtboard(labels, svg)).toEqual([]);
    });
});

test('on a phone, each story step fits beside its text with room to spare, and the steps share one height', () => {
  const heights = chart.steps.map((s) => Number(draw(data, s.id, 320).querySelector('svg')!.getAttribute('height')));
  expect(new Set(heights).size).toBe(1);
  expect(heights[0]).toBeLessThanOrEqual(400);
});

test.each([undefined, ...chart.steps.map((s) => s.id)])(
  'on a phone, two groups’ labels never stand flush, where they would read as one (%s)',
  (step) => {
    const svg = draw(data, step, 320).querySelector('svg')!;
    const sites = textBoxes(svg, '.labels text.site-label', 'line');
    for (const [i, a] of sites.entries())
      for (const b of sites.slice(i + 1))
        if (a.el !== b.el) expect(clash(a, b, -3), `${a.what} / ${b.what}`).toBe(false);
  },
);

test('on a phone, the sites step gives the distance to the border on most labels', () => {
  const labels = [...draw(data, 'sites', 320).querySelectorAll('.labels .site-label')];
  const withKm = labels.filter((l) => /\d\s?km/.test(l.textContent!.replace(/\u00a0/g, ' ')));
  expect(withKm.length / labels.length).toBeGreaterThanOrEqual(0.5);
  // Al-Hol, the nearest, always.
  expect(labels.find((l) => l.textContent!.startsWith('Al-Hol'))!.textContent).toMatch(/km/);
});

describe('the precision ladder', () => {
  test('most sites are drawn; none with a named town is left off', () => {
    const all = Object.values(data.sites.sites);
    expect(located.length / all.length).toBeGreaterThanOrEqual(0.8);
    for (const [id, site] of unlocated) expect(site.location.town, id).toBeUndefined();
  });

  test('a site point is drawn bare; a town centre inside a dashed ring, and the words say which', () => {
    const doc = draw(data, 'sites');
    expect(markerOf(doc, 'al-hol')!.closest('.site-group')!.querySelector('.approx-ring')).toBeNull();
    const shaddadi = markerOf(doc, 'al-shaddadi')!.closest('.site-group')!;
    expect(shaddadi.getAttribute('class')).toContain('site-group--town');
    expect(shaddadi.querySelector('.approx-ring')).not.toBeNull();
    // al-Hol's sourced point: one decimal; a town centre's distance is rounded and says so.
    expect(row(data, 'al-hol').cells.km!.text).toMatch(/^\d+\.\d\skm$/);
    expect(doc.querySelector('.labels')!.textContent).toContain('from the centre of Ash Shaddadah');
    expect(row(data, 'al-shaddadi').cells.km!.text).toMatch(
      /^about 45\skm, measured from the centre of Ash Shaddadah$/,
    );
    expect(row(data, 'al-shaddadi').cells.location!.text).toMatch(/^Town centre: al-Shaddadi town/);
    expect(row(data, 'al-shaddadi').cells.location!.note).toContain('Town centre from GeoNames: Ash Shaddādah');
  });

  test('sites the sources place in one town share its centre: one ring, their symbols side by side', () => {
    const doc = draw(data, 'sites');
    const group = markerOf(doc, 'ghwayran-al-sinaa')!.closest('.site-group')!;
    expect(markerOf(doc, 'panorama')!.closest('.site-group')).toBe(group);
    expect(group.querySelectorAll('.approx-ring')).toHaveLength(1);
    const xs = [...group.querySelectorAll('.site')].map((m) => m.getAttribute('transform'));
    expect(new Set(xs).size).toBe(2);
  });

  test('a region-level site is not drawn and is listed with its area; an unknown one is listed too', () => {
    const d = withData((sites) => {
      const { placeName, sources: refs } = sites.alaya!.location;
      sites.alaya!.location = { precision: 'unknown', placeName, sources: refs, note: 'Test: no position.' };
      const kasra = sites['al-kasra']!.location;
      sites['al-kasra']!.location = {
        precision: 'region',
        placeName: kasra.placeName,
        sources: kasra.sources,
        note: 'Test: an area only.',
      };
    });
    const doc = draw(d);
    expect(markerOf(doc, 'al-kasra')).toBeNull();
    expect(markerOf(doc, 'alaya')).toBeNull();
    const legend = doc.querySelector('.legend')!.textContent!;
    expect(legend).toContain('Not on the map, as no source places it in a town or at a point:');
    expect(legend).toContain('Al-Kasra prison (area only: western Deir ez-Zor countryside');
    expect(legend).toContain('Alaya prison (Qamishli)');
    expect(row(d, 'alaya').cells.km!.text).toBe('not known');
    expect(row(d, 'al-kasra').cells.location!.text).toMatch(/^Area only: /);
  });

  test('naming another town moves the site there, and its distance with it', () => {
    const moved = withData((sites) => (sites.alaya!.location.town = 'Al Hasakah'));
    const doc = draw(moved);
    expect(markerOf(doc, 'alaya')!.closest('.site-group')).toBe(markerOf(doc, 'panorama')!.closest('.site-group'));
    expect(row(moved, 'alaya').cells.km!.sort).toBe(row(moved, 'panorama').cells.km!.sort);
    expect(row(data, 'alaya').cells.km!.sort).not.toBe(row(data, 'panorama').cells.km!.sort);
  });
});

/**
 * The distance from a point to the border, computed another way than the chart's (which
 * projects onto great-circle arcs): the line densified every ~50 m in lon/lat and the nearest
 * vertex taken by the haversine formula. The two agree within the densification step.
 */
function bruteForceKm([lon, lat]: readonly [number, number], line: number[][]): number {
  const rad = Math.PI / 180;
  const haversine = (a: number[], b: number[]) => {
    const dLat = (b[1]! - a[1]!) * rad,
      dLon = (b[0]! - a[0]!) * rad;
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  };
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!,
      b = line[i]!;
    const steps = Math.max(1, Math.ceil(haversine(a, b) / 0.05));
    for (let k = 0; k <= steps; k++) {
      const p = [a[0]! + ((b[0]! - a[0]!) * k) / steps, a[1]! + ((b[1]! - a[1]!) * k) / steps];
      best = Math.min(best, haversine([lon, lat], p));
    }
  }
  return best;
}

test('distances to the border are computed from the geometry and agree with an independent measure', () => {
  const line = borderLine(data).coordinates;
  const town = (name: string) => data.gazetteer.places.find((p) => p.name === name)!.lonLat;
  // The towns' centres from the gazetteer, and the fixture's site point for al-Hol.
  const cases = [
    ['al-hol', [41.1486, 36.3756] as const],
    ['al-shaddadi', town('Ash Shaddādah')],
    ['roj', town('Al Mālikīyah')],
    ['al-aqtan', town('Ar Raqqah')],
    ['al-jadaa', town('Al Qayyārah')],
  ] as const;
  for (const [id, at] of cases) {
    const sorted = row(data, id).cells.km!.sort as number;
    expect(Math.abs(sorted - bruteForceKm(at, line)), id).toBeLessThan(0.2);
  }
  // Rounded to what a town centre allows: the nearest 5 km from 20 km up.
  expect(row(data, 'al-jadaa').cells.km!.text).toMatch(/^about \d*[05]\skm, measured from the centre of Al Qayyarah$/);
});

test('a site in Iraq is drawn, and the frame takes it in', () => {
  const doc = draw(data);
  const marker = markerOf(doc, 'al-jadaa')!;
  expect(marker).not.toBeNull();
  const [x, y] = marker
    .closest('.site-group')!
    .getAttribute('transform')!
    .match(/[\d.]+/g)!
    .map(Number);
  const [, , w, h] = doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
  expect(x).toBeGreaterThan(0);
  expect(x).toBeLessThan(w!);
  expect(y).toBeGreaterThan(0);
  expect(y).toBeLessThan(h!);
  expect(doc.querySelector('.labels')!.textContent).toContain('Al-Jadaa camp');
  expect(doc.querySelector('.legend')!.textContent).not.toContain('Al-Jadaa camp');
});

test('control shows who ran each site at the latest report, by fill and in words', () => {
  const doc = draw(data, 'control');
  const shaddadi = markerOf(doc, 'al-shaddadi')!;
  expect(shaddadi.getAttribute('class')).toContain('site--government');
  expect(shaddadi.querySelector('.site-symbol')!.getAttribute('fill')).toBe('url(#dm-hatch)');
  expect(markerOf(doc, 'ghwayran-al-sinaa')!.getAttribute('class')).toContain('site--sdf');
  // The labels say it where there is room; the alt text always does.
  expect(doc.querySelector('.labels')!.textContent!).toMatch(/SDF → Syrian government,\s*\d+ January 2026/);
  const alt = chart.steps.find((s) => s.id === 'control')!.alt(chart.prepare(data));
  expect(alt).toContain('Al-Shaddadi prison, SDF → Syrian government, 19 January 2026');
  expect(alt).toContain("Ghwayran (al-Sina'a) prison, SDF, still on 25 January 2026");
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
  expect(markerOf(doc, 'ghwayran-al-sinaa')!.getAttribute('class')).toContain('site--government');
  expect(chart.steps.find((s) => s.id === 'control')!.alt(chart.prepare(d))).toContain(
    'SDF → Syrian government, 1 February 2026',
  );
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
