/**
 * A value axis drawn with d3: horizontal gridlines across a panel and the values at its left,
 * the zero line darker. Numbers through Intl with the edition's locale.
 */
import type { ScaleLinear } from 'd3-scale';
import type { G } from '../svg.ts';
import { formatNumber } from '../../lib/format/index.ts';
import { round } from './round.ts';
import { textWidth } from './text.ts';

export interface ValueAxisOptions {
  /** Left and right ends of the gridlines, px; the values stand left of x0. */
  x0: number;
  x1: number;
  /** Type size of the values, px. */
  size: number;
  /** About how many ticks (d3's `ticks` count). */
  ticks: number;
}

export function drawValueAxis(g: G, y: ScaleLinear<number, number>, { x0, x1, size, ticks }: ValueAxisOptions): void {
  for (const t of y.ticks(ticks)) {
    const yy = round(y(t));
    g.append('line')
      .attr('class', 'grid')
      .attr('x1', round(x0))
      .attr('x2', round(x1))
      .attr('y1', yy)
      .attr('y2', yy)
      .attr('stroke', 'currentColor')
      .attr('stroke-opacity', t === 0 ? 0.5 : 0.14);
    g.append('text')
      .attr('class', 'legend-text legend-text--muted')
      .attr('x', round(x0 - 5))
      .attr('y', round(y(t) + size * 0.35))
      .attr('text-anchor', 'end')
      .attr('font-size', size)
      .text(formatNumber(t));
  }
}

/** The widest of some values as the axis writes them, px: the room they need left of a panel. */
export const valueLabelsWidth = (values: readonly number[], size: number): number =>
  Math.max(0, ...values.map((v) => textWidth(formatNumber(v), size)));
