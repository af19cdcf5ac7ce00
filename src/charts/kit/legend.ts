/**
 * The one legend: items (symbols, then words) flowing in rows that wrap at a width measured
 * with the chart typeface (text.ts). An item may start a row of its own; an item too wide for
 * a row wraps its words beside its symbols. Laid out first (pure, so a chart can size its
 * margins before it draws), then drawn with d3; in a Plot chart, through `plotLayer`.
 */
import type { G } from '../svg.ts';
import { round } from './round.ts';
import { drawSymbol, symbolWidth, type SymbolSpec } from './symbols.ts';
import { textWidth, wrap } from './text.ts';

/** A swatch of the kit's symbols, or one a chart draws itself (a map's border line, a site). */
export type Swatch = SymbolSpec | { width: number; draw(g: G, cx: number, cy: number): void };

export interface LegendItem {
  symbols: readonly Swatch[];
  text: string;
  /** Start a new row with this item (e.g. a new kind of mark). */
  newRow?: boolean;
  /** Classes of the item's text, after "legend-text" (e.g. "legend-text--muted"). */
  className?: string;
}

export interface LegendOptions {
  /** Top-left corner of the legend, px. */
  x: number;
  y: number;
  /** The width rows wrap at, px. */
  width: number;
  /** Type size of the words, px. */
  size: number;
}

/** An item where it goes: `y` is the middle of its first line. */
export interface LegendEntry {
  item: LegendItem;
  x: number;
  y: number;
  lines: string[];
}

/** Space after each symbol, and between items in a row, px. */
const SYMBOL_GAP = 4;
const ITEM_GAP = 14;
/** Row height and the leading of an item's wrapped words, in ems. */
const ROW = 1.6;
const LEADING = 1.25;

const swatchWidth = (s: Swatch) => ('draw' in s ? s.width : symbolWidth(s));
const symbolsWidth = (item: LegendItem) => item.symbols.reduce((w, s) => w + swatchWidth(s) + SYMBOL_GAP, 0);

/** Where each item goes, and the height the rows take. */
export function legendLayout(
  items: readonly LegendItem[],
  options: LegendOptions,
): { entries: LegendEntry[]; height: number } {
  const { x: left, width, size } = options;
  const rowH = size * ROW;
  const entries: LegendEntry[] = [];
  let x = left;
  let top = options.y;
  let rowBottom = top + rowH;
  for (const item of items) {
    const sw = symbolsWidth(item);
    const w = sw + textWidth(item.text, size);
    if (x > left && (item.newRow || x + w > left + width)) {
      x = left;
      top = rowBottom;
      rowBottom = top + rowH;
    }
    // Alone and still too wide: the words wrap beside the symbols.
    const lines = x + w > left + width ? wrap(item.text, size, width - sw) : [item.text];
    entries.push({ item, x, y: top + rowH / 2, lines });
    rowBottom = Math.max(rowBottom, top + rowH + (lines.length - 1) * size * LEADING);
    x += sw + Math.max(...lines.map((l) => textWidth(l, size))) + ITEM_GAP;
  }
  return { entries, height: items.length ? rowBottom - options.y : 0 };
}

/** Draws the legend into `g`; returns the height it takes, px. */
export function drawLegend(g: G, items: readonly LegendItem[], options: LegendOptions): number {
  const { entries, height } = legendLayout(items, options);
  const { size } = options;
  for (const { item, x, y, lines } of entries) {
    const entry = g.append('g').attr('class', 'legend-item');
    let sx = x;
    for (const s of item.symbols) {
      const w = swatchWidth(s);
      if ('draw' in s) s.draw(entry, sx + w / 2, y);
      else drawSymbol(entry, s, sx + w / 2, y);
      sx += w + SYMBOL_GAP;
    }
    const text = entry
      .append('text')
      .attr('class', `legend-text${item.className ? ` ${item.className}` : ''}`)
      .attr('x', round(sx))
      .attr('y', round(y + size * 0.35))
      .attr('font-size', size)
      .attr('text-anchor', 'start');
    if (lines.length === 1) text.text(lines[0]!);
    // A space ends each wrapped line, so the words read as words when the text is extracted.
    else
      for (const [i, l] of lines.entries())
        text
          .append('tspan')
          .attr('x', round(sx))
          .attr('dy', i ? round(size * LEADING) : 0)
          .text(i < lines.length - 1 ? `${l} ` : l);
  }
  return height;
}
