/** Lines of text drawn as one <text>: the first baseline at y, each next one a line-height lower. */
import type { G } from '../svg.ts';
import { round } from './round.ts';

export interface TextLinesOptions {
  className: string;
  /** Type size, px. */
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines, in ems (default 1.3, the type scale's). */
  lineHeight?: number;
}

export function textLines(g: G, x: number, y: number, lines: readonly string[], options: TextLinesOptions): void {
  const step = options.size * (options.lineHeight ?? 1.3);
  const text = g
    .append('text')
    .attr('class', options.className)
    .attr('font-size', options.size)
    .attr('x', round(x))
    .attr('y', round(y));
  if (options.anchor && options.anchor !== 'start') text.attr('text-anchor', options.anchor);
  if (lines.length === 1) text.text(lines[0]!);
  else
    for (const [i, line] of lines.entries())
      text
        .append('tspan')
        .attr('x', round(x))
        .attr('dy', i === 0 ? 0 : round(step))
        .text(line);
}
