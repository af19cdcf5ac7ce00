/**
 * border-map: every crossing drawn at the precision its sources allow (a sourced point plain, a
 * town-level one ringed, a region-level one as a band over its stretch, an unknown one listed),
 * its km checked by an independent method, and the key, table and alt text in agreement with
 * the markers drawn.
 */
import { readFileSync } from 'node:fs';
import type { LineString } from 'geojson';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart, { frameFor } from '../../src/charts/border-map/index.ts';
import { prepare, type BorderMapInput } from '../../src/charts/border-map/prepare.ts';
import { project } from '../../src/charts/kit/map/project.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { CrossingsFile } from '../../src/data/schema/crossings.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { nearestOnLine, pointAlong } from '../../src/lib/geo/index.ts';
import { typeScale } from '../../src/charts/kit/type-scale.ts';
import { copyData } from '../helpers/data-copy.ts';
import { clashes, markBoxes, offArtboard } from '../helpers/svg-boxes.ts';
import { textBoxes } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = prepare(data);
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (i: BorderMapInput, width = 720) => parse(chart.render(i, { width, step: 'crossings', idPrefix: 't' }));
const byId = (i: BorderMapInput, id: string) => i.facts.crossings.find((c) => c.id === id)!;
const translate = (g: Element) =>
  /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform')!)!.slice(1).map(Number);

function withData(change: (j: CrossingsFile) => void): BorderMapInput {
  const copy = copyData();
  try {
    copy.edit('crossings.json', change);
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return prepare(result.data);
  } finally {
    copy.remove();
  }
}

describe('each precision level is drawn as specified', { timeout: 30_000 }, () => {
  const doc = draw(input);
  const marker = (id: string) => doc.querySelector(`.crossings .crossing[data-row="${id}"]`);

  test('town-level: a numbered marker ringed with a dashed circle', () => {
    for (const id of ['rabia-al-yarubiyah', 'al-qaim-albu-kamal']) {
      expect(byId(input, id).precision).toBe('town');
      expect(marker(id)?.querySelector('.approx-ring'), id).not.toBeNull();
    }
  });

  test('site-level: the marker at the sourced point, with no ring', () => {
    const coordinates: [number, number] = [42.3499, 37.0893];
    const sited = withData((j) => {
      j.crossings['faysh-khabur-semalka']!.location = {
        precision: 'site',
        coordinates,
        source: 'rudaw-2026-02-07-semalka',
        asOf: '2026-02-07',
      };
    });
    const g = draw(sited).querySelector('.crossings .crossing[data-row="faysh-khabur-semalka"]')!;
    expect(g.querySelector('.approx-ring')).toBeNull();
    const at = project(frameFor(sited, 720).projection, coordinates)!;
    expect(translate(g)[0]).toBeCloseTo(at[0], 1);
    expect(translate(g)[1]).toBeCloseTo(at[1], 1);
  });

  test('region-level: a band whose ends are at the stretch’s computed km, its ringed marker at the middle', () => {
    const frame = frameFor(input, 720);
    const line = input.facts.line;
    const regions = input.facts.crossings.filter((c) => c.precision === 'region');
    expect(regions.length).toBeGreaterThan(0);
    for (const c of regions) {
      const band = doc.querySelector(`.crossing-band[data-row="${c.id}"]`);
      expect(band, c.id).not.toBeNull();
      const points = [...band!.getAttribute('d')!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      // Back from the screen to the ground, then along the line: within 1 km of the stretch's ends.
      const kmAt = (p: number[]) => nearestOnLine(line, frame.projection.invert!(p as [number, number])!).kmAlong;
      expect(kmAt(points[0]!)).toBeCloseTo(c.stretch!.fromKm, -0.3);
      expect(kmAt(points.at(-1)!)).toBeCloseTo(c.stretch!.toKm, -0.3);
      const middle = project(frame.projection, pointAlong(line, (c.stretch!.fromKm + c.stretch!.toKm) / 2))!;
      const g = marker(c.id)!;
      expect(Math.hypot(translate(g)[0]! - middle[0], translate(g)[1]! - middle[1])).toBeLessThan(0.1);
      expect(g.querySelector('.approx-ring')).not.toBeNull();
    }
    // Al-Waleed–al-Tanf's stretch (Anbar and Homs) runs to the Jordanian tripoint, the end of the line.
    expect(byId(input, 'al-waleed-al-tanf').stretch!.toKm).toBeCloseTo(input.facts.lengthKm, 3);
  });

  test('unknown: no marker and no band; listed in the key and the table, and named in the alt text', () => {
    const lost = withData((j) => {
      j.crossings['al-waleed-al-tanf']!.location = { precision: 'unknown', note: 'Test: no position.' };
    });
    const d = draw(lost);
    expect(d.querySelector('[data-row="al-waleed-al-tanf"]')).toBeNull();
    expect(d.querySelectorAll('.crossing-band[data-row]')).toHaveLength(1);
    expect(d.querySelector('.legend')!.textContent).toContain('Al-Waleed–al-Tanf: open; not on the map');
    const row = chart.table(lost).rows.find((r) => r.id === 'al-waleed-al-tanf')!;
    expect(row.cells.key!.text).toBe('not shown');
    expect(chart.describe(lost)).toContain('Al-Waleed–al-Tanf is not marked');
  });
});

describe('km along the border of the town-level crossings, by an independent method', () => {
  // Plain haversine on the line densified in longitude and latitude, and the towns read straight
  // from the gazetteer file: none of src/lib/geo's great-circle projection.
  const R = 6371.0088;
  const rad = Math.PI / 180;
  const haversine = (a: number[], b: number[]) => {
    const h =
      Math.sin(((b[1]! - a[1]!) * rad) / 2) ** 2 +
      Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(((b[0]! - a[0]!) * rad) / 2) ** 2;
    return 2 * R * Math.asin(Math.sqrt(h));
  };
  function kmAlongByHand(line: LineString, target: number[]): number {
    let best = { away: Infinity, along: 0 };
    let along = 0;
    line.coordinates.forEach((a, i) => {
      const b = line.coordinates[i + 1];
      if (!b) return;
      const steps = 50;
      let previous = a;
      for (let k = 0; k <= steps; k++) {
        const p = [a[0]! + ((b[0]! - a[0]!) * k) / steps, a[1]! + ((b[1]! - a[1]!) * k) / steps];
        along += haversine(previous, p);
        previous = p;
        const away = haversine(p, target);
        if (away < best.away) best = { away, along };
      }
    });
    return best.along;
  }
  const gazetteer = JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')) as {
    places: { name: string; country: string; lonLat: [number, number] }[];
  };
  const town = (pattern: RegExp, country: string) => {
    const found = gazetteer.places.filter(
      (p) => p.country === country && pattern.test(p.name.normalize('NFD').replace(/\p{M}/gu, '')),
    );
    expect(found, String(pattern)).toHaveLength(1);
    return found[0]!.lonLat;
  };
  const centre = (points: number[][]) => [0, 1].map((k) => points.reduce((s, p) => s + p[k]!, 0) / points.length);

  test.each([
    ['rabia-al-yarubiyah', () => [town(/^Al Ya.rubiyah$/, 'SY')]],
    ['al-qaim-albu-kamal', () => [town(/^Al Qa.im$/, 'IQ'), town(/^Albu Kamal$/, 'SY')]],
  ])('%s: the point of the border nearest its towns’ centre, ±2 km', (id, towns) => {
    const expected = kmAlongByHand(input.facts.line, centre(towns()));
    const c = byId(input, id);
    expect(Math.abs(c.kmAlong! - expected)).toBeLessThan(2);
    // And what readers are shown is that number.
    const row = chart.table(input).rows.find((r) => r.id === id)!;
    expect(row.cells.km!.text).toBe(`about km ${Math.round(c.kmAlong!)}`);
  });

  test('the hand method agrees with the length of the line as drawn', () => {
    const last = input.facts.line.coordinates.at(-1)!;
    expect(Math.abs(kmAlongByHand(input.facts.line, last) - input.facts.lengthKm)).toBeLessThan(1);
  });
});

test.each(chart.widths)('the key, the table and the alt text agree with the markers drawn at %i px', (width) => {
  const doc = draw(input, width);
  const markers = [...doc.querySelectorAll('.crossings .crossing')].map((g) => ({
    id: g.getAttribute('data-row'),
    key: g.querySelector('.crossing-key')!.textContent,
  }));
  const rows = chart.table(input).rows;
  const keyed = rows.filter((r) => r.cells.key!.text !== 'not shown');
  expect(markers).toHaveLength(keyed.length);
  for (const row of keyed) expect(markers).toContainEqual({ id: row.id, key: row.cells.key!.text.replace('No. ', '') });
  const alt = chart.steps.find((s) => s.id === 'crossings')!.alt(input);
  const legend = doc.querySelector('.legend')!.textContent!;
  for (const row of keyed) {
    const name = row.cells.name!.text;
    const km = row.cells.km!.text;
    // "1 Faysh Khabur–Semalka, somewhere on km 0–6", in the alt text and the key.
    expect(alt).toContain(`${row.cells.key!.text.replace('No. ', '')} ${name}, `);
    expect(alt).toMatch(new RegExp(`${name}, [^;]*${km}`));
    expect(legend).toContain(name);
    expect(legend).toContain(km);
  }
  expect(alt).toContain(`Its ${rows.length} crossings are numbered north to south`);
});

describe.each(chart.steps.map((s) => s.id))('the %s state', (step) => {
  test.each(chart.widths)('no label covers another or a crossing, and none runs past the edge, at %i px', (width) => {
    const svg = parse(chart.render(input, { width, step, idPrefix: 't' })).querySelector('svg')!;
    // The placer's labels, each line the box it reserved.
    const labels = textBoxes(svg, '.labels text', 'line');
    expect(labels.length).toBeGreaterThan(0);
    expect(clashes(labels)).toEqual([]);
    expect(clashes(labels, markBoxes(svg, '.crossings .crossing-symbol, .tripoint'))).toEqual([]);
    expect(offArtboard(labels, svg)).toEqual([]);
  });
});

test('on a phone, each story step fits beside its text with room to spare, and the steps share one height', () => {
  const heights = chart.steps.map((s) =>
    Number(
      parse(chart.render(input, { width: 320, step: s.id, idPrefix: 't' }))
        .querySelector('svg')!
        .getAttribute('height'),
    ),
  );
  expect(new Set(heights).size).toBe(1);
  expect(heights[0]).toBeLessThanOrEqual(400);
});

test('a crossing’s number is set at the small size or larger, on the map and in the key', () => {
  for (const width of chart.widths) {
    const keys = [...draw(input, width).querySelectorAll('.crossing-key')];
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(Number(k.getAttribute('font-size'))).toBeGreaterThanOrEqual(typeScale(width).small);
  }
});
