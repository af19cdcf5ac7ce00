/**
 * The kit's legend (src/charts/kit/legend.ts): items flow in rows that wrap within the width
 * measured with the chart typeface, an item may start a row, words wrap beside their symbols
 * when an item is wider than a row, and the height it returns is the height it draws.
 */
import { expect, test } from 'vitest';
import { drawLegend, legendLayout, type LegendItem } from '../../src/charts/kit/legend.ts';
import { symbolWidth } from '../../src/charts/kit/symbols.ts';
import { textWidth } from '../../src/charts/kit/text.ts';
import { chartSvg, type G, layer } from '../../src/charts/svg.ts';

const size = 12;
const at = { x: 4, y: 4, width: 300, size };
const item = (text: string, o: Partial<LegendItem> = {}): LegendItem => ({
  symbols: [{ name: 'dot', r: 4 }],
  text,
  ...o,
});
const items = [
  'reported total',
  'dated to a year or month only',
  'low confidence',
  'outlier, not comparable',
  'a range',
].map((t) => item(t));
const right = (e: ReturnType<typeof legendLayout>['entries'][number]) =>
  e.x +
  e.item.symbols.reduce((w, s) => w + ('draw' in s ? s.width : symbolWidth(s)) + 4, 0) +
  Math.max(...e.lines.map((l) => textWidth(l, size)));

test('items flow into rows that stay within the width', () => {
  const { entries, height } = legendLayout(items, at);
  expect(entries.length).toBe(items.length);
  const rows = new Set(entries.map((e) => e.y));
  expect(rows.size).toBeGreaterThan(1);
  for (const e of entries) expect(right(e)).toBeLessThanOrEqual(at.x + at.width);
  expect(height).toBeCloseTo(rows.size * size * 1.6);
});

test('an item marked newRow starts a row of its own', () => {
  const { entries } = legendLayout([item('a'), item('b', { newRow: true })], at);
  expect(entries[1]!.y).toBeGreaterThan(entries[0]!.y);
  expect(entries[1]!.x).toBe(at.x);
});

test('an item wider than a row wraps its words beside its symbols, and the rows below move down', () => {
  const long = item('the span of a date given only as a month or year, drawn across the whole period it names');
  const { entries, height } = legendLayout([long, item('next', { newRow: true })], at);
  expect(entries[0]!.lines.length).toBeGreaterThan(1);
  expect(right(entries[0]!)).toBeLessThanOrEqual(at.x + at.width);
  expect(entries[1]!.y - entries[0]!.y).toBeGreaterThan(size * 1.6);
  expect(height).toBeGreaterThan(2 * size * 1.6);
});

test('drawLegend draws every item with its symbols and returns the height laid out', () => {
  const svg = chartSvg({ idPrefix: 't', width: 400, height: 100, title: 't', description: 'd', className: 'c' });
  const withCustom = [
    ...items,
    {
      symbols: [
        { width: 20, draw: (g: G, cx: number, cy: number) => void g.append('rect').attr('x', cx).attr('y', cy) },
      ],
      text: 'custom',
    },
  ];
  const h = drawLegend(layer(svg, 'legend'), withCustom, at);
  expect(h).toBe(legendLayout(withCustom, at).height);
  const node = svg.node()!;
  expect(node.querySelectorAll('.legend-item').length).toBe(withCustom.length);
  expect(node.querySelectorAll('.legend-item circle').length).toBe(items.length);
  expect(node.querySelectorAll('.legend-item rect').length).toBe(1);
  expect([...node.querySelectorAll('.legend-text')].map((t) => t.textContent)).toEqual(withCustom.map((i) => i.text));
});
