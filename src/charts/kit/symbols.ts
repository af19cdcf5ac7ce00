/**
 * The symbols marks and legends share, so a legend's swatch is drawn exactly like the mark it
 * explains. Each is described once, as plain options (`dotOptions`, for Observable Plot's dot
 * mark) and drawn with d3 (`drawSymbol`, for d3 charts and for legends in any chart). Colours
 * are currentColor: CSS classes (marks.css) give them, light and dark.
 */
import { symbol, symbolDiamond, symbolSquare, symbolTimes, symbolTriangle } from 'd3-shape';
import type { Selection } from 'd3-selection';
import type { G } from '../svg.ts';
import { round } from './round.ts';

/**
 * dot: filled; hollow: an outline; dashed: a dashed outline; cross: an outlier; square,
 * triangle, diamond: filled group marks; bar / dashed-bar: a period with end caps; span: the
 * thin period of a partial date; tick: a single event; range: a vertical range with caps;
 * more-than: an outline with an arrow rising from it; block: a filled square (a shaded area).
 */
export type SymbolName =
  | 'dot'
  | 'hollow'
  | 'dashed'
  | 'cross'
  | 'square'
  | 'triangle'
  | 'diamond'
  | 'bar'
  | 'dashed-bar'
  | 'span'
  | 'tick'
  | 'range'
  | 'more-than'
  | 'block';

export interface SymbolSpec {
  name: SymbolName;
  /** The radius of the mark it stands for, px. */
  r: number;
  /** CSS classes (e.g. a group's colour), on the symbol's own group. */
  className?: string;
}

/** Plot's symbol types, by name, so drawn swatches match Plot's marks. */
const SHAPES = { cross: symbolTimes, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond } as const;
const DASH = '2 1.6';
const BAR_DASH = '4 2.5';

/** A dot's radius and paint, as Plot's dot mark takes them (and d3 draws them here). */
export interface DotOptions {
  r: number;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  symbol?: 'times' | 'square' | 'triangle' | 'diamond';
}

/** The options of a Plot dot drawn as this symbol (dot, hollow, dashed, cross, square, triangle, diamond). */
export function dotOptions(name: SymbolName, r: number): DotOptions {
  switch (name) {
    case 'hollow':
      return { r, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 };
    case 'dashed':
      return { r, fill: 'none', stroke: 'currentColor', strokeWidth: 1.3, strokeDasharray: DASH };
    case 'cross':
      return { r: r + 1, fill: 'none', stroke: 'currentColor', strokeWidth: 2, symbol: 'times' };
    case 'square':
    case 'triangle':
    case 'diamond':
      return { r, fill: 'currentColor', stroke: 'none', symbol: name };
    default:
      return { r, fill: 'currentColor', stroke: 'none' };
  }
}

/** How wide a symbol draws, px: legends lay out rows with it. */
export function symbolWidth({ name, r }: SymbolSpec): number {
  if (name === 'bar' || name === 'dashed-bar') return 22;
  if (name === 'span' || name === 'block') return 14;
  return Math.max(8, 2 * r + 2);
}

/** Draws a symbol centred on (cx, cy). */
export function drawSymbol(parent: G, spec: SymbolSpec, cx: number, cy: number): void {
  const g = spec.className ? parent.append('g').attr('class', spec.className) : parent;
  const { name, r } = spec;
  const w = symbolWidth(spec);
  const o = dotOptions(name, r);
  switch (name) {
    case 'dot':
    case 'hollow':
    case 'dashed': {
      return void paint(g.append('circle').attr('cx', round(cx)).attr('cy', round(cy)).attr('r', o.r), o);
    }
    case 'cross':
    case 'square':
    case 'triangle':
    case 'diamond': {
      const d = symbol(SHAPES[name], o.r * o.r * Math.PI)()!;
      return void paint(
        g
          .append('path')
          .attr('transform', `translate(${round(cx)},${round(cy)})`)
          .attr('d', d),
        o,
      );
    }
    case 'bar':
    case 'dashed-bar':
      return void drawBar(g, cx - w / 2, cx + w / 2, cy, name === 'dashed-bar');
    case 'span':
      return void stroke(
        g,
        `M${round(cx - w / 2)},${round(cy)}h${w}` +
          `M${round(cx - w / 2)},${round(cy - 2.5)}v5M${round(cx + w / 2)},${round(cy - 2.5)}v5`,
        1,
      );
    case 'tick':
      return void stroke(g, `M${round(cx)},${round(cy - 6)}v12`, 2);
    case 'range':
      return void stroke(
        g,
        `M${round(cx)},${round(cy - 6)}v12M${round(cx - 3)},${round(cy - 6)}h6M${round(cx - 3)},${round(cy + 6)}h6`,
        2,
      );
    case 'more-than': {
      drawSymbol(g, { name: 'hollow', r }, cx, cy + 3);
      const top = cy + 3 - r;
      return void stroke(
        g,
        `M${round(cx)},${round(top)}v-7M${round(cx - 2.5)},${round(top - 4.5)}l2.5,-2.5l2.5,2.5`,
        1.5,
      );
    }
    case 'block':
      g.append('rect')
        .attr('x', round(cx - w / 2))
        .attr('y', round(cy - w / 2))
        .attr('width', w)
        .attr('height', w);
  }
}

/** A vertical stroke at x from y0 to y1 (a range between its ends, a tick for one event); dashed when low. */
export function drawVertical(g: G, x: number, y0: number, y1: number, o: { width?: number; dash?: string } = {}) {
  const line = g.append('line').attr('x1', round(x)).attr('x2', round(x)).attr('y1', round(y0)).attr('y2', round(y1));
  line.attr('stroke', 'currentColor').attr('stroke-width', o.width ?? 2);
  if (o.dash) line.attr('stroke-dasharray', o.dash);
  return line;
}

/** A period as a horizontal bar with end caps, x0 to x1 at y; dashed for low confidence. */
export function drawBar(g: G, x0: number, x1: number, y: number, dashed = false): void {
  const [a, b, c] = [round(x0), round(x1), round(y)];
  const bar = stroke(g, `M${a},${round(y - 4)}V${round(y + 4)}M${a},${c}H${b}M${b},${round(y - 4)}V${round(y + 4)}`, 2);
  if (dashed) bar.attr('stroke-dasharray', BAR_DASH);
}

function paint<E extends SVGElement>(el: Selection<E, unknown, null, undefined>, o: DotOptions): void {
  el.attr('fill', o.fill).attr('stroke', o.stroke);
  if (o.strokeWidth !== undefined) el.attr('stroke-width', o.strokeWidth);
  if (o.strokeDasharray !== undefined) el.attr('stroke-dasharray', o.strokeDasharray);
}

function stroke(g: G, d: string, width: number) {
  return g.append('path').attr('d', d).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', width);
}
