/**
 * repatriations — the drawing: a legend, then two panels on one year axis (people above,
 * families below, never converted), then a strip of ticks for the single convoys. Each step
 * fades the claims outside its window to context and labels only its own.
 */
import { scaleLinear, scaleUtc, type ScaleTime } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import { layer, serialize, type G, type Svg } from '../svg.ts';
import type { RenderOptions } from '../types.ts';
import { drawValueAxis, valueLabelsWidth } from '../kit/axis-value.ts';
import { drawYearAxis } from '../kit/axis-time.ts';
import type { Box } from '../kit/box.ts';
import { claimArtboard, stepIn } from '../kit/claim-artboard.ts';
import { claimLabelOrders, type LabelStyle } from '../kit/claim-labels.ts';
import { drawClaim, place } from '../kit/claim-marks.ts';
import { topOf, type Unit } from '../kit/claims.ts';
import type { Period } from '../kit/dates.ts';
import { drawPlacements } from '../kit/label-svg.ts';
import { drawVertical } from '../kit/symbols.ts';
import type { LegendItem } from '../kit/legend.ts';
import { placePhoneLabels } from '../kit/phone-labels.ts';
import { placeLabels } from '../kit/placer.ts';
import { round } from '../kit/round.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import { inWindow, STEP_IDS, UNITS, unitClaims, type RepatriationsInput } from './prepare.ts';
import { describe } from './text.ts';

const s = () => t.charts.repatriations;

/**
 * Panel heights, value ticks and margins, px. On a phone the panels are shorter and the value
 * axes sparser, so a step's drawing fits the screen above its text.
 */
const WIDE = {
  panel: { people: 250, families: 120 },
  ticks: { people: 5, families: 3 },
  gap: 16,
  headingGap: 8,
  nice: true,
  /** Below the convoys: the year axis' words. */
  axis: 26,
  left: 50,
  right: 16,
} as const;
const PHONE = {
  panel: { people: 184, families: 58 },
  ticks: { people: 3, families: 3 },
  gap: 6,
  headingGap: 5,
  // The panels end just above their highest figure, not at a round number: every px counts.
  nice: false,
  axis: 24,
  left: 42,
  right: 14,
} as const;

/** A panel's value scale, from zero to just above its highest figure, before it is given its px. */
const valueScale = (input: RepatriationsInput, unit: Unit, nice: boolean) => {
  const y = scaleLinear().domain([0, Math.max(...unitClaims(input, unit).map(topOf)) * 1.04]);
  return nice ? y.nice(5) : y;
};

interface Context {
  x: ScaleTime<number, number>;
  x0: number;
  x1: number;
  narrow: boolean;
  type: TypeScale;
  radius: number;
  focus: (c: { period: Period }) => boolean;
  ticks: Record<Unit, number>;
  /** From a panel's heading baseline down to its top. */
  headingGap: number;
}

/** The legend: a total, a bar for a year- or month-only date, low confidence, an outlier. */
const legendItems = (r: number): LegendItem[] => {
  const legend = s().legend;
  return [
    { symbols: [{ name: 'dot', r }], text: legend.total },
    { symbols: [{ name: 'bar', r }], text: legend.period },
    {
      symbols: [
        { name: 'hollow', r },
        { name: 'dashed-bar', r },
      ],
      text: legend.low,
    },
    { symbols: [{ name: 'cross', r }], text: legend.outlier },
  ];
};

export function render(input: RepatriationsInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = stepIn('repatriations', STEP_IDS, options.step);
  const { title } = s();
  const board = claimArtboard({
    id: 'repatriations',
    width,
    idPrefix,
    title,
    description: describe(input),
    legend: legendItems,
  });
  const { svg, narrow, type, radius } = board;
  const geometry = narrow ? PHONE : WIDE;
  const yScales = new Map(UNITS.map((unit) => [unit, valueScale(input, unit, geometry.nice)]));
  // The values stand left of the panels: room for the widest, so none is clipped at the edge.
  const widestTick = Math.max(
    ...UNITS.map((unit) => valueLabelsWidth(yScales.get(unit)!.ticks(geometry.ticks[unit]), type.small)),
  );
  const [x0, x1] = [Math.max(geometry.left, Math.ceil(widestTick) + 9), width - geometry.right];

  // Vertical layout: legend, people, families, convoys, year axis.
  const titleH = type.base + geometry.headingGap + 2;
  let y = board.legendBottom + (narrow ? 4 : 12);
  const panels = UNITS.map((unit) => {
    const h = geometry.panel[unit];
    const panel = { unit, top: y + titleH, bottom: y + titleH + h };
    y += titleH + h + geometry.gap;
    return panel;
  });
  const convoyTop = y + titleH;
  const convoyBottom = convoyTop + (input.convoys.length ? 16 : 0);
  const height = Math.round(convoyBottom + geometry.axis);
  board.setHeight(height);

  const x = scaleUtc().domain(input.domain).range([x0, x1]);
  const focus = (c: { period: Period }) => step === undefined || inWindow(input.windows[step])(c);
  const axis = {
    top: panels[0]!.top,
    bottom: convoyBottom + 4,
    labelY: convoyBottom + 18,
    size: type.small,
    right: width,
  };
  drawYearAxis(layer(svg, 'axis axis--time'), x, axis);

  const labels = layer(svg, 'labels');
  const ctx: Context = {
    x,
    x0,
    x1,
    narrow,
    type,
    radius,
    focus,
    ticks: geometry.ticks,
    headingGap: geometry.headingGap,
  };
  for (const panel of panels) drawPanel(svg, labels, input, panel, ctx);
  drawConvoys(svg, input, ctx, { top: convoyTop, bottom: convoyBottom });
  return serialize(svg);
}

/** A panel heading: the unit in bold, then what the figures are. */
function heading(g: G, x: number, y: number, size: number, bold: string, rest: string): void {
  const title = g.append('text').attr('class', 'label').attr('x', round(x)).attr('y', round(y)).attr('font-size', size);
  title.append('tspan').attr('font-weight', 700).text(bold);
  title.append('tspan').attr('class', 'legend-text--muted').text(rest);
}

function drawPanel(
  svg: Svg,
  labels: G,
  input: RepatriationsInput,
  panel: { unit: Unit; top: number; bottom: number },
  ctx: Context,
): void {
  const { x, x0, x1, type, radius } = ctx;
  const claims = unitClaims(input, panel.unit);
  const y = valueScale(input, panel.unit, !ctx.narrow).range([panel.bottom, panel.top]);
  const g = layer(svg, `panel panel--${panel.unit}`, s().panelLabel(s().unit[panel.unit]!));
  drawValueAxis(g, y, { x0, x1, size: type.small, ticks: ctx.ticks[panel.unit] });
  heading(
    g,
    x0,
    panel.top - ctx.headingGap,
    type.base,
    s().unitHeading[panel.unit]!,
    s().panelNote(panel.unit === 'families' && !ctx.narrow),
  );

  const placed = claims.map((c) => place(c, { x, y }, radius));
  const context = g.append('g').attr('class', 'claims claims--context').attr('opacity', 0.28);
  const marks = g.append('g').attr('class', 'claims');
  // Low confidence first, so a filled mark on the same spot stays visible.
  const order = [...placed].sort((a, b) => Number(b.claim.confidence === 'low') - Number(a.claim.confidence === 'low'));
  for (const p of order) drawClaim(ctx.focus(p.claim) ? marks : context, p, radius);

  // Faded context marks may sit under a label (its halo keeps it legible); focus marks may not,
  // nor the gridline labels.
  const focused = placed.filter((p) => ctx.focus(p.claim));
  const reserved: Box[] = [...focused.map((p) => p.box), { x0: 0, x1: x0, y0: panel.top - 10, y1: panel.bottom + 10 }];
  const bounds: Box = { x0: x0 + 2, x1: x1 + (ctx.narrow ? 8 : 14), y0: panel.top - 2, y1: panel.bottom - 2 };
  const style: LabelStyle = { base: type.base, small: type.small, claimantWidth: ctx.narrow ? 150 : 245, year: true };
  // The latest totals are the headline: they are labelled before the rest.
  const latest = new Set(claims.filter(inWindow(input.windows.latest)).map((c) => c.id));
  const orders = claimLabelOrders(focused, bounds, style, radius, [], latest);
  const placements = ctx.narrow
    ? placePhoneLabels(
        reserved,
        orders,
        focused,
        placed.filter((p) => !ctx.focus(p.claim)),
      )
    : placeLabels(reserved, orders[0]!, orders);
  drawPlacements(labels, placements);
}

function drawConvoys(svg: Svg, input: RepatriationsInput, ctx: Context, at: { top: number; bottom: number }): void {
  if (!input.convoys.length) return;
  const { x, x0, x1 } = ctx;
  const g = layer(svg, 'convoys', s().convoysLabel(formatNumber(input.convoys.length)));
  const people = input.convoyPeople;
  const size = people ? s().convoySize(t.charts.kit.marks.span(formatNumber(people[0]), formatNumber(people[1]))) : '';
  const note = ctx.narrow ? size || s().convoysOneByOne : [s().convoysOneByOne, size].filter(Boolean).join(', ');
  heading(g, x0, at.top - ctx.headingGap + 1, ctx.type.base, s().convoysHeading, ` · ${note}`);
  g.append('line')
    .attr('class', 'grid')
    .attr('x1', round(x0))
    .attr('x2', round(x1))
    .attr('y1', round(at.bottom))
    .attr('y2', round(at.bottom))
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.5);
  const context = g.append('g').attr('opacity', 0.28);
  for (const c of input.convoys) {
    const dash = c.confidence === 'low' ? '3 2' : undefined;
    drawVertical(ctx.focus(c) ? g : context, x(c.period.mid), at.top, at.bottom, { dash })
      .attr('class', `convoy convoy--${c.confidence}`)
      .attr('data-convoy', c.id);
  }
}
