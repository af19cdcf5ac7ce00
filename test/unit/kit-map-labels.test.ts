/**
 * The map kit's place labels, through the one placer: on the real basemap at a 320 px phone
 * artboard and a wide one, no label overlaps another, a reserved mark or the border line, and
 * every label stays inside the artboard. Then the placement that keeps off soft obstacles.
 */
import { describe, expect, test } from 'vitest';
import { inflate, lineBoxes, overlaps, pointBox, within, type Box } from '../../src/charts/kit/box.ts';
import { placeAvoiding } from '../../src/charts/kit/place-avoiding.ts';
import { placeGreedy, type LabelRequest } from '../../src/charts/kit/placer.ts';
import { typeScale } from '../../src/charts/kit/type-scale.ts';
import { selectBasemap } from '../../src/charts/kit/map/basemap.ts';
import { basemapLabels, mapLabel, MAP_LABEL, PLACE_KINDS } from '../../src/charts/kit/map/place-label.ts';
import { frameBox, lineOnScreen, mapFrame, project } from '../../src/charts/kit/map/project.ts';
import { scaleBar } from '../../src/charts/kit/map/scale-bar.ts';
import { chartSvg, layer } from '../../src/charts/svg.ts';
import { admin1, borderLine, places } from '../../src/data/geography.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { areaAround, fitProjection } from '../../src/lib/geo/index.ts';

const data = loadSiteData();
const line = borderLine(data);
const parts = selectBasemap(data, { rivers: ['Tigris', 'Euphrates'] });

function layout(width: number) {
  const { projection, height } = fitProjection(areaAround(line, { x: 150, y: 45 }), { width, margin: [0, 0, 0, 0] });
  const frame = mapFrame(projection, width, height);
  const type = typeScale(width);
  // Every city and governorate the data hold: more labels than fit, so the placer must drop some.
  const base = basemapLabels(
    frame,
    {
      countries: parts.countries,
      places: places(data).features,
      units: admin1(data).features,
      rivers: parts.rivers,
    },
    type,
  );
  const svg = chartSvg({ idPrefix: 't', width, height, title: 't', description: 'd', className: 'chart' });
  const marks: Box[] = [
    scaleBar(layer(svg, 'map'), frame, { size: type.small }),
    // Two marks on the line, as crossings would be.
    ...[0.2, 0.7].map((f) => {
      const points = lineOnScreen(projection, line);
      return pointBox(points[Math.floor(f * points.length)]!, type.marker);
    }),
  ];
  const border = lineBoxes(lineOnScreen(projection, line));
  const reserved = [...marks, ...base.reserved, ...border];
  return { frame, base, reserved, placements: placeGreedy(reserved, base.requests) };
}

describe.each([320, 720])('the basemap labels at %i px', (width) => {
  const { frame, base, reserved, placements } = layout(width);

  test('place some labels and drop others rather than overlap', () => {
    expect(placements.length).toBeGreaterThanOrEqual(8);
    expect(placements.length).toBeLessThan(base.requests.length);
  });

  test('never overlap each other', () => {
    expect(placements.length).toBeGreaterThanOrEqual(8);
    for (const [i, a] of placements.entries())
      for (const b of placements.slice(i + 1))
        expect(overlaps(a.box, b.box), `${a.lines[0]!.text} / ${b.lines[0]!.text}`).toBe(false);
  });

  test('never cover a reserved mark, a city’s dot or the border line', () => {
    expect(placements.length).toBeGreaterThanOrEqual(8);
    expect(reserved.length).toBeGreaterThan(base.reserved.length);
    for (const p of placements) for (const r of reserved) expect(overlaps(p.box, r), p.lines[0]!.text).toBe(false);
  });

  test('stay inside the artboard, clear of its edges', () => {
    expect(placements.length).toBeGreaterThanOrEqual(8);
    for (const p of placements) expect(within(p.box, frameBox(frame, MAP_LABEL.pad)), p.lines[0]!.text).toBe(true);
  });

  test('set country names in capitals, measured letter-spaced and semibold as drawn', () => {
    const countries = placements.filter((p) => p.request.className?.startsWith('label--country'));
    expect(countries.length).toBeGreaterThan(0);
    for (const p of countries) {
      expect(p.lines[0]!.text).toBe(p.lines[0]!.text.toUpperCase());
      expect(p.lines[0]).toMatchObject(PLACE_KINDS.country.style);
    }
  });

  test('draw a city’s dot only with its name', () => {
    const named = placements.filter((p) => base.dots.has(p.request));
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(base.dots.size);
    for (const p of named) expect(p.request.className).toBe('label--place');
  });
});

describe('placeAvoiding', () => {
  const bounds = { x0: 0, y0: 0, x1: 400, y1: 200 };
  const at: [number, number] = [200, 100];
  const request = (sides: LabelRequest['sides']): LabelRequest => ({
    ...mapLabel(at, 'A long label here', { kind: 'place', size: 10, bounds, sides }),
    versions: [[{ text: 'A long label here', size: 10 }], [{ text: 'Short', size: 10 }]],
  });
  const soft = [{ x0: 205, y0: 0, x1: 207, y1: 200, thin: true }];

  test('keeps a label off a soft obstacle where another side allows', () => {
    const [p] = placeAvoiding([], soft, [request(['right', 'left'])]);
    expect(p!.side).toBe('left');
    expect(p!.version).toBe(0);
  });

  test('crosses a soft obstacle rather than shorten the label', () => {
    const [p] = placeAvoiding([], soft, [request(['right'])]);
    expect(p!.side).toBe('right');
    expect(p!.version).toBe(0);
  });

  test('never crosses a reserved box: shortens, then drops', () => {
    const wall = inflate({ x0: 260, y0: 90, x1: 260, y1: 110 }, 1);
    const [p] = placeAvoiding([wall], soft, [request(['right'])]);
    expect(p!.version).toBe(1);
    expect(placeAvoiding([{ x0: 204, y0: 0, x1: 400, y1: 200 }], [], [request(['right'])])).toEqual([]);
  });
});

test('a place outside the frame gets no label', () => {
  const { frame, base } = layout(320);
  const outside = places(data).features.filter((p) => {
    const at = project(frame.projection, p.geometry.coordinates);
    return !at || at[0] < 0 || at[0] > frame.width || at[1] < 0 || at[1] > frame.height;
  });
  expect(outside.length).toBeGreaterThan(0);
  const names = new Set([...base.dots.keys()].map((r) => r.versions[0]![0]!.text));
  for (const p of outside) expect(names.has(p.properties.name_en)).toBe(false);
});
