/**
 * transfers-2026 — "Detainees moved from Syria to Iraq, 2026": every running total reported
 * during the US-run transfer of IS suspects from north-east Syria to Iraq, on a day axis, each
 * a separate claim with who gave it. Nothing is joined by a line. Figures whose source gives
 * only the month cannot sit on a day axis without inventing a day (in a four-week count, the
 * middle of February would put an early-February figure after the final total), so they stand
 * in a column of their own beside the axis, on the same scale, labelled with what the source
 * says about the date. The final counts are grouped and ringed; outliers are crosses;
 * low-confidence figures are hollow.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize } from '../svg.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatNumber, formatPartialDate, latestDate } from '../../lib/format/index.ts';
import {
  claimLabelOrders,
  claimsOf,
  dayTick,
  dodge,
  placeAt,
  drawClaim,
  drawLegend,
  drawPlacements,
  drawValueAxis,
  figureText,
  layoutLabels,
  place,
  r1,
  shortClaimant,
  tableDate,
  topOf,
  type Box,
  type Claim,
  type Confidence,
} from '../repatriations/claims.ts';

const TITLE = 'Detainees moved from Syria to Iraq, 2026';
const STEP_IDS = ['first', 'rise', 'total'] as const;
type StepId = (typeof STEP_IDS)[number];
const DAY = 86_400_000;
/** Figures within this share of the highest (outliers aside) count as the final total. */
export const FINAL_SHARE = 0.99;

export interface Transfers2026Input {
  claims: Claim[];
  /** The day axis: the day before the first figure dated to the day to the day after the last. */
  domain: [number, number];
  /** Claim ids in each story state. */
  steps: Record<StepId, string[]>;
  /** The final counts: within 1% of the highest figure, outliers aside. */
  finalIds: string[];
  asOf: string;
}

function prepare(data: SiteData): Transfers2026Input {
  const claims = claimsOf(data.transfers2026);
  const daily = claims.filter((c) => c.period.precision === 'day');
  const spanOf = daily.length ? daily : claims;
  const domain: [number, number] = [Math.min(...spanOf.map((c) => c.period.start)) - DAY, Math.max(...spanOf.map((c) => c.period.end)) + DAY];
  const usable = claims.filter((c) => !c.outlier);
  const highest = Math.max(...usable.map(topOf));
  const finals = usable.filter((c) => topOf(c) >= highest * FINAL_SHARE);
  const firstDay = Math.min(...spanOf.map((c) => c.period.start));
  const firstFinal = Math.min(...finals.filter((c) => c.period.precision === 'day').map((c) => c.period.start));
  const first = claims.filter((c) => c.period.precision === 'day' && c.period.start === firstDay);
  const rise = claims.filter((c) => !first.includes(c) && !finals.includes(c) && !c.outlier && (c.period.precision !== 'day' || c.period.start < firstFinal));
  const total = claims.filter((c) => !first.includes(c) && !rise.includes(c));
  const ids = (list: Claim[]) => list.map((c) => c.id);
  return { claims, domain, steps: { first: ids(first), rise: ids(rise), total: ids(total) }, finalIds: ids(finals), asOf: latestDate(claims.map((c) => c.date))! };
}

const byIds = (input: Transfers2026Input, ids: string[]) => input.claims.filter((c) => ids.includes(c.id));

function who(c: Claim): string {
  return `${shortClaimant(c.claimant)}, ${formatPartialDate(c.date)}${c.confidence === 'low' ? ', low confidence' : ''}`;
}

function describe(input: Transfers2026Input): string {
  const finals = byIds(input, input.finalIds);
  const outliers = input.claims.filter((c) => c.outlier);
  const first = byIds(input, input.steps.first)[0]!;
  return `${input.claims.length} reported running totals of detainees moved from Syria to Iraq between ${formatPartialDate(first.date)} and ${formatPartialDate(input.asOf)}, each a separate claim: from ${figureText(first, true)} on the first day to final counts of ${finals.map((c) => figureText(c, true)).join(', ')}.${outliers.length ? ` ${outliers.map((c) => `${shortClaimant(c.claimant)}'s ${figureText(c, true)}`).join('; ')} is marked as an outlier.` : ''} Hollow dots are low-confidence figures${input.claims.some((c) => c.period.precision !== 'day') ? '; figures whose source gives no day stand in a column beside the day axis' : ''}.`;
}

// ─── Rendering ─────────────────────────────────────────────────────────────────────────────

const TYPE = {
  narrow: { base: 11, small: 10, radius: 4, claimantChars: 24 },
  wide: { base: 12, small: 11, radius: 4.5, claimantChars: 34 },
};

function render(input: Transfers2026Input, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = options.step as StepId | undefined;
  if (step !== undefined && !STEP_IDS.includes(step)) throw new Error(`transfers-2026: no step "${step}" (steps: ${STEP_IDS.join(', ')})`);
  const narrow = width < 520;
  const type = narrow ? TYPE.narrow : TYPE.wide;
  const x0 = narrow ? 40 : 48;
  const x1 = width - (narrow ? 12 : 16);

  const svg = chartSvg({ idPrefix, width, height: 100, title: TITLE, description: describe(input), className: 'chart chart--transfers-2026' });
  const legendH = drawLegend(
    layer(svg, 'legend', 'Legend'),
    [
      { symbols: ['dot'], text: 'reported total' },
      { symbols: ['hollow'], text: 'low confidence' },
      { symbols: ['cross'], text: 'outlier' },
    ],
    { x: 4, y: 4, width: width - 8, size: type.small, radius: type.radius },
  );
  const top = 4 + legendH + 12 + type.base + 10;
  const bottom = top + (narrow ? 300 : 320);
  const height = Math.round(bottom + 26 + type.small);
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);

  // The "day not given" column, right of the day axis, when any figure lacks a day.
  const undated = input.claims.filter((c) => c.period.precision !== 'day');
  const columnW = undated.length ? (narrow ? 40 : 64) : 0;
  const plotX1 = x1 - columnW - (undated.length ? 10 : 0);
  const columnX = x1 - columnW / 2;
  const x = scaleUtc().domain(input.domain).range([x0, plotX1]);
  // Headroom above the final counts for their label.
  const y = scaleLinear().domain([0, Math.max(...input.claims.map(topOf)) * 1.12]).range([bottom, top]).nice(5);
  const focusIds = new Set(step === undefined ? input.claims.map((c) => c.id) : input.steps[step]);
  const focus = (c: Claim) => focusIds.has(c.id);

  const g = layer(svg, 'panel', 'Running totals of detainees moved, in people');
  drawValueAxis(g, y, { x0, x1, size: type.small, ticks: 6 });
  if (undated.length) {
    // The column: set apart by a rule, named under the axis like a tick.
    const sep = r1(plotX1 + 5);
    g.append('line').attr('class', 'column-rule').attr('x1', sep).attr('x2', sep).attr('y1', r1(top)).attr('y2', r1(bottom + 4)).attr('stroke', 'currentColor').attr('stroke-opacity', 0.5).attr('stroke-dasharray', '2 2');
    const name = g.append('text').attr('class', 'legend-text legend-text--muted').attr('text-anchor', 'middle').attr('font-size', type.small);
    ['day not', 'given'].forEach((t, i) => name.append('tspan').attr('x', r1(columnX)).attr('y', r1(bottom + 17 + i * type.small * 1.15)).text(t));
  }
  const title = g.append('text').attr('class', 'label').attr('x', r1(x0)).attr('y', r1(top - 8)).attr('font-size', type.base);
  title.append('tspan').attr('font-weight', 700).text('Detainees moved');
  title.append('tspan').attr('class', 'legend-text--muted').text(' · running totals as reported');

  // Day axis: ticks a week or so apart, and the first day named.
  const axis = layer(svg, 'axis axis--time');
  const ticks = x.ticks(narrow ? 4 : 7).map(Number);
  for (const t of ticks) {
    const xt = r1(x(t));
    axis.append('line').attr('class', 'grid').attr('x1', xt).attr('x2', xt).attr('y1', r1(top)).attr('y2', r1(bottom + 4)).attr('stroke', 'currentColor').attr('stroke-opacity', 0.14);
    axis.append('text').attr('class', 'legend-text legend-text--muted').attr('x', xt).attr('y', r1(bottom + 17)).attr('text-anchor', 'middle').attr('font-size', type.small).text(dayTick(t));
  }

  const placed = dodge(
    input.claims.map((c) => (c.period.precision === 'day' ? place(c, { x, y }, type.radius) : placeAt(c, columnX, { y }, type.radius))),
    type.radius,
  );
  const context = g.append('g').attr('class', 'claims claims--context').attr('opacity', 0.28);
  const marks = g.append('g').attr('class', 'claims');
  for (const p of placed) {
    const into = focus(p.claim) ? marks : context;
    drawClaim(into, p, type.radius);
    // The final counts are ringed (dots) as well as labelled together.
    if (input.finalIds.includes(p.claim.id) && !p.bar)
      into.append('circle').attr('class', 'claim-final').attr('cx', r1(p.x)).attr('cy', r1(p.y)).attr('r', type.radius + 3.5).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 1.25);
  }

  const bounds: Box = { x0: x0 + 2, x1: width - 2, y0: top - 2, y1: bottom - 2 };
  const reserved: Box[] = [...placed.filter((p) => focus(p.claim)).map((p) => p.box), { x0: 0, x1: x0, y0: top - 10, y1: bottom + 10 }];
  const style = { base: type.base, small: type.small, claimantChars: type.claimantChars, narrow, year: false };
  const finalHeader = `Final count${input.finalIds.length > 1 ? 's' : ''}`;
  const orders = claimLabelOrders(
    placed.filter((p) => focus(p.claim)),
    bounds,
    style,
    type.radius,
    [{ ids: new Set(input.finalIds), header: finalHeader, className: 'claim-label--final' }],
  );
  drawPlacements(layer(svg, 'labels'), layoutLabels(reserved, orders[0]!, orders));
  return serialize(svg);
}

// ─── Table, steps ──────────────────────────────────────────────────────────────────────────

function table(input: Transfers2026Input): DataTable {
  return {
    caption: 'Detainees moved from north-east Syria to Iraq in 2026: running totals as each source reported them',
    sortable: true,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'claimant', label: 'Reported by', rowHeader: true },
      { key: 'figure', label: 'Running total', numeric: true },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows: input.claims.map((c) => ({
      id: c.id,
      cells: {
        date: { text: tableDate(c.date), note: [c.dateNote, c.period.precision !== 'day' ? 'The source gives no day: the chart shows the figure in the "day not given" column beside the day axis.' : ''].filter(Boolean).join(' ') || undefined, sort: c.date },
        claimant: { text: c.claimant },
        figure: {
          text: figureText(c, true),
          sort: c.value,
          note:
            [
              input.finalIds.includes(c.id) ? 'One of the final counts.' : '',
              c.outlier ? 'Outlier: drawn as a cross, not comparable with the other counts.' : '',
              c.note ?? '',
              c.breakdown ? `Parts as given: ${Object.entries(c.breakdown).map(([k, v]) => `${k} ${formatNumber(v)}`).join('; ')}.` : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined,
        },
        confidence: { text: c.confidence, sort: (['low', 'medium', 'high'] as Confidence[]).indexOf(c.confidence) },
      },
      sources: c.sources,
    })),
  };
}

const list = (claims: Claim[]) => claims.map((c) => `${figureText(c, true)} (${who(c)})`).join('; ');

export default defineChart<Transfers2026Input>({
  id: 'transfers-2026',
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: running totals as reported by the sources listed; nothing interpolated',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set(input.claims.flatMap((c) => c.sources))],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'first',
      alt: (input) => `The first day of the transfer, ${formatPartialDate(byIds(input, input.steps.first)[0]!.date)}: ${list(byIds(input, input.steps.first))}. Later figures are faded.`,
    },
    {
      id: 'rise',
      alt: (input) => `The count rises over the following weeks: ${list(byIds(input, input.steps.rise))}. Figures whose source gives no day stand in a column beside the day axis.`,
    },
    {
      id: 'total',
      alt: (input) => {
        const total = byIds(input, input.steps.total);
        const finals = total.filter((c) => input.finalIds.includes(c.id));
        const outliers = total.filter((c) => c.outlier);
        const others = total.filter((c) => !finals.includes(c) && !outliers.includes(c));
        return `The final counts, all close to ${formatNumber(Math.round(Math.min(...finals.map((c) => c.value)) / 100) * 100)}: ${list(finals)}.${others.length ? ` Also reported: ${list(others)}.` : ''}${outliers.length ? ` Marked as an outlier: ${list(outliers)}.` : ''}`;
      },
    },
  ],
});
