/**
 * Reported figures on a time axis, shared by the repatriations and transfers-2026 charts: each
 * observation of a data/series file is one claim, drawn where its date puts it and never joined
 * to another. A figure dated to the day is a dot at the middle of that day; a figure dated only
 * to a year is a bar across that whole year, because the source does not say where in it the
 * figure falls; one dated to a month is a dot at the middle of the month (a month is a few px on
 * an axis of years). Filled dot / solid bar: medium or high confidence; hollow dot /
 * dashed bar: low confidence (and the legend says so in words). An outlier is a cross.
 * Colours are currentColor and the CSS classes of marks.css, so light and dark both work.
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { G } from '../svg.ts';
import type { Observation, SeriesFile } from '../../data/schema/series.ts';
import { LOCALE, formatNumber, formatPartialDate } from '../../lib/format/index.ts';

export type Confidence = 'high' | 'medium' | 'low';
export type Unit = 'people' | 'families';
export type Qualifier = Observation['qualifier'];

export interface Period {
  /** ms since the epoch (UTC), inclusive. */
  start: number;
  /** ms since the epoch (UTC), exclusive. */
  end: number;
  precision: 'year' | 'month' | 'day';
}

export function periodOf(date: string): Period {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), precision: 'year' };
  if (d === undefined) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), precision: 'month' };
  return { start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d + 1), precision: 'day' };
}

export interface Claim {
  /** Stable within the chart: unit, date and value, with a suffix for exact repeats. */
  id: string;
  date: string;
  dateNote?: string;
  period: Period;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  unit: Unit;
  claimant: string;
  sources: string[];
  confidence: Confidence;
  note?: string;
  outlier: boolean;
  breakdown?: Record<string, number>;
}

/** Every observation of a series file as a claim, in the file's (date) order. */
export function claimsOf(series: SeriesFile): Claim[] {
  const seen = new Map<string, number>();
  return series.observations.map((o) => {
    const unit = o.unit ?? series.unit;
    const base = `${unit}-${o.date}-${o.value}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      date: o.date,
      dateNote: o.dateNote,
      period: periodOf(o.date),
      value: o.value,
      valueMax: o.valueMax,
      qualifier: o.qualifier,
      unit,
      claimant: o.claimant,
      sources: o.sources,
      confidence: o.confidence ?? series.confidence ?? 'medium',
      note: o.note,
      outlier: o.outlier === true,
      breakdown: o.breakdown,
    };
  });
}

/** How a figure reads on the chart: "about 12,500", "over 15,000", "381–398". */
const SHORT_QUALIFIER: Record<Qualifier, string> = { exact: '', about: 'about ', 'more-than': 'over ', 'at-least': 'at least ', nearly: 'nearly ', 'fewer-than': 'under ', 'up-to': 'up to ' };
/** How it reads in a table or sentence. */
const QUALIFIER: Record<Qualifier, string> = { exact: '', about: 'about ', 'more-than': 'more than ', 'at-least': 'at least ', nearly: 'nearly ', 'fewer-than': 'fewer than ', 'up-to': 'up to ' };

export function qualifierText(q: Qualifier, long = false): string {
  return (long ? QUALIFIER : SHORT_QUALIFIER)[q];
}

export function figureText(c: { value: number; valueMax?: number; qualifier: Qualifier }, long = false): string {
  const q = (long ? QUALIFIER : SHORT_QUALIFIER)[c.qualifier];
  return c.valueMax === undefined || c.valueMax === c.value ? `${q}${formatNumber(c.value)}` : `${q}${formatNumber(c.value)}–${formatNumber(c.valueMax)}`;
}

/** "Qasim al-Araji, Iraqi national security adviser" → "Qasim al-Araji"; "CENTCOM; Iraq's…" → "CENTCOM". */
export function shortClaimant(claimant: string): string {
  return claimant.split(/[;,(]/)[0]!.trim();
}

/** "21 Jan" (or "21 Jan 2026" with `year`) / "Feb 2025" / "2021": the date at its own precision, short. */
export function shortDate(date: string, options: { year?: boolean } = {}): string {
  const p = periodOf(date);
  const format: Intl.DateTimeFormatOptions =
    p.precision === 'day' ? { day: 'numeric', month: 'short', ...(options.year ? { year: 'numeric' } : {}) } : p.precision === 'month' ? { month: 'short', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALE, { ...format, timeZone: 'UTC' }).format(new Date(p.start));
}

/** "21 Jan": a tick on a day axis. */
export function dayTick(ms: number): string {
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(ms));
}

/** The date as a table shows it, saying when it is only a month or a year. */
export function tableDate(date: string): string {
  const p = periodOf(date).precision;
  return p === 'day' ? formatPartialDate(date) : `${formatPartialDate(date)} (${p} only)`;
}

/** The largest figure a claim allows (its range's upper end). */
export const topOf = (c: { value: number; valueMax?: number }) => c.valueMax ?? c.value;

// ─── Geometry and drawing ──────────────────────────────────────────────────────────────────

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A thin line (a period bar): a leader line may cross it, a label may not. */
  thin?: boolean;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const within = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
export const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Rough advance width of a line of text: generous (0.6 em a character, a little more for bold),
 * so labels placed apart by this estimate stay apart in any sans-serif.
 */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.64 : 0.58);
}

export interface Scales {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
}

/** Where a claim's mark sits: a point, or a bar from x0 to x1. */
export interface Placed {
  claim: Claim;
  x0: number;
  x1: number;
  /** The middle of the (clipped) period: where a dot is drawn and a label centred. */
  x: number;
  y: number;
  /** y of valueMax, when the claim is a range. */
  yMax: number;
  bar: boolean;
  box: Box;
}

/**
 * Where a claim's mark goes. A figure dated to a period in `bars` (by default a year) is a bar
 * across that period, clipped to the axis; any other is a dot at the middle of its period.
 */
export function place(claim: Claim, s: Scales, radius: number, bars: readonly Period['precision'][] = ['year']): Placed {
  const [d0, d1] = s.x.domain().map(Number) as [number, number];
  const x0 = s.x(Math.max(claim.period.start, d0));
  const x1 = s.x(Math.min(claim.period.end, d1));
  const bar = bars.includes(claim.period.precision);
  const x = (x0 + x1) / 2;
  const y = s.y(claim.value);
  const yMax = s.y(topOf(claim));
  const pad = radius + 1;
  const box = bar ? { x0: x0 - 1, x1: x1 + 1, y0: yMax - 4, y1: y + 4, thin: true } : { x0: x - pad, x1: x + pad, y0: yMax - pad, y1: y + pad };
  return { claim, x0, x1, x, y, yMax, bar, box };
}

/** What the table says about where a figure with this date is drawn. */
export function placementNote(precision: Period['precision'], bars: readonly Period['precision'][] = ['year']): string | undefined {
  if (precision === 'day') return undefined;
  return bars.includes(precision) ? `Drawn across the whole ${precision}: the source gives no ${precision === 'year' ? 'month or day' : 'day'}.` : `Drawn at the middle of the ${precision}: the source gives no ${precision === 'year' ? 'month or day' : 'day'}.`;
}

/** A claim drawn as a dot at a given x, whatever its date (e.g. in a "day not given" column). */
export function placeAt(claim: Claim, x: number, s: Pick<Scales, 'y'>, radius: number): Placed {
  const y = s.y(claim.value);
  const yMax = s.y(topOf(claim));
  const pad = radius + 1;
  return { claim, x0: x, x1: x, x, y, yMax, bar: false, box: { x0: x - pad, x1: x + pad, y0: yMax - pad, y1: y + pad } };
}

/**
 * Dots on exactly the same spot (the same figure on the same day from two sources) are spread
 * sideways by a mark's width, so each stays visible; bars and distinct spots are left alone.
 */
export function dodge(placed: Placed[], radius: number): Placed[] {
  const spots = new Map<string, Placed[]>();
  for (const p of placed) if (!p.bar) spots.set(`${Math.round(p.x)},${Math.round(p.y)},${Math.round(p.yMax)}`, [...(spots.get(`${Math.round(p.x)},${Math.round(p.y)},${Math.round(p.yMax)}`) ?? []), p]);
  const moved = new Map<Placed, Placed>();
  for (const same of spots.values()) {
    if (same.length < 2) continue;
    same.forEach((p, i) => {
      const dx = (i - (same.length - 1) / 2) * (radius * 2 + 1.5);
      moved.set(p, { ...p, x: p.x + dx, x0: p.x0 + dx, x1: p.x1 + dx, box: { ...p.box, x0: p.box.x0 + dx, x1: p.box.x1 + dx } });
    });
  }
  return placed.map((p) => moved.get(p) ?? p);
}

/** One claim's mark, classed by confidence and outlier so CSS and tests can find it. */
export function drawClaim(g: G, p: Placed, radius: number): void {
  const c = p.claim;
  const low = c.confidence === 'low';
  const cls = ['claim', `claim--${c.confidence}`, c.outlier ? 'claim--outlier' : '', p.bar ? 'claim--period' : 'claim--point'].filter(Boolean).join(' ');
  // data-row: the claim's row in the chart's table, shown as its details on demand.
  const m = g.append('g').attr('class', cls).attr('data-claim', c.id).attr('data-row', c.id);
  if (p.yMax !== p.y) {
    // A reported range: a vertical line between its ends.
    m.append('line').attr('x1', r1(p.x)).attr('x2', r1(p.x)).attr('y1', r1(p.y)).attr('y2', r1(p.yMax)).attr('stroke', 'currentColor').attr('stroke-width', 2);
  }
  if (p.bar) {
    const y = (p.y + p.yMax) / 2;
    const bar = m.append('path').attr('d', `M${r1(p.x0)},${r1(y - 4)}V${r1(y + 4)}M${r1(p.x0)},${r1(y)}H${r1(p.x1)}M${r1(p.x1)},${r1(y - 4)}V${r1(y + 4)}`).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 2);
    if (low) bar.attr('stroke-dasharray', '4 2.5');
    if (c.outlier) drawCross(m, p.x, y, radius + 1);
    return;
  }
  if (c.outlier) {
    drawCross(m, p.x, p.y, radius + 1);
    return;
  }
  m.append('circle')
    .attr('cx', r1(p.x))
    .attr('cy', r1(p.y))
    .attr('r', radius)
    .attr('fill', low ? 'none' : 'currentColor')
    .attr('stroke', 'currentColor')
    .attr('stroke-width', low ? 1.5 : 1);
}

export function drawCross(g: G, x: number, y: number, r: number): void {
  g.append('path').attr('d', `M${r1(x - r)},${r1(y - r)}L${r1(x + r)},${r1(y + r)}M${r1(x - r)},${r1(y + r)}L${r1(x + r)},${r1(y - r)}`).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 2.25).attr('stroke-linecap', 'round');
}

// ─── Labels ────────────────────────────────────────────────────────────────────────────────

export interface Line {
  text: string;
  /** A lighter continuation on the same line, e.g. who said it after the figure. */
  tail?: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
}

/** Beside, above or below the anchor; "-down" hangs the label from the anchor's middle. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'right-down' | 'left-down' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

export interface LabelRequest {
  /** What the label belongs to: it sits beside this box. */
  anchor: Box;
  /** Fullest first; the placer falls back to shorter versions when the fullest does not fit. */
  versions: Line[][];
  sides?: Side[];
  /** Where the label must stay (its panel). */
  bounds: Box;
  className?: string;
  /** How much placing this label matters when layouts are compared (default 1). */
  weight?: number;
}

const LEADING = 1.18;
const ANCHOR: Record<Side, 'start' | 'end' | 'middle'> = {
  right: 'start',
  'right-down': 'start',
  'above-right': 'start',
  'below-right': 'start',
  left: 'end',
  'left-down': 'end',
  'above-left': 'end',
  'below-left': 'end',
  above: 'middle',
  below: 'middle',
};
export const ALL_SIDES: Side[] = ['right', 'left', 'above', 'below', 'left-down', 'right-down', 'above-left', 'above-right', 'below-left', 'below-right'];
const GAP = 4;

function linesBox(lines: Line[]): { w: number; h: number } {
  return { w: Math.max(...lines.map(lineWidth)), h: lines.reduce((h, l) => h + l.size * LEADING, 0) };
}

function lineWidth(l: Line): number {
  return textWidth(l.text, l.size, l.bold) + (l.tail ? textWidth(l.tail, l.size) : 0);
}

function boxOn(anchor: Box, side: Side, w: number, h: number, firstLine: number, gap: number): Box {
  const cx = (anchor.x0 + anchor.x1) / 2;
  const cy = (anchor.y0 + anchor.y1) / 2;
  const top = cy - firstLine / 2;
  if (side === 'right-down') return { x0: anchor.x1 + gap, x1: anchor.x1 + gap + w, y0: top, y1: top + h };
  if (side === 'left-down') return { x0: anchor.x0 - gap - w, x1: anchor.x0 - gap, y0: top, y1: top + h };
  if (side === 'right') return { x0: anchor.x1 + gap, x1: anchor.x1 + gap + w, y0: cy - h / 2, y1: cy + h / 2 };
  if (side === 'left') return { x0: anchor.x0 - gap - w, x1: anchor.x0 - gap, y0: cy - h / 2, y1: cy + h / 2 };
  if (side === 'above-left') return { x0: anchor.x1 - w, x1: anchor.x1, y0: anchor.y0 - gap - h, y1: anchor.y0 - gap };
  if (side === 'above-right') return { x0: anchor.x0, x1: anchor.x0 + w, y0: anchor.y0 - gap - h, y1: anchor.y0 - gap };
  if (side === 'below-left') return { x0: anchor.x1 - w, x1: anchor.x1, y0: anchor.y1 + gap, y1: anchor.y1 + gap + h };
  if (side === 'below-right') return { x0: anchor.x0, x1: anchor.x0 + w, y0: anchor.y1 + gap, y1: anchor.y1 + gap + h };
  if (side === 'above') return { x0: cx - w / 2, x1: cx + w / 2, y0: anchor.y0 - gap - h, y1: anchor.y0 - gap };
  return { x0: cx - w / 2, x1: cx + w / 2, y0: anchor.y1 + gap, y1: anchor.y1 + gap + h };
}

export interface Placement {
  request: LabelRequest;
  lines: Line[];
  box: Box;
  side: Side;
  /** Set apart from its mark: drawn with a leader line. */
  leader: boolean;
  /** How far from the mark: 0 beside it, then further off. */
  distance: number;
  version: number;
}

/** Beside the mark first; then further off, with a leader line back to it. */
const GAPS = [GAP, GAP + 14, GAP + 28, GAP + 46, GAP + 70];

/**
 * Greedy placement: marks are reserved first, then labels are offered in order; each takes the
 * fullest version, nearest distance and first side that stays in bounds and overlaps nothing
 * already placed. A label that fits nowhere is not drawn (the table has every figure).
 */
function greedy(reserved: Box[], requests: LabelRequest[]): Placement[] {
  const taken = [...reserved];
  const placed: Placement[] = [];
  for (const request of requests) {
    search: for (const [version, lines] of request.versions.entries()) {
      const { w, h } = linesBox(lines);
      for (const [distance, gap] of GAPS.entries()) {
        for (const side of request.sides ?? ALL_SIDES) {
          const box = boxOn(request.anchor, side, w, h, lines[0]!.size * LEADING, gap);
          if (!within(box, request.bounds) || taken.some((t) => overlaps(t, box))) continue;
          // A leader line may not run through another mark or label.
          if (gap > GAP && taken.some((t) => !t.thin && !overlaps(t, request.anchor) && crosses(leaderOf(request.anchor, box), t))) continue;
          taken.push(box);
          placed.push({ request, lines, box, side, leader: gap > GAP, distance, version });
          break search;
        }
      }
    }
  }
  return placed;
}

/**
 * Greedy placement tried in each of several orders of the requests; the layout that places the
 * most weight wins, less for shortened labels and labels set far from their marks (ties: the
 * first order).
 */
export function layoutLabels(reserved: Box[], requests: LabelRequest[], orders: LabelRequest[][] = [requests]): Placement[] {
  let best: Placement[] = [];
  let bestScore = -Infinity;
  for (const order of orders) {
    const placed = greedy(reserved, order);
    // An important label far from its mark costs more than a minor one.
    const score = placed.reduce((s, p) => s + (p.request.weight ?? 1) * (100 - p.version * 3 - p.distance * 4), 0);
    if (score > bestScore) {
      best = placed;
      bestScore = score;
    }
  }
  return best;
}

export function drawPlacements(g: G, placements: Placement[]): void {
  for (const p of placements) if (p.leader) drawLeader(g, p.request.anchor, p.box);
  for (const p of placements) drawLines(g, p.box, ANCHOR[p.side], p.lines, p.request.className);
}

interface Segment {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** The leader from a mark to its label, between their nearest edges. */
function leaderOf(anchor: Box, label: Box): Segment {
  const clamp = (v: number, a: number, b: number) => Math.max(a, Math.min(b, v));
  const lc = { x: (label.x0 + label.x1) / 2, y: (label.y0 + label.y1) / 2 };
  const from = { x: clamp(lc.x, anchor.x0, anchor.x1), y: clamp(lc.y, anchor.y0, anchor.y1) };
  return { from, to: { x: clamp(from.x, label.x0, label.x1), y: clamp(from.y, label.y0, label.y1) } };
}

/** Whether a segment passes through a box (sampled every few px: leaders are short). */
function crosses({ from, to }: Segment, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 3));
  for (let i = 1; i < steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    if (x > box.x0 - 2 && x < box.x1 + 2 && y > box.y0 - 2 && y < box.y1 + 2) return true;
  }
  return false;
}

/** A thin line from a mark to its label, between their nearest edges. */
function drawLeader(g: G, anchor: Box, label: Box): void {
  const { from, to } = leaderOf(anchor, label);
  g.append('line').attr('class', 'leader').attr('x1', r1(from.x)).attr('y1', r1(from.y)).attr('x2', r1(to.x)).attr('y2', r1(to.y)).attr('stroke', 'currentColor').attr('stroke-opacity', 0.6).attr('stroke-width', 0.75);
}

/** Lines of text filling a box, anchored at its start, end or middle, with a halo. */
export function drawLines(g: G, box: Box, anchor: 'start' | 'end' | 'middle', lines: Line[], className = ''): void {
  const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
  const text = g.append('text').attr('class', `label halo ${className}`.trim()).attr('text-anchor', anchor);
  let y = box.y0;
  for (const line of lines) {
    y += line.size * LEADING;
    const span = text.append('tspan').attr('x', r1(x)).attr('y', r1(y - line.size * 0.3)).attr('font-size', line.size).text(line.text);
    if (line.bold) span.attr('font-weight', 700);
    if (line.italic) span.attr('font-style', 'italic');
    if (line.muted) span.attr('class', 'legend-text--muted');
    if (line.tail) text.append('tspan').attr('class', 'legend-text--muted').attr('font-size', line.size).text(line.tail);
  }
}

/** Words wrapped into lines of at most `chars` characters. */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Plain spaces only: a no-break space (as in a date) keeps its words together.
  for (const word of text.split(/ +/)) {
    if (line && (line + ' ' + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// ─── Legend and axes ───────────────────────────────────────────────────────────────────────

export type LegendSymbol = 'dot' | 'hollow' | 'bar' | 'dashed-bar' | 'cross' | 'tick';

export interface LegendItem {
  symbols: LegendSymbol[];
  text: string;
}

/** Legend items in rows that wrap at `width`; returns the height used. */
export function drawLegend(g: G, items: LegendItem[], at: { x: number; y: number; width: number; size: number; radius: number }): number {
  const rowH = at.size * 1.6;
  let x = at.x;
  let y = at.y + rowH / 2;
  for (const item of items) {
    const symbolW = item.symbols.reduce((w, s) => w + (s.endsWith('bar') ? 22 : 12) + 3, 0);
    const w = symbolW + textWidth(item.text, at.size) + 14;
    if (x > at.x && x + w > at.x + at.width) {
      x = at.x;
      y += rowH;
    }
    const entry = g.append('g').attr('class', 'legend-item');
    let sx = x;
    for (const s of item.symbols) {
      const sw = s.endsWith('bar') ? 22 : 12;
      drawSymbol(entry, s, sx + sw / 2, y, sw, at.radius);
      sx += sw + 3;
    }
    entry.append('text').attr('class', 'legend-text').attr('x', r1(sx + 1)).attr('y', r1(y + at.size * 0.35)).attr('font-size', at.size).text(item.text);
    x += w;
  }
  return y + rowH / 2 - at.y;
}

function drawSymbol(g: G, s: LegendSymbol, cx: number, cy: number, w: number, radius: number): void {
  if (s === 'dot' || s === 'hollow')
    g.append('circle').attr('cx', r1(cx)).attr('cy', r1(cy)).attr('r', radius).attr('fill', s === 'dot' ? 'currentColor' : 'none').attr('stroke', 'currentColor').attr('stroke-width', s === 'dot' ? 1 : 1.5);
  else if (s === 'cross') drawCross(g, cx, cy, radius + 1);
  else if (s === 'tick') g.append('line').attr('x1', r1(cx)).attr('x2', r1(cx)).attr('y1', r1(cy - 6)).attr('y2', r1(cy + 6)).attr('stroke', 'currentColor').attr('stroke-width', 1.5);
  else {
    const x0 = cx - w / 2;
    const x1 = cx + w / 2;
    const path = g.append('path').attr('d', `M${r1(x0)},${r1(cy - 4)}V${r1(cy + 4)}M${r1(x0)},${r1(cy)}H${r1(x1)}M${r1(x1)},${r1(cy - 4)}V${r1(cy + 4)}`).attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 2);
    if (s === 'dashed-bar') path.attr('stroke-dasharray', '4 2.5');
  }
}

/** Horizontal gridlines and value labels for a panel. */
export function drawValueAxis(g: G, y: ScaleLinear<number, number>, at: { x0: number; x1: number; size: number; ticks: number }): void {
  for (const t of y.ticks(at.ticks)) {
    const yy = r1(y(t));
    g.append('line').attr('class', 'grid').attr('x1', r1(at.x0)).attr('x2', r1(at.x1)).attr('y1', yy).attr('y2', yy).attr('stroke', 'currentColor').attr('stroke-opacity', t === 0 ? 0.5 : 0.14);
    g.append('text').attr('class', 'legend-text legend-text--muted').attr('x', r1(at.x0 - 5)).attr('y', r1(y(t) + at.size * 0.35)).attr('text-anchor', 'end').attr('font-size', at.size).text(formatNumber(t));
  }
}

// ─── Labels for claims ─────────────────────────────────────────────────────────────────────

export interface LabelStyle {
  base: number;
  small: number;
  /** Wrap claimant names at about this many characters. */
  claimantChars: number;
  narrow: boolean;
  /** Day dates with their year ("19 Jan 2026"), for axes longer than a year. */
  year: boolean;
}

const muted = (size: number) => (text: string): Line => ({ text, size, muted: true });

function figureLine(c: Claim, style: LabelStyle, suffix = ''): Line {
  return { text: `${figureText(c)}${c.outlier ? ' · outlier' : ''}${suffix}`, size: style.base, bold: true, italic: c.confidence === 'low' };
}

function whoWhen(c: Claim, style: LabelStyle): string {
  // A short date note ("Early February 2026.") says more than the month alone.
  const note = c.dateNote && c.dateNote.length <= 26 ? c.dateNote.replace(/\.$/, '').replace(/^(About|Around|Early|Mid|Late)\b/, (w) => w.toLowerCase()) : undefined;
  const when = c.period.precision === 'day' ? shortDate(c.date, { year: style.year }) : (note ?? shortDate(c.date));
  return `${shortClaimant(c.claimant)}, ${when.replace(/ /g, '\u00a0')}`;
}

/** One claim's label, fullest first: figure, who and when; then shorter. */
function singleVersions(c: Claim, style: LabelStyle): Line[][] {
  const figure = figureLine(c, style);
  const who = wrap(whoWhen(c, style), style.claimantChars).map(muted(style.small));
  const whoShort = wrap(shortClaimant(c.claimant), style.claimantChars).map(muted(style.small));
  return [[figure, ...who], [figure, ...whoShort], [figure]];
}

/** One label for figures dated to the same year or month (bars over the same period). */
function periodGroupVersions(claims: Claim[], style: LabelStyle): Line[][] {
  const header: Line = { text: `Dated only ${shortDate(claims[0]!.date)}:`, size: style.small, muted: true };
  const inline = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${shortClaimant(c.claimant)}` }));
  const stacked = claims.flatMap((c) => [figureLine(c, style), ...wrap(shortClaimant(c.claimant), style.claimantChars).map(muted(style.small))]);
  return [[header, ...inline], [header, ...stacked], [header, ...claims.map((c) => figureLine(c, style))]];
}

/** One label for marks too close to label apart, highest figure first so the lines match. */
function clusterVersions(claims: Claim[], style: LabelStyle, header?: string): Line[][] {
  if (header !== undefined) {
    const head: Line = { text: header, size: style.small, bold: true };
    return clusterVersions(claims, style).map((lines) => [head, ...lines]);
  }
  const inline = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${whoWhen(c, style)}` }));
  const stacked = claims.flatMap((c) => [figureLine(c, style), ...wrap(whoWhen(c, style), style.claimantChars).map(muted(style.small))]);
  const short = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${shortClaimant(c.claimant)}` }));
  return [inline, stacked, short, claims.map((c) => figureLine(c, style))];
}

const union = (boxes: Box[]): Box => boxes.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: Math.min(a.y0, b.y0), y1: Math.max(a.y1, b.y1) }));

/**
 * Label requests for the claims in focus, in a few orders for `layoutLabels` to compare.
 * Bars over the same year or month share a label ("Dated only 2024: …"), as do dots too close
 * to label apart; outliers, named groups and `priority` claims come first, then shared labels,
 * then single ones.
 */
export interface NamedGroup {
  /** Claim ids labelled together under the header, whatever their dates. */
  ids: ReadonlySet<string>;
  header: string;
  className: string;
}

export function claimLabelOrders(focused: Placed[], bounds: Box, style: LabelStyle, radius: number, named: NamedGroup[] = [], priority: ReadonlySet<string> = new Set()): LabelRequest[][] {
  const groups: Placed[][] = [];
  const byPeriod = new Map<string, Placed[]>();
  const points: Placed[] = [];
  const headers = new Map<Placed[], NamedGroup>();
  for (const n of named) {
    const members = focused.filter((p) => n.ids.has(p.claim.id));
    if (!members.length) continue;
    groups.push(members);
    headers.set(members, n);
  }
  const inNamed = (p: Placed) => named.some((n) => n.ids.has(p.claim.id));
  for (const p of focused) {
    if (inNamed(p)) continue;
    if (p.claim.outlier) groups.push([p]);
    else if (p.bar) byPeriod.set(p.claim.date, [...(byPeriod.get(p.claim.date) ?? []), p]);
    else points.push(p);
  }
  groups.push(...byPeriod.values());
  // Dots close enough that a label beside one could be read as the other's cluster.
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  points.forEach((a, i) =>
    points.forEach((b, j) => {
      if (j > i && Math.abs(a.x - b.x) < Math.max(radius * 2 + 4, 24) && Math.abs(a.y - b.y) < style.base * 1.2) parent[find(j)] = find(i);
    }),
  );
  const clusters = new Map<number, Placed[]>();
  points.forEach((p, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), p]));
  groups.push(...clusters.values());

  const requests = groups.map((members) => {
    const sorted = [...members].sort((a, b) => topOf(b.claim) - topOf(a.claim) || a.claim.period.start - b.claim.period.start);
    const claims = sorted.map((p) => p.claim);
    const name = headers.get(members);
    const single = sorted.length === 1 && !name;
    const first = sorted[0]!;
    const request: LabelRequest & { rank: number; start: number; top: number } = {
      anchor: union(sorted.map((p) => p.box)),
      versions: name ? clusterVersions(claims, style, name.header) : single ? singleVersions(first.claim, style) : first.bar ? periodGroupVersions(claims, style) : clusterVersions(claims, style),
      sides: single && !first.bar ? ALL_SIDES : ['above', 'left', 'below', 'right', 'above-left', 'above-right', 'below-left', 'below-right', 'left-down'],
      bounds,
      className: `claim-label${first.claim.outlier ? ' claim-label--outlier' : ''}${single ? '' : ' claim-label--group'}${name ? ` ${name.className}` : ''}`,
      weight: name ? 60 : first.claim.outlier ? 50 : claims.some((c) => priority.has(c.id)) ? 40 : single ? 1 : 3 * sorted.length,
      rank: name || first.claim.outlier || claims.some((c) => priority.has(c.id)) ? 0 : single ? 2 : 1,
      start: Math.max(...claims.map((c) => c.period.start)),
      top: topOf(first.claim),
    };
    return request;
  });
  const by = (f: (a: (typeof requests)[number], b: (typeof requests)[number]) => number) => [...requests].sort((a, b) => a.rank - b.rank || f(a, b));
  const free = (f: (a: (typeof requests)[number], b: (typeof requests)[number]) => number) => [...requests].sort(f);
  return [
    by((a, b) => b.start - a.start),
    by((a, b) => a.start - b.start),
    by((a, b) => b.top - a.top),
    by((a, b) => a.top - b.top),
    // Left to right and right to left regardless of rank: sometimes a small label placed first
    // leaves room for a big one, and the weights decide.
    free((a, b) => a.anchor.x0 - b.anchor.x0),
    free((a, b) => b.anchor.x1 - a.anchor.x1),
  ];
}
