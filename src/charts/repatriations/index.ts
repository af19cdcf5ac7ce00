/**
 * repatriations — "Iraqis brought back from al-Hol": every running total reported for Iraqis
 * moved from al-Hol camp in Syria to al-Jadaa camp in Iraq, as claims, in two panels: people
 * and families, the units the sources used, never converted into one another. Nothing is joined
 * by a line; single convoys are ticks in a strip of their own, apart from the running totals.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize, type G } from '../svg.ts';
import type { Batch } from '../../data/schema/series.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatNumber, formatPartialDate, latestDate } from '../../lib/format/index.ts';
import {
  claimLabelOrders,
  claimsOf,
  drawPlacements,
  layoutLabels,
  drawClaim,
  drawLegend,
  drawValueAxis,
  figureText,
  periodOf,
  place,
  placementNote,
  qualifierText,
  r1,
  tableDate,
  textWidth,
  topOf,
  type Box,
  type Claim,
  type Confidence,
  type Period,
  type Unit,
} from './claims.ts';

const TITLE = 'Iraqis brought back from al-Hol';
const UNITS: Unit[] = ['people', 'families'];
const STEP_IDS = ['start', 'pace', 'latest'] as const;
type StepId = (typeof STEP_IDS)[number];

export interface Convoy extends Batch {
  id: string;
  period: Period;
  confidence: Confidence;
}

export interface RepatriationsInput {
  claims: Claim[];
  convoys: Convoy[];
  /** The time axis: 1 January of the first year to the end of the latest dated figure. */
  domain: [number, number];
  /** Story windows over period starts: [from, to). */
  windows: Record<StepId, [number, number]>;
  /** Smallest and largest convoy in people, as reported (ranges' ends included). */
  convoyPeople: [number, number] | null;
  asOf: string;
}

function prepare(data: SiteData): RepatriationsInput {
  const series = data.repatriations;
  const claims = claimsOf(series);
  const convoys: Convoy[] = (series.batches ?? []).map((b, i) => ({ ...b, id: `convoy-${b.date}-${i + 1}`, period: periodOf(b.date), confidence: b.confidence ?? series.confidence ?? 'medium' }));
  const dates = [...claims.map((c) => c.date), ...convoys.map((c) => c.date)];
  const starts = [...claims, ...convoys].map((c) => c.period.start);
  const ends = [...claims, ...convoys].map((c) => c.period.end);
  const first = new Date(Math.min(...starts)).getUTCFullYear();
  // Two months of room after the latest figure, so the last year's name fits under the axis.
  const last = new Date(Math.max(...ends) - 1);
  const domain: [number, number] = [Date.UTC(first, 0, 1), Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 3, 1)];
  // The first convoys reported singly mark the start of the steady pace; the latest month with a
  // running total is "latest".
  const latest = latestDate(claims.map((c) => c.date))!;
  const latestMonth = periodOf(latest.slice(0, 7)).start;
  const firstConvoy = convoys.length ? Math.min(...convoys.map((c) => c.period.start)) : Date.UTC(first + 1, 0, 1);
  const people = convoys.flatMap((c) => [c.people, c.peopleMax]).filter((n): n is number => n !== undefined);
  return {
    claims,
    convoys,
    domain,
    windows: { start: [domain[0], firstConvoy], pace: [firstConvoy, latestMonth], latest: [latestMonth, Infinity] },
    convoyPeople: people.length ? [Math.min(...people), Math.max(...people)] : null,
    asOf: latestDate(dates)!,
  };
}

const inWindow = ([a, b]: [number, number]) => (c: { period: Period }) => c.period.start >= a && c.period.start < b;

function unitClaims(input: RepatriationsInput, unit: Unit): Claim[] {
  return input.claims.filter((c) => c.unit === unit);
}

/** "381–398 people … about 19,000" style span of one unit's running totals, outliers aside. */
function spanText(claims: Claim[], unit: Unit): string {
  const usable = claims.filter((c) => !c.outlier);
  const low = usable.reduce((a, b) => (b.value < a.value ? b : a));
  const high = usable.reduce((a, b) => (topOf(b) > topOf(a) ? b : a));
  return `from ${figureText(low, true)} to ${figureText(high, true)} ${unit}`;
}

function describe(input: RepatriationsInput): string {
  const outliers = input.claims.filter((c) => c.outlier);
  const convoys = input.convoys.length ? ` Ticks beneath mark ${input.convoys.length} reports of single convoys${input.convoyPeople ? `, of ${formatNumber(input.convoyPeople[0])} to ${formatNumber(input.convoyPeople[1])} people each` : ''}.` : '';
  const flagged = outliers.length ? ` ${outliers.map((c) => `${c.claimant}'s ${figureText(c, true)} ${c.unit} (${formatPartialDate(c.date)})`).join('; ')} is marked as an outlier.` : '';
  return `${input.claims.length} running totals of Iraqis moved from al-Hol to al-Jadaa camp, as reported from ${formatPartialDate(input.claims[0]!.date)} to ${formatPartialDate(input.asOf)}, each a separate claim: ${spanText(unitClaims(input, 'people'), 'people')} in the upper panel, ${spanText(unitClaims(input, 'families'), 'families')} in the lower. Hollow dots and dashed bars are low-confidence figures.${flagged}${convoys}`;
}

// ─── Rendering ─────────────────────────────────────────────────────────────────────────────

const TYPE = {
  narrow: { base: 11, small: 10, radius: 4, claimantChars: 24 },
  wide: { base: 12, small: 11, radius: 4.5, claimantChars: 34 },
};

interface PanelLayout {
  unit: Unit;
  top: number;
  bottom: number;
}

function render(input: RepatriationsInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = options.step as StepId | undefined;
  if (step !== undefined && !STEP_IDS.includes(step)) throw new Error(`repatriations: no step "${step}" (steps: ${STEP_IDS.join(', ')})`);
  const narrow = width < 520;
  const type = narrow ? TYPE.narrow : TYPE.wide;
  const x0 = narrow ? 42 : 50;
  const x1 = width - (narrow ? 14 : 16);

  const svg = chartSvg({ idPrefix, width, height: 100, title: TITLE, description: describe(input), className: 'chart chart--repatriations' });
  const legend = layer(svg, 'legend', 'Legend');
  const legendH = drawLegend(
    legend,
    [
      { symbols: ['dot'], text: 'reported total' },
      { symbols: ['bar'], text: 'dated to a year or month only' },
      { symbols: ['hollow', 'dashed-bar'], text: 'low confidence' },
      { symbols: ['cross'], text: 'outlier, not comparable' },
    ],
    { x: 4, y: 4, width: width - 8, size: type.small, radius: type.radius },
  );

  // Vertical layout: legend, people, families, convoys, year axis.
  const titleH = type.base + 10;
  let y = 4 + legendH + 12;
  const panels: PanelLayout[] = [];
  for (const unit of UNITS) {
    const h = unit === 'people' ? (narrow ? 300 : 250) : narrow ? 130 : 120;
    panels.push({ unit, top: y + titleH, bottom: y + titleH + h });
    y += titleH + h + 16;
  }
  const convoyTop = y + titleH;
  const convoyBottom = convoyTop + (input.convoys.length ? 16 : 0);
  const height = Math.round(convoyBottom + 26);
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);

  const x = scaleUtc().domain(input.domain).range([x0, x1]);
  const focus = (c: { period: Period }) => step === undefined || inWindow(input.windows[step])(c);

  // Years: faint boundaries through every panel, year names centred in their span.
  const axis = layer(svg, 'axis axis--time');
  const firstYear = new Date(input.domain[0]).getUTCFullYear();
  const lastYear = new Date(input.domain[1] - 1).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    const a = Math.max(Date.UTC(year, 0, 1), input.domain[0]);
    const b = Math.min(Date.UTC(year + 1, 0, 1), input.domain[1]);
    const xa = x(a);
    if (year > firstYear) axis.append('line').attr('class', 'grid').attr('x1', r1(xa)).attr('x2', r1(xa)).attr('y1', r1(panels[0]!.top)).attr('y2', r1(convoyBottom + 4)).attr('stroke', 'currentColor').attr('stroke-opacity', 0.14);
    const label = String(year);
    const fits = x(b) - xa >= textWidth(label, type.small) + 4;
    if (!fits && xa + 2 + textWidth(label, type.small) > width + 2) continue;
    axis
      .append('text')
      .attr('class', 'legend-text legend-text--muted')
      .attr('x', r1(fits ? (xa + x(b)) / 2 : xa + 2))
      .attr('y', r1(convoyBottom + 18))
      .attr('text-anchor', fits ? 'middle' : 'start')
      .attr('font-size', type.small)
      .text(label);
  }

  const labels = layer(svg, 'labels');
  for (const panel of panels) drawPanel(svg, labels, input, panel, { x, x0, x1, narrow, type, focus, step });
  drawConvoys(svg, input, { x, x0, x1, top: convoyTop, bottom: convoyBottom, titleY: convoyTop - 7, type, focus, narrow });
  return serialize(svg);
}

interface PanelContext {
  x: ReturnType<typeof scaleUtc<number, number>>;
  x0: number;
  x1: number;
  narrow: boolean;
  type: (typeof TYPE)['wide'];
  focus: (c: { period: Period }) => boolean;
  step: StepId | undefined;
}

function drawPanel(svg: ReturnType<typeof chartSvg>, labels: G, input: RepatriationsInput, panel: PanelLayout, ctx: PanelContext): void {
  const { x, x0, x1, type } = ctx;
  const claims = unitClaims(input, panel.unit);
  const max = Math.max(...claims.map(topOf));
  const y = scaleLinear().domain([0, max * 1.04]).range([panel.bottom, panel.top]).nice(5);
  const g = layer(svg, `panel panel--${panel.unit}`, `Running totals in ${panel.unit}`);
  drawValueAxis(g, y, { x0, x1, size: type.small, ticks: panel.unit === 'people' ? 5 : 3 });

  // Panel title: the unit, and what the figures are.
  const title = g.append('text').attr('class', 'label').attr('x', r1(x0)).attr('y', r1(panel.top - 8)).attr('font-size', type.base);
  title.append('tspan').attr('font-weight', 700).text(panel.unit === 'people' ? 'People' : 'Families');
  title.append('tspan').attr('class', 'legend-text--muted').text(` · running totals as reported${panel.unit === 'families' && !ctx.narrow ? ', not converted to people' : ''}`);

  const bounds: Box = { x0: x0 + 2, x1: x1 + (ctx.narrow ? 8 : 14), y0: panel.top - 2, y1: panel.bottom - 2 };
  const placed = claims.map((c) => place(c, { x, y }, type.radius));
  const context = g.append('g').attr('class', 'claims claims--context').attr('opacity', 0.28);
  const marks = g.append('g').attr('class', 'claims');
  // Low confidence first, so a filled mark on the same spot stays visible.
  const order = [...placed].sort((a, b) => Number(b.claim.confidence === 'low') - Number(a.claim.confidence === 'low'));
  for (const p of order) drawClaim(ctx.focus(p.claim) ? marks : context, p, type.radius);
  // Faded context marks may sit under a label (its halo keeps it legible); focus marks may not,
  // nor the gridline labels.
  const reserved: Box[] = [...placed.filter((p) => ctx.focus(p.claim)).map((p) => p.box), { x0: 0, x1: x0, y0: panel.top - 10, y1: panel.bottom + 10 }];

  const style = { base: type.base, small: type.small, claimantChars: type.claimantChars, narrow: ctx.narrow, year: true };
  // The latest totals are the headline: they are labelled before the rest.
  const latest = new Set(claims.filter(inWindow(input.windows.latest)).map((c) => c.id));
  const orders = claimLabelOrders(placed.filter((p) => ctx.focus(p.claim)), bounds, style, type.radius, [], latest);
  drawPlacements(labels, layoutLabels(reserved, orders[0]!, orders));
}

function drawConvoys(svg: ReturnType<typeof chartSvg>, input: RepatriationsInput, at: { x: PanelContext['x']; x0: number; x1: number; top: number; bottom: number; titleY: number; type: PanelContext['type']; focus: PanelContext['focus']; narrow: boolean }): void {
  if (!input.convoys.length) return;
  const g = layer(svg, 'convoys', `${input.convoys.length} reports of single convoys`);
  const size = input.convoyPeople ? `${formatNumber(input.convoyPeople[0])}–${formatNumber(input.convoyPeople[1])} people each` : '';
  const title = g.append('text').attr('class', 'label').attr('x', r1(at.x0)).attr('y', r1(at.titleY)).attr('font-size', at.type.base);
  title.append('tspan').attr('font-weight', 700).text('Single convoys');
  title.append('tspan').attr('class', 'legend-text--muted').text(` · ${at.narrow ? size || 'reported one by one' : ['reported one by one', size].filter(Boolean).join(', ')}`);
  g.append('line').attr('class', 'grid').attr('x1', r1(at.x0)).attr('x2', r1(at.x1)).attr('y1', r1(at.bottom)).attr('y2', r1(at.bottom)).attr('stroke', 'currentColor').attr('stroke-opacity', 0.5);
  const context = g.append('g').attr('opacity', 0.28);
  for (const c of input.convoys) {
    const cx = r1(at.x((c.period.start + c.period.end) / 2));
    const tick = (at.focus(c) ? g : context).append('line').attr('class', `convoy convoy--${c.confidence}`).attr('data-convoy', c.id).attr('x1', cx).attr('x2', cx).attr('y1', r1(at.top)).attr('y2', r1(at.bottom)).attr('stroke', 'currentColor').attr('stroke-width', 2);
    if (c.confidence === 'low') tick.attr('stroke-dasharray', '3 2');
  }
}

// ─── Table, steps ──────────────────────────────────────────────────────────────────────────

const CONFIDENCE_TEXT: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low' };

function table(input: RepatriationsInput): DataTable {
  const totals = input.claims.map((c) => ({
    id: c.id,
    sortDate: c.date,
    cells: {
      date: { text: tableDate(c.date), note: [c.dateNote, placementNote(c.period.precision)].filter(Boolean).join(' ') || undefined, sort: c.date },
      claimant: { text: c.claimant },
      what: { text: `Running total (${c.unit})` },
      figure: {
        text: figureText(c, true),
        sort: c.value,
        note: [c.outlier ? 'Outlier: drawn as a cross, not comparable with the other totals.' : '', c.note ?? ''].filter(Boolean).join(' ') || undefined,
      },
      confidence: { text: CONFIDENCE_TEXT[c.confidence], sort: ['low', 'medium', 'high'].indexOf(c.confidence) },
    },
    sources: c.sources,
  }));
  const convoys = input.convoys.map((c) => ({
    id: c.id,
    sortDate: c.date,
    cells: {
      date: { text: tableDate(c.date), note: c.dateNote, sort: c.date },
      claimant: { text: c.claimant },
      what: { text: c.number === undefined ? 'Single convoy' : `Single convoy, called no. ${c.number}` },
      figure: { text: convoyText(c), sort: c.people ?? c.families ?? 0, note: c.note },
      confidence: { text: CONFIDENCE_TEXT[c.confidence], sort: ['low', 'medium', 'high'].indexOf(c.confidence) },
    },
    sources: c.sources,
  }));
  const rows = [...totals, ...convoys]
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => periodOf(a.sortDate).start - periodOf(b.sortDate).start || a.i - b.i)
    .map(({ id, cells, sources }) => ({ id, cells, sources }));
  return {
    caption: 'Iraqis moved from al-Hol to al-Jadaa: running totals and single convoys, as each source reported them (people and families are not converted into one another)',
    sortable: true,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'claimant', label: 'Reported by', rowHeader: true },
      { key: 'what', label: 'Figure for' },
      { key: 'figure', label: 'Figure', numeric: true },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows,
  };
}

function convoyText(c: Convoy): string {
  const q = qualifierText(c.qualifier, true);
  const part = (lo: number | undefined, hi: number | undefined, unit: string) => (lo === undefined ? '' : `${q}${formatNumber(lo)}${hi !== undefined && hi !== lo ? `–${formatNumber(hi)}` : ''} ${unit}`);
  return [part(c.families, c.familiesMax, 'families'), part(c.people, c.peopleMax, 'people')].filter(Boolean).join(', ');
}

function listClaims(claims: Claim[]): string {
  return claims.map((c) => `${figureText(c, true)} ${c.unit} (${c.claimant.split(/[;,(]/)[0]!.trim()}, ${formatPartialDate(c.date)}${c.confidence === 'low' ? ', low confidence' : ''})`).join('; ');
}

export default defineChart<RepatriationsInput>({
  id: 'repatriations',
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: running totals and convoys as reported by the sources listed; people and families kept apart, nothing interpolated',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.claims.flatMap((c) => c.sources), ...input.convoys.flatMap((c) => c.sources)])],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'start',
      alt: (input) => {
        const focus = input.claims.filter(inWindow(input.windows.start));
        return `The first transfers: ${listClaims(focus)}. Later figures are faded.`;
      },
    },
    {
      id: 'pace',
      alt: (input) => {
        const focus = input.claims.filter(inWindow(input.windows.pace));
        const convoys = input.convoys.filter(inWindow(input.windows.pace));
        const normal = focus.filter((c) => !c.outlier);
        const out = focus.filter((c) => c.outlier);
        return `From ${new Date(input.windows.pace[0]).getUTCFullYear()}, convoys left regularly: ${convoys.length} reports of single convoys are marked${input.convoyPeople ? `, each of ${formatNumber(input.convoyPeople[0])} to ${formatNumber(input.convoyPeople[1])} people` : ''}. The running totals reported in these years do not always agree: ${listClaims(normal.filter((c) => c.unit === 'people'))}; in families, ${listClaims(normal.filter((c) => c.unit === 'families'))}.${out.length ? ` Marked as an outlier: ${listClaims(out)}.` : ''}`;
      },
    },
    {
      id: 'latest',
      alt: (input) => {
        const focus = input.claims.filter(inWindow(input.windows.latest));
        return `The latest totals, from ${formatPartialDate(input.asOf.slice(0, 7))}: ${listClaims(focus)}. Earlier figures are faded.`;
      },
    },
  ],
});
