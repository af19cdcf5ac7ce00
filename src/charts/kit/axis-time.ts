/**
 * Time axes drawn with d3 under one or more panels: years (faint boundaries, each year's name
 * centred in its span) or days (gridlines at d3's ticks, "21 Jan" under each). Tick words come
 * from dates.ts, through Intl with the edition's locale.
 */
import type { ScaleTime } from 'd3-scale';
import type { G } from '../svg.ts';
import { dayTick, yearTick } from './dates.ts';
import { round } from './round.ts';
import { textWidth } from './text.ts';

export interface TimeAxisOptions {
  /** Top and bottom of the gridlines, px. */
  top: number;
  bottom: number;
  /** Baseline of the tick words, px. */
  labelY: number;
  /** Type size of the tick words, px. */
  size: number;
}

const gridline = (g: G, x: number, { top, bottom }: TimeAxisOptions) =>
  g
    .append('line')
    .attr('class', 'grid')
    .attr('x1', round(x))
    .attr('x2', round(x))
    .attr('y1', round(top))
    .attr('y2', round(bottom))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.14);

const tickText = (g: G, x: number, text: string, anchor: 'start' | 'middle', { labelY, size }: TimeAxisOptions) =>
  g
    .append('text')
    .attr('class', 'legend-text legend-text--muted')
    .attr('x', round(x))
    .attr('y', round(labelY))
    .attr('text-anchor', anchor)
    .attr('font-size', size)
    .text(text);

/**
 * Years: a boundary at each new year, the year's name centred in its span, or at its start when
 * the span is too short (dropped when it would run off the artboard, `right`).
 */
export function drawYearAxis(g: G, x: ScaleTime<number, number>, options: TimeAxisOptions & { right: number }): void {
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const first = new Date(d0).getUTCFullYear();
  const last = new Date(d1 - 1).getUTCFullYear();
  for (let year = first; year <= last; year++) {
    const xa = x(Math.max(Date.UTC(year, 0, 1), d0));
    const xb = x(Math.min(Date.UTC(year + 1, 0, 1), d1));
    if (year > first) gridline(g, xa, options);
    const label = yearTick(Date.UTC(year, 0, 1));
    const w = textWidth(label, options.size);
    const fits = xb - xa >= w + 4;
    if (!fits && xa + 2 + w > options.right + 2) continue;
    tickText(g, fits ? (xa + xb) / 2 : xa + 2, label, fits ? 'middle' : 'start', options);
  }
}

/** Days: a gridline and the day's name at about `count` of d3's ticks. */
export function drawDayAxis(g: G, x: ScaleTime<number, number>, options: TimeAxisOptions & { count: number }): void {
  for (const t of x.ticks(options.count).map(Number)) {
    gridline(g, x(t), options);
    tickText(g, x(t), dayTick(t), 'middle', options);
  }
}
