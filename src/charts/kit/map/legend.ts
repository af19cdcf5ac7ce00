/**
 * A map's key, drawn in the SVG below the map so that an embed or a preview image explains
 * itself. A key is sections of rows: a row of items (a symbol and its words) is set side by
 * side, as many a line as fit the width (an item too long for a line of its own gets one, its
 * words wrapped); a row of text is a heading, a note or an entry of a list. A section may ask for
 * two balanced columns under its heading, which it gets on wide artboards. Every line is
 * measured with kit/text.ts.
 *
 * Map legends only for now. It is built to merge with the series charts' legend (kit/legend.ts):
 * an item is the same idea there (a symbol drawn by the chart, and its words), and the layout is
 * pure and returns its height, so a chart can reserve the tallest of its states.
 */
import type { G } from '../../svg.ts';
import { round } from '../round.ts';
import { textWidth, wrap } from '../text.ts';
import { isNarrow, type TypeScale } from '../type-scale.ts';
import type { Point } from './project.ts';

/** Draws one symbol: `at` is the left of its slot and the middle of its line; `width` the slot's. */
export type LegendSymbol = (g: G, at: Point, width: number) => void;

export interface LegendItem {
  /** None: the words stand indented, in line with the other items' words. */
  symbol?: LegendSymbol;
  text: string;
  muted?: boolean;
}

export type LegendRow =
  | { items: readonly LegendItem[] }
  | { text: string; heading?: boolean; muted?: boolean; indent?: number };

export interface LegendSection {
  rows: readonly LegendRow[];
  /** 2: on wide artboards, the rows after the first (its heading) in two balanced columns. */
  columns?: 1 | 2;
}

export interface MapLegendOptions {
  width: number;
  type: TypeScale;
}

/** Padding inside the key, the width of a symbol's slot, the space between items of a row, px. */
export const LEGEND = { pad: 10, symbol: 28, sample: 22, itemGap: 14 } as const;

interface Text {
  x: number;
  lines: string[];
  className: string;
}

/** One laid-out row: its symbols and texts, at x offsets in its column, and how many lines it takes. */
interface Line {
  symbols: { draw: LegendSymbol; x: number }[];
  texts: Text[];
  lines: number;
}

interface Column {
  x: number;
  y: number;
  lines: Line[];
}

export interface MapLegendLayout {
  columns: Column[];
  height: number;
  size: number;
  lineHeight: number;
  gap: number;
}

const textClass = (o: { heading?: boolean | undefined; muted?: boolean | undefined }) =>
  `legend-text${o.heading ? ' legend-text--heading' : ''}${o.muted ? ' legend-text--muted' : ''}`;

function layoutRows(rows: readonly LegendRow[], size: number, width: number): Line[] {
  const placed: Line[] = [];
  for (const row of rows) {
    if (!('items' in row)) {
      const indent = row.indent ?? 0;
      const lines = wrap(row.text, size, width - indent, row.heading ? { weight: 600 } : {});
      placed.push({ symbols: [], texts: [{ x: indent, lines, className: textClass(row) }], lines: lines.length });
      continue;
    }
    // As many items a line as fit the width, in order; an item too long for a line of its own wraps.
    let line: Line | undefined;
    let x = 0;
    for (const item of row.items) {
      const itemWidth = LEGEND.symbol + textWidth(item.text, size);
      const symbol = (at: number) => (item.symbol ? [{ draw: item.symbol, x: at }] : []);
      if (itemWidth > width) {
        const lines = wrap(item.text, size, width - LEGEND.symbol);
        placed.push({
          symbols: symbol(0),
          texts: [{ x: LEGEND.symbol, lines, className: textClass(item) }],
          lines: lines.length,
        });
        line = undefined;
        continue;
      }
      if (!line || x + itemWidth > width) {
        line = { symbols: [], texts: [], lines: 1 };
        placed.push(line);
        x = 0;
      }
      line.symbols.push(...symbol(x));
      line.texts.push({ x: x + LEGEND.symbol, lines: [item.text], className: textClass(item) });
      x += itemWidth + LEGEND.itemGap;
    }
  }
  return placed;
}

/** Where every symbol and line of a key goes, and its height. Pure: draw it with `drawMapLegend`. */
export function mapLegendLayout(sections: readonly LegendSection[], options: MapLegendOptions): MapLegendLayout {
  const { width, type } = options;
  // A phone's key is set at the small size, as the series charts' legends are: it shares the
  // screen with the story's text, and the map's own labels are that size too.
  const size = isNarrow(width) ? type.small : type.base;
  const lineHeight = Math.round(size * type.lineHeight);
  const gap = Math.round(size * 0.35);
  const heightOf = (lines: readonly Line[]) => lines.reduce((sum, l) => sum + l.lines * lineHeight + gap, 0);
  const { pad } = LEGEND;
  const full = width - pad * 2;
  const columns: Column[] = [];
  let y = 0;
  for (const section of sections) {
    if (!section.rows.length) continue;
    // A blank between sections.
    if (columns.length) y += gap * 2;
    const [heading, ...rest] = section.rows;
    if (section.columns === 2 && !isNarrow(width) && rest.length > 1) {
      const half = (width - pad * 3) / 2;
      const top = layoutRows([heading!], size, full);
      const items = layoutRows(rest, size, half);
      const total = heightOf(items);
      let split = 0;
      while (split < items.length && heightOf(items.slice(0, split + 1)) <= total / 2 + lineHeight) split++;
      split = Math.max(1, split);
      const listTop = y + heightOf(top);
      columns.push({ x: pad, y, lines: top });
      columns.push({ x: pad, y: listTop, lines: items.slice(0, split) });
      columns.push({ x: pad * 2 + half, y: listTop, lines: items.slice(split) });
      y = Math.max(listTop + heightOf(items.slice(0, split)), listTop + heightOf(items.slice(split)));
    } else {
      const lines = layoutRows(section.rows, size, full);
      columns.push({ x: pad, y, lines });
      y += heightOf(lines);
    }
  }
  return { columns, height: Math.ceil(pad * 2 + y), size, lineHeight, gap };
}

/** Draws a key on a background filling the artboard's width from `y`, `height` tall (default: its own). */
export function drawMapLegend(g: G, layout: MapLegendLayout, at: { y: number; width: number; height?: number }): void {
  const { size, lineHeight, gap } = layout;
  g.append('rect')
    .attr('class', 'legend-background')
    .attr('y', at.y)
    .attr('width', at.width)
    .attr('height', at.height ?? layout.height);
  for (const column of layout.columns) {
    let y = at.y + column.y + LEGEND.pad + lineHeight / 2;
    for (const line of column.lines) {
      for (const { draw, x } of line.symbols) draw(g, [column.x + x, y], LEGEND.sample);
      for (const t of line.texts) {
        const x = round(column.x + t.x);
        const text = g
          .append('text')
          .attr('class', t.className)
          .attr('font-size', size)
          .attr('x', x)
          .attr('y', round(y + size * 0.35));
        // A space ends each wrapped line, so the text reads as words when extracted.
        t.lines.forEach((l, i) => {
          const words = i < t.lines.length - 1 ? `${l} ` : l;
          text
            .append('tspan')
            .attr('x', x)
            .attr('dy', i === 0 ? 0 : lineHeight)
            .text(words);
        });
      }
      y += line.lines * lineHeight + gap;
    }
  }
}

/** A line sample as a symbol: one path per class, drawn over each other (a casing, then its line). */
export function lineSymbol(...classNames: string[]): LegendSymbol {
  return (g, [x, y], width) => {
    for (const className of classNames)
      g.append('path')
        .attr('class', className)
        .attr('d', `M${round(x)},${round(y)}h${width}`);
  };
}
