/**
 * transfers-2026 — the drawing: a legend, then one panel on a day axis. Figures whose source
 * gives only the month cannot sit on a day axis without inventing a day (in a four-week count,
 * the middle of February would put an early-February figure after the final total), so they
 * stand in a column of their own right of the axis, on the same scale. The final counts are
 * ringed and share one label; each step fades the claims outside it to context.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { layer, serialize, type G } from '../svg.ts';
import type { RenderOptions } from '../types.ts';
import { drawDayAxis } from '../kit/axis-time.ts';
import { drawValueAxis, valueLabelsWidth } from '../kit/axis-value.ts';
import type { Box } from '../kit/box.ts';
import { claimArtboard, stepIn } from '../kit/claim-artboard.ts';
import { claimLabelOrders } from '../kit/claim-labels.ts';
import { dodge, drawClaim, place, placeAt } from '../kit/claim-marks.ts';
import { topOf, type Claim } from '../kit/claims.ts';
import { drawPlacements } from '../kit/label-svg.ts';
import type { LegendItem } from '../kit/legend.ts';
import { placePhoneLabels } from '../kit/phone-labels.ts';
import { placeLabels } from '../kit/placer.ts';
import { round } from '../kit/round.ts';
import { STEP_IDS, type Transfers2026Input } from './prepare.ts';
import { describe } from './text.ts';

const s = () => t.charts['transfers-2026'];

/** The legend: a total, low confidence, an outlier. */
const legendItems = (r: number): LegendItem[] => [
  { symbols: [{ name: 'dot', r }], text: s().legend.total },
  { symbols: [{ name: 'hollow', r }], text: s().legend.low },
  { symbols: [{ name: 'cross', r }], text: s().legend.outlier },
];

export function render(input: Transfers2026Input, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = stepIn('transfers-2026', STEP_IDS, options.step);
  const board = claimArtboard({
    id: 'transfers-2026',
    width,
    idPrefix,
    title: s().title,
    description: describe(input),
    legend: legendItems,
  });
  const { svg, narrow, type, radius } = board;
  const top = board.legendBottom + 12 + type.base + 10;
  const bottom = top + (narrow ? 280 : 320);
  const height = Math.round(bottom + 26 + type.small);
  board.setHeight(height);
  // Headroom above the final counts for their label.
  const y = scaleLinear()
    .domain([0, Math.max(...input.claims.map(topOf)) * 1.12])
    .range([bottom, top])
    .nice(5);
  // Fewer gridlines on a phone; the values stand left of the panel, with room for the widest.
  const ticks = narrow ? 4 : 6;
  const widestTick = valueLabelsWidth(y.ticks(ticks), type.small);
  const [x0, x1] = [Math.max(narrow ? 40 : 48, Math.ceil(widestTick) + 9), width - (narrow ? 12 : 16)];

  // The "day not given" column, right of the day axis, when any figure lacks a day.
  const undated = input.claims.some((c) => c.period.precision !== 'day');
  const columnW = undated ? (narrow ? 40 : 64) : 0;
  const plotX1 = x1 - columnW - (undated ? 10 : 0);
  const columnX = x1 - columnW / 2;
  const x = scaleUtc().domain(input.domain).range([x0, plotX1]);
  const focusIds = new Set(step === undefined ? input.claims.map((c) => c.id) : input.steps[step]);
  const focus = (c: Claim) => focusIds.has(c.id);

  const g = layer(svg, 'panel', s().panelLabel);
  drawValueAxis(g, y, { x0, x1, size: type.small, ticks });
  if (undated) drawColumn(g, { x: columnX, rule: plotX1 + 5, top, bottom, size: type.small });
  const title = g
    .append('text')
    .attr('class', 'label')
    .attr('x', round(x0))
    .attr('y', round(top - 8))
    .attr('font-size', type.base);
  title.append('tspan').attr('font-weight', 700).text(s().heading);
  title.append('tspan').attr('class', 'legend-text--muted').text(s().headingNote);
  // Day axis: ticks a week or so apart.
  drawDayAxis(layer(svg, 'axis axis--time'), x, {
    top,
    bottom: bottom + 4,
    labelY: bottom + 17,
    size: type.small,
    count: narrow ? 4 : 7,
  });

  const placed = dodge(
    input.claims.map((c) =>
      c.period.precision === 'day' ? place(c, { x, y }, radius) : placeAt(c, columnX, { y }, radius),
    ),
    radius,
  );
  const context = g.append('g').attr('class', 'claims claims--context').attr('opacity', 0.28);
  const marks = g.append('g').attr('class', 'claims');
  for (const p of placed) {
    const into = focus(p.claim) ? marks : context;
    drawClaim(into, p, radius);
    // The final counts are ringed (dots) as well as labelled together.
    if (input.finalIds.includes(p.claim.id) && !p.bar)
      into
        .append('circle')
        .attr('class', 'claim-final')
        .attr('cx', round(p.x))
        .attr('cy', round(p.y))
        .attr('r', radius + 3.5)
        .attr('fill', 'none')
        .attr('stroke', 'currentColor')
        .attr('stroke-width', 1.25);
  }

  const focused = placed.filter((p) => focus(p.claim));
  const bounds: Box = { x0: x0 + 2, x1: width - 2, y0: top - 2, y1: bottom - 2 };
  const reserved: Box[] = [...focused.map((p) => p.box), { x0: 0, x1: x0, y0: top - 10, y1: bottom + 10 }];
  const style = { base: type.base, small: type.small, claimantWidth: narrow ? 150 : 245, year: false };
  const finals = {
    ids: new Set(input.finalIds),
    header: s().finalCounts(input.finalIds.length),
    className: 'claim-label--final',
  };
  const orders = claimLabelOrders(focused, bounds, style, radius, [finals]);
  const placements = narrow
    ? placePhoneLabels(
        reserved,
        orders,
        focused,
        placed.filter((p) => !focus(p.claim)),
      )
    : placeLabels(reserved, orders[0]!, orders);
  drawPlacements(layer(svg, 'labels'), placements);
  return serialize(svg);
}

/** The column of figures without a day: set apart by a dashed rule, named under the axis like a tick. */
function drawColumn(g: G, at: { x: number; rule: number; top: number; bottom: number; size: number }): void {
  const rule = round(at.rule);
  g.append('line')
    .attr('class', 'column-rule')
    .attr('x1', rule)
    .attr('x2', rule)
    .attr('y1', round(at.top))
    .attr('y2', round(at.bottom + 4))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.5)
    .attr('stroke-dasharray', '2 2');
  const name = g
    .append('text')
    .attr('class', 'legend-text legend-text--muted')
    .attr('text-anchor', 'middle')
    .attr('font-size', at.size);
  for (const [i, line] of s().column.entries())
    name
      .append('tspan')
      .attr('x', round(at.x))
      .attr('y', round(at.bottom + 17 + i * at.size * 1.15))
      .text(line);
}
