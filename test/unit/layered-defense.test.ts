/**
 * layered-defense: the river crossing is computed from the geometry (and not drawn when there
 * is none), marks follow data/, the lines are drawn as an evenly spaced schematic that says so,
 * and the reported Peshkhabur–Rabia length is shown as a reported figure.
 */
import type { LineString, MultiLineString } from 'geojson';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/layered-defense/index.ts';
import { arcIntersection, lineIntersections } from '../../src/lib/geo/index.ts';
import { prepare, riverCrossings, type LayeredDefenseInput } from '../../src/charts/layered-defense/prepare.ts';
import { kmScale } from '../../src/charts/layered-defense/strip-layout.ts';
import { borderFacts } from '../../src/data/border-facts.ts';
import { rivers } from '../../src/data/geography.ts';
import { loadSiteData } from '../../src/data/load.ts';
import type { CrossingsFile } from '../../src/data/schema/crossings.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { EARTH_RADIUS_KM, nearestOnLine } from '../../src/lib/geo/index.ts';
import { copyData } from '../helpers/data-copy.ts';
import { clashes, markBoxes, offArtboard } from '../helpers/svg-boxes.ts';
import { textBoxes } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const draw = (input: LayeredDefenseInput, step?: string, width = 720) =>
  parse(chart.render(input, { width, step, idPrefix: 't' }));
const input = prepare(data);

function withData(change: (copy: ReturnType<typeof copyData>) => void): LayeredDefenseInput {
  const copy = copyData();
  try {
    change(copy);
    const result = validateDataDir(copy.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return prepare(result.data);
  } finally {
    copy.remove();
  }
}

describe('arcIntersection', () => {
  test('of two arcs crossing at the origin is the origin', () => {
    const p = arcIntersection([-1, 0], [1, 0], [0, -1], [0, 1])!;
    expect(p[0]).toBeCloseTo(0, 9);
    expect(p[1]).toBeCloseTo(0, 9);
  });

  test('follows great circles: the diagonals of a 2° square cross just north of [1, 1]', () => {
    const p = arcIntersection([0, 0], [2, 2], [0, 2], [2, 0])!;
    expect(p[0]).toBeCloseTo(1, 6);
    expect(p[1]).toBeGreaterThan(1);
    expect(p[1]).toBeLessThan(1.001);
  });

  test('is null for arcs that would cross only if extended, and for arcs on one great circle', () => {
    expect(arcIntersection([0, 0], [1, 0], [2, -1], [2, 1])).toBeNull();
    expect(arcIntersection([0, 0], [1, 0], [0.5, 0.5], [0.5, 2])).toBeNull();
    expect(arcIntersection([0, 0], [1, 0], [0.5, 0], [2, 0])).toBeNull();
  });
});

describe('lineIntersections and riverCrossings', () => {
  const border: LineString = {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 0],
      [2, 0],
    ],
  };
  const river: MultiLineString = {
    type: 'MultiLineString',
    coordinates: [
      [
        [1.5, 1],
        [1.5, -1],
      ],
      [
        [0.5, 1],
        [0.5, 0.5],
      ],
      [
        [0.25, -1],
        [0.25, 1],
      ],
    ],
  };

  test('finds every crossing of a multi-part line, and none for a part that stops short', () => {
    expect(lineIntersections(border, river)).toHaveLength(2);
  });

  test('gives each crossing its km along the border, in order', () => {
    const found = riverCrossings(border, [river]);
    expect(found.map((c) => c.kmAlong / KM_PER_DEGREE)).toEqual([expect.closeTo(0.25, 6), expect.closeTo(1.5, 6)]);
  });

  test('is empty when the river never reaches the border', () => {
    expect(
      riverCrossings(border, [
        {
          type: 'LineString',
          coordinates: [
            [0, 1],
            [2, 1],
          ],
        },
      ]),
    ).toEqual([]);
  });
});

test('the Euphrates crossing is a point on both the border line and the river line, inside the border', () => {
  expect(input.river.crossings.length).toBeGreaterThan(0);
  const euphrates = rivers(data).features.filter((f) => f.properties.name_en === 'Euphrates');
  for (const c of input.river.crossings) {
    expect(c.kmAlong).toBeGreaterThan(0);
    expect(c.kmAlong).toBeLessThan(input.lengthKm);
    const border = nearestOnLine(borderFacts(data).line, c.point);
    expect(border.kmAway).toBeLessThan(1e-6);
    const parts = euphrates.flatMap((f) =>
      f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates,
    );
    const onRiver = parts.some(
      (part) => nearestOnLine({ type: 'LineString', coordinates: part }, c.point).kmAway < 1e-6,
    );
    expect(onRiver).toBe(true);
  }
});

test('the river is drawn at its computed km, and not at all when it does not cross the line', () => {
  const x = kmScale(input, 720);
  const river = draw(input, 'strip').querySelector('.ld-river')!;
  expect(Number(river.getAttribute('d')!.match(/^M([\d.]+)/)![1])).toBeCloseTo(x(input.river.crossings[0]!.kmAlong), 0);
  const dry = { ...input, river: { ...input.river, crossings: [] } };
  expect(draw(dry, 'strip').querySelector('.ld-river')).toBeNull();
  expect(chart.describe(dry)).toContain('does not cross the line as drawn');
});

test('moving a crossing in data/ moves its marker; one of unknown position is listed, not drawn', () => {
  const markers = (i: LayeredDefenseInput) =>
    [...draw(i, 'strip').querySelectorAll('.ld-marks .crossing')].map((g) => g.getAttribute('transform'));
  // No crossing has citable coordinates today: place one in a copy (a test fixture), then move it.
  const at = (coordinates: [number, number]) => (j: CrossingsFile) =>
    (j.crossings['al-qaim-albu-kamal']!.location = {
      precision: 'site',
      coordinates,
      source: 'shafaq-2025-08-13-qaim',
      asOf: '2025-08-13',
    });
  const placed = withData((copy) => copy.edit('crossings.json', at([40.977, 34.3975])));
  const before = markers(placed);
  // Today al-Qaim is placed from its towns; a sourced point replaces that marker, it adds none.
  expect(before).toHaveLength(markers(input).length);
  const moved = withData((copy) => copy.edit('crossings.json', at([40.2, 34.0])));
  expect(markers(moved)).not.toEqual(before);
  const unknown = { precision: 'unknown', note: 'Test: no position.' };
  const lost = withData((copy) =>
    copy.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].location = unknown)),
  );
  expect(markers(lost)).toHaveLength(before.length - 1);
  expect(draw(lost, 'strip').querySelector('.ld-unplaced')!.textContent).toContain('Al-Qaim–Albu Kamal');
}, 30_000);

test('the lines state draws evenly spaced bands, first nearest the border, and says it is schematic', () => {
  const doc = draw(input, 'lines');
  const tops = [...new Set([...doc.querySelectorAll('.ld-band')].map((r) => Number(r.getAttribute('y'))))];
  expect(tops).toHaveLength(input.lines.length);
  const gaps = tops.slice(1).map((t, i) => t - tops[i]!);
  for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
  expect([...doc.querySelectorAll('.ld-band-label')].map((t) => t.textContent)).toEqual([
    expect.stringContaining('1st line: Border Guards'),
    expect.stringContaining('2nd line: Iraqi Army'),
    expect.stringContaining('3rd line: Popular Mobilization Forces'),
  ]);
  expect(doc.querySelector('svg')!.textContent).toContain('distances between the lines are not known');
  expect(draw(input, 'strip').querySelector('.ld-band')).toBeNull();
});

test('the Peshmerga stretch is computed; the reported 40 km is a bracket that follows data/', () => {
  expect(input.peshmerga!.heldBy).toBe('Peshmerga');
  const duhok = input.segments.IRQ.find((s) => s.id === 'IQ-DA')!;
  expect(input.peshmerga!.km).toBeCloseTo(duhok.toKm - duhok.fromKm, 6);
  expect(input.peshmerga!.km).toBeLessThan(40);
  const doc = draw(input, 'lines');
  expect(doc.querySelector('.ld-bracket-label')!.textContent).toContain('Reported, not measured: about 40');
  const width = (i: LayeredDefenseInput) => {
    const d = draw(i, 'lines').querySelector('.ld-bracket')!.getAttribute('d')!;
    const [a, b] = [...d.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1]));
    return b! - a!;
  };
  const longer = withData((copy) => copy.edit('sectors.json', (j) => (j.reportedLengths['peshkhabur-rabia'].km = 80)));
  expect(width(longer)).toBeCloseTo(2 * width(input), 0);
});

test('the barrier cross-section says it is not to scale and labels the wall with the reported heights', () => {
  const doc = draw(input, 'barrier');
  expect(doc.querySelector('svg')!.textContent).toContain('not to scale');
  const labels = (d: Document) => [...d.querySelectorAll('.ld-dimension-label')].map((t) => t.textContent);
  expect(labels(doc)).toEqual(expect.arrayContaining(['3\u00a0m', '3.5\u00a0m']));
  const taller = withData((copy) =>
    copy.edit('fortifications.json', (j) => (j.components.wall.dimensions[3].value = 4)),
  );
  expect(labels(draw(taller, 'barrier'))).toContain('4\u00a0m');
});

test('every state of one artboard has the same height; the complete state stacks strip and cross-section', () => {
  for (const width of chart.widths) {
    const heights = chart.steps.map((s) =>
      Number(draw(input, s.id, width).querySelector('svg')!.getAttribute('height')),
    );
    expect(new Set(heights).size).toBe(1);
    const complete = draw(input, undefined, width);
    expect(Number(complete.querySelector('svg')!.getAttribute('height'))).toBeGreaterThan(heights[0]!);
    expect(complete.querySelector('.ld-band')).not.toBeNull();
    expect(complete.querySelector('.ld-barrier')).not.toBeNull();
  }
});

describe('crossings at the precision their sources allow', { timeout: 30_000 }, () => {
  const byId = (i: LayeredDefenseInput, id: string) => i.crossings.find((c) => c.id === id)!;
  const markerOf = (doc: Document, i: LayeredDefenseInput, id: string) => {
    const x = kmScale(i, 720);
    const c = byId(i, id);
    const km = c.kmAlong ?? (c.stretch!.fromKm + c.stretch!.toKm) / 2;
    return [...doc.querySelectorAll('.ld-marks .crossing')].find((g) => {
      const tx = Number(/translate\(([\d.]+),/.exec(g.getAttribute('transform')!)![1]);
      return Math.abs(tx - x(km)) < 0.1;
    });
  };

  test('a town-level crossing is ringed as approximate and said to be "about" its km', () => {
    const doc = draw(input, 'strip');
    const rabia = markerOf(doc, input, 'rabia-al-yarubiyah');
    expect(rabia?.querySelector('.approx-ring')).not.toBeNull();
    const alt = chart.steps.find((s) => s.id === 'strip')!.alt(input);
    expect(alt).toContain(`Rabia–al-Yarubiyah at about km ${Math.round(byId(input, 'rabia-al-yarubiyah').kmAlong!)}`);
  });

  test('a sourced point is drawn without a ring', () => {
    const sited = withData((copy) =>
      copy.edit('crossings.json', (j: CrossingsFile) => {
        j.crossings['rabia-al-yarubiyah']!.location = {
          precision: 'site',
          coordinates: [42.0657, 36.8086],
          source: 'shafaq-2025-08-13-qaim',
          asOf: '2025-08-13',
        };
      }),
    );
    const marker = markerOf(draw(sited, 'strip'), sited, 'rabia-al-yarubiyah');
    expect(marker).toBeDefined();
    expect(marker!.querySelector('.approx-ring')).toBeNull();
    expect(chart.steps[0]!.alt(sited)).toMatch(/Rabia–al-Yarubiyah at km \d+/);
  });

  test('a region-level crossing is a band over exactly its computed stretch, its marker ringed at the middle', () => {
    const x = kmScale(input, 720);
    const tanf = byId(input, 'al-waleed-al-tanf');
    expect(tanf.stretch).not.toBeNull();
    const doc = draw(input, 'strip');
    const bands = [...doc.querySelectorAll('.ld-marks .crossing-band')].map((b) =>
      [...b.getAttribute('d')!.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1])),
    );
    expect(bands).toHaveLength(input.crossings.filter((c) => c.stretch).length);
    expect(bands).toContainEqual([
      expect.closeTo(x(tanf.stretch!.fromKm), 0),
      expect.closeTo(x(tanf.stretch!.toKm), 0),
    ]);
    expect(markerOf(doc, input, 'al-waleed-al-tanf')?.querySelector('.approx-ring')).not.toBeNull();
    const row = chart.table(input).rows.find((r) => r.id === 'crossing-al-waleed-al-tanf')!;
    const [from, to] = [tanf.stretch!.fromKm, tanf.stretch!.toKm].map((km) => Math.round(km));
    expect(row.cells.where!.text).toBe(`somewhere on km ${from}–${to}`);
    expect(chart.steps[0]!.alt(input)).toContain(`Al-Waleed–al-Tanf somewhere on km ${from}–${to}`);
  });
});

describe('every artboard reads cleanly', () => {
  const states = [undefined, ...chart.steps.map((s) => s.id)];
  test.each(chart.widths.flatMap((width) => states.map((step) => [step ?? 'complete', width] as const)))(
    '%s at %i: no text covers another, runs off the artboard or is crossed by a leader or the river',
    (step, width) => {
      const svg = draw(input, step === 'complete' ? undefined : step, width).querySelector('svg')!;
      const boxes = textBoxes(svg);
      expect(clashes(boxes)).toEqual([]);
      expect(offArtboard(boxes, svg)).toEqual([]);
      // No leader or river line may touch a text at all.
      expect(clashes(boxes, markBoxes(svg, '.ld-leader, .ld-river'), 0)).toEqual([]);
    },
  );

  test('each phone step is short enough to sit beside its text, the lines step without the crossings', () => {
    const phone = Math.min(...chart.widths);
    for (const step of chart.steps.map((s) => s.id)) {
      const svg = draw(input, step, phone).querySelector('svg')!;
      expect(Number(svg.getAttribute('height'))).toBeLessThanOrEqual(400);
    }
    expect(draw(input, 'lines', phone).querySelector('.ld-marks .crossing')).toBeNull();
    expect(draw(input, 'lines', phone).querySelector('.ld-band')).not.toBeNull();
    expect(draw(input, 'lines', 720).querySelector('.ld-marks .crossing')).not.toBeNull();
  });
});
