/** The map kit's basemap: every layer is drawn from the data, the focus countries apart. */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { chartSvg, layer, serialize } from '../../src/charts/svg.ts';
import { basemap, drawBorder, selectBasemap } from '../../src/charts/kit/map/basemap.ts';
import { mapFrame } from '../../src/charts/kit/map/project.ts';
import { admin1, borderLine, BORDER_COUNTRIES } from '../../src/data/geography.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { areaAround, fitProjection } from '../../src/lib/geo/index.ts';

const data = loadSiteData();
const parts = selectBasemap(data, { rivers: ['Tigris', 'Euphrates'] });
const line = borderLine(data);
const units = admin1(data).features.filter((u) => u.properties.adm0_a3 === 'IRQ');

function frameAt(width: number) {
  const { projection, height } = fitProjection(areaAround(line, { x: 150, y: 45 }), { width, margin: [0, 0, 0, 0] });
  return mapFrame(projection, width, height);
}

function draw(width: number) {
  const frame = frameAt(width);
  const { height } = frame;
  const svg = chartSvg({ idPrefix: 't', width, height, title: 't', description: 'd', className: 'chart' });
  const map = layer(svg, 'map');
  basemap(map, frame, parts, { units });
  drawBorder(layer(map, 'border'), frame, line);
  return parseHTML(`<!doctype html><html><body>${serialize(svg)}</body></html>`).document;
}

test('selectBasemap takes the named rivers only, and one admin-1 mesh per focus country', () => {
  expect(parts.rivers.length).toBeGreaterThan(0);
  expect(new Set(parts.rivers.map((r) => r.properties.name_en))).toEqual(new Set(['Tigris', 'Euphrates']));
  expect(parts.adminLines).toHaveLength(BORDER_COUNTRIES.length);
  expect(parts.countries.length).toBeGreaterThan(BORDER_COUNTRIES.length);
});

for (const width of [320, 720])
  test(`draws sea, countries, focus, governorates, admin lines, lakes, rivers and the border (${width} px)`, () => {
    const doc = draw(width);
    const path = frameAt(width).path;
    // What the frame shows of each layer: a feature clipped away entirely draws nothing.
    const shown = (features: readonly Parameters<typeof path>[0][]) => features.filter((f) => path(f) !== null).length;
    const base = doc.querySelector('.basemap')!;
    expect(base.getAttribute('aria-hidden')).toBe('true');
    expect(base.querySelectorAll('rect.sea')).toHaveLength(1);
    expect(base.querySelector('rect.sea')!.getAttribute('width')).toBe(String(width));
    expect(shown(parts.countries)).toBeGreaterThan(BORDER_COUNTRIES.length);
    expect(base.querySelectorAll('path.country')).toHaveLength(shown(parts.countries));
    expect(base.querySelectorAll('path.land--focus')).toHaveLength(BORDER_COUNTRIES.length);
    expect(base.querySelectorAll('path.unit--border')).toHaveLength(shown(units));
    expect(base.querySelectorAll('path.admin-line')).toHaveLength(parts.adminLines.length);
    expect(base.querySelectorAll('path.lake')).toHaveLength(shown(parts.lakes));
    expect(base.querySelectorAll('path.river')).toHaveLength(parts.rivers.length);
    expect(base.querySelectorAll('path.river').length).toBeGreaterThan(0);
    // The layers in drawing order: fills under lines, water over the admin lines.
    const order = [...base.children].map((el) => el.getAttribute('class')!.split(' ')[0]);
    expect(order.indexOf('sea')).toBe(0);
    expect(order.lastIndexOf('country')).toBeLessThan(order.indexOf('admin-line'));
    expect(order.lastIndexOf('admin-line')).toBeLessThan(order.indexOf('river'));
    const border = doc.querySelectorAll('.border path');
    expect([...border].map((p) => p.getAttribute('class'))).toEqual(['border-casing', 'border-line']);
    for (const path of base.querySelectorAll('path'))
      expect(path.getAttribute('d'), path.getAttribute('class')!).toMatch(/^M/);
  });
