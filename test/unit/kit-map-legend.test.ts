/**
 * The map kit's legend: items side by side where they fit and one a line where they do not,
 * text wrapped at the measured width, a list in two columns on wide artboards only, and a
 * height that grows with what it holds.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { chartSvg, layer, serialize } from '../../src/charts/svg.ts';
import { textWidth } from '../../src/charts/kit/text.ts';
import { typeScale } from '../../src/charts/kit/type-scale.ts';
import {
  drawMapLegend,
  lineSymbol,
  mapLegendLayout,
  LEGEND,
  type LegendSection,
} from '../../src/charts/kit/map/legend.ts';

const items = (n: number, text = 'Item') =>
  Array.from({ length: n }, (_, i) => ({ symbol: lineSymbol('border-line'), text: `${text} ${i + 1}` }));
const list = (n: number): LegendSection => ({
  rows: [
    { text: 'Not on the map:', heading: true },
    ...Array.from({ length: n }, (_, i) => ({ text: `Site ${i + 1}`, muted: true, indent: 12 })),
  ],
  columns: 2,
});

function draw(sections: LegendSection[], width: number) {
  const layout = mapLegendLayout(sections, { width, type: typeScale(width) });
  const frame = { idPrefix: 't', width, height: layout.height, title: 't', description: 'd', className: 'chart' };
  const svg = chartSvg(frame);
  drawMapLegend(layer(svg, 'legend'), layout, { y: 0, width });
  return { layout, doc: parseHTML(`<!doctype html><html><body>${serialize(svg)}</body></html>`).document };
}

test('items that fit share a line; items that do not get a line each', () => {
  const few = draw([{ rows: [{ items: items(2) }] }], 720);
  expect(few.layout.columns[0]!.lines).toHaveLength(1);
  expect(few.doc.querySelectorAll('.legend path.border-line')).toHaveLength(2);
  const many = draw([{ rows: [{ items: items(12, 'A rather long legend item') }] }], 360);
  expect(many.layout.columns[0]!.lines).toHaveLength(12);
  expect(many.layout.height).toBeGreaterThan(few.layout.height);
});

test('a row of items too long for one line flows onto as many lines as it needs, in order, inside the width', () => {
  const width = 320;
  const row = items(6, 'Legend item');
  const { layout, doc } = draw([{ rows: [{ items: row }] }], width);
  const lines = layout.columns[0]!.lines;
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.length).toBeLessThan(row.length);
  expect(lines.flatMap((l) => l.texts.map((t) => t.lines[0]))).toEqual(row.map((i) => i.text));
  for (const line of lines) {
    const last = line.texts.at(-1)!;
    expect(last.x + textWidth(last.lines[0]!, layout.size)).toBeLessThanOrEqual(width - LEGEND.pad * 2);
  }
  expect(doc.querySelectorAll('.legend path.border-line')).toHaveLength(row.length);
});

test('a long text wraps inside the artboard at its measured width', () => {
  const text = 'Location not known, so not on the map: every one of these sites is listed here by name instead';
  const { layout, doc } = draw([{ rows: [{ text }] }], 360);
  expect(layout.columns[0]!.lines[0]!.lines).toBeGreaterThan(1);
  const spans = [...doc.querySelectorAll('.legend-text tspan')].map((s) => s.textContent!.trim());
  expect(spans.length).toBeGreaterThan(1);
  expect(spans.join(' ')).toBe(text);
  for (const span of spans) expect(textWidth(span, layout.size)).toBeLessThanOrEqual(360 - LEGEND.pad * 2);
});

test('a list is set in two balanced columns on a wide artboard, stacked on a phone', () => {
  const wide = draw([{ rows: [{ items: items(2) }] }, list(10)], 720).layout;
  expect(wide.columns).toHaveLength(4);
  const [, , left, right] = wide.columns;
  expect(left!.lines.length + right!.lines.length).toBe(10);
  expect(Math.abs(left!.lines.length - right!.lines.length)).toBeLessThanOrEqual(1);
  expect(right!.x).toBeGreaterThan(720 / 2);
  const narrow = draw([{ rows: [{ items: items(2) }] }, list(10)], 360).layout;
  expect(narrow.columns).toHaveLength(2);
  expect(narrow.height).toBeGreaterThan(wide.height);
});

test('a heading and muted text take their classes; a background fills the given height', () => {
  const { doc } = draw([list(2)], 360);
  expect(doc.querySelectorAll('.legend-text--heading')).toHaveLength(1);
  expect(doc.querySelectorAll('.legend-text--muted')).toHaveLength(2);
  const layout = mapLegendLayout([list(2)], { width: 360, type: typeScale(360) });
  const svg = chartSvg({ idPrefix: 't', width: 360, height: 300, title: 't', description: 'd', className: 'chart' });
  drawMapLegend(layer(svg, 'legend'), layout, { y: 40, width: 360, height: 200 });
  const rect = svg.select('.legend-background');
  expect([rect.attr('y'), rect.attr('height')]).toEqual(['40', '200']);
});
