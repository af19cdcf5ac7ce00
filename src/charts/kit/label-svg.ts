/** Placed labels drawn into an SVG group (d3-selection): leader lines first, then the text. */
import type { G } from '../svg.ts';
import { LEADING, type Line, type Placement } from './placer.ts';
import { round } from './round.ts';

export function drawPlacements(g: G, placements: readonly Placement[]): void {
  for (const p of placements) if (p.leader) drawLeader(g, p);
  for (const p of placements) drawLines(g, p.box, p.align, p.lines, p.request.className);
}

function drawLeader(g: G, { leader }: Placement): void {
  const { from, to } = leader!;
  g.append('line')
    .attr('class', 'leader')
    .attr('x1', round(from.x))
    .attr('y1', round(from.y))
    .attr('x2', round(to.x))
    .attr('y2', round(to.y))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.6)
    .attr('stroke-width', 0.75);
}

/** Lines of text filling a box, aligned at its start, end or middle, with a halo. */
export function drawLines(
  g: G,
  box: { x0: number; x1: number; y0: number },
  align: 'start' | 'end' | 'middle',
  lines: readonly Line[],
  className = '',
): void {
  const x = align === 'start' ? box.x0 : align === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
  const text = g.append('text').attr('class', `label halo ${className}`.trim()).attr('text-anchor', align);
  let y = box.y0;
  for (const line of lines) {
    y += line.size * LEADING;
    // The baseline sits a little above the line box's foot, leaving room for descenders.
    const span = text
      .append('tspan')
      .attr('x', round(x))
      .attr('y', round(y - line.size * 0.3))
      .attr('font-size', line.size)
      .text(line.text);
    if (line.weight && line.weight !== 400) span.attr('font-weight', line.weight);
    if (line.italic) span.attr('font-style', 'italic');
    if (line.muted) span.attr('class', 'legend-text--muted');
    if (line.tail)
      text.append('tspan').attr('class', 'legend-text--muted').attr('font-size', line.size).text(line.tail);
  }
}
