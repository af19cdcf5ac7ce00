/**
 * timeline — "January–February 2026, day by day". Two parts, one above the other:
 * - a day axis for the whole two months, one dot per event stacked on its day (so the burst of
 *   19–20 January shows as it was), month-only dates drawn as a dashed span across their month;
 * - below it, a vertical list (dates down the side, titles wrapping) with one column per lane,
 *   each event a dot in its lane's column and its title beside it, quotes with their speaker.
 * Each story step highlights a lane and date range on the day axis (the rest muted) and lists
 * only those events, so the state fits a phone screen; the complete state lists every event.
 */
import { parseHTML } from 'linkedom';
import { defineChart, type ChartStep, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import { LOCALE, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { LANES, WINDOW, dateOfDay, dayIndex, prepare, type LaneId, type TimelineEvent, type TimelineInput } from './prepare.ts';

const TITLE = 'January–February 2026, day by day';

/** A story state: the lanes and the days (inclusive) it highlights and lists. */
interface Step {
  id: string;
  name: string;
  lanes: readonly LaneId[];
  from: string;
  to: string;
}

export const STEPS: readonly Step[] = [
  { id: 'fighting', name: 'The fighting and the first ceasefire', lanes: ['fighting', 'transfers'], from: '2026-01-06', to: '2026-01-19' },
  { id: 'prisons', name: 'The prisons and camps change hands', lanes: ['prisons'], from: '2026-01-19', to: '2026-01-23' },
  { id: 'iraq', name: "Iraq's response", lanes: ['iraq'], from: '2026-01-18', to: '2026-01-22' },
  { id: 'transfers', name: 'Detainees moved to Iraq, and the deals', lanes: ['transfers'], from: '2026-01-20', to: '2026-02-17' },
  { id: 'coalition', name: 'The US-led coalition', lanes: ['us'], from: WINDOW.start, to: WINDOW.end },
  { id: 'february', name: 'February', lanes: LANES.map((l) => l.id), from: '2026-02-01', to: WINDOW.end },
];

const CONFIDENCE_TAG = { high: '', medium: 'medium confidence', low: 'low confidence' } as const;

const dayRange = (s: Pick<Step, 'from' | 'to'>) => ({ from: dayIndex(s.from), to: dayIndex(s.to) + 1 });
const interval = (e: TimelineEvent) => (e.span ? e.span : { from: e.day!, to: e.day! + 1 });

export function highlighted(e: TimelineEvent, step: Step | undefined): boolean {
  if (!step) return true;
  const r = dayRange(step), i = interval(e);
  return step.lanes.includes(e.lane) && i.from < r.to && i.to > r.from;
}

const stepOf = (id: string | undefined) => {
  if (id === undefined) return undefined;
  const step = STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`timeline: expected a step id (${STEPS.map((s) => s.id).join(', ')}), got "${id}"`);
  return step;
};

const intl = (options: Intl.DateTimeFormatOptions) => (date: string) => new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
/** "19 January": a day within the chart's two months, where the year is said once around it. */
const dayMonth = intl({ day: 'numeric', month: 'long' });
/** "6–19 January 2026", "20 January – 17 February 2026". */
function formatDays(from: string, to: string): string {
  if (from === to) return formatPartialDate(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${intl({ day: 'numeric' })(from)}–${formatPartialDate(to)}`;
  return `${dayMonth(from)} – ${formatPartialDate(to)}`;
}
/** "19 Jan": the short day for the axis and the list's date column. */
const shortDay = intl({ day: 'numeric', month: 'short' });
const shortMonth = (month: string) => intl({ month: 'short' })(`${month}-01`);
const longMonth = (month: string) => intl({ month: 'long' })(`${month}-01`);

/** How the alt text names an event's date: "19 January", "January (day not given)". */
const eventDate = (e: TimelineEvent) => (e.span ? `${longMonth(e.date)} (day not given)` : dayMonth(e.date));
const quoteText = (e: TimelineEvent) => (e.quote ? keepHyphens(`“${e.quote.text}” — ${e.quote.speaker}`) : '');
/** Hyphens inside words become non-breaking, so Plot's wrapping never leaves "al-" at a line end. */
const keepHyphens = (text: string) => text.replace(/(?<=\p{L})-(?=\p{L}|\d)/gu, '\u2011');
function titleText(e: TimelineEvent): string {
  const tags = [e.span ? 'day not given' : '', CONFIDENCE_TAG[e.confidence]].filter(Boolean);
  return keepHyphens(tags.length ? `${e.title} (${tags.join('; ')})` : e.title);
}
const laneLabel = (input: TimelineInput, lane: LaneId) => input.lanes.find((l) => l.id === lane)!.label;

function busiestDay(input: TimelineInput): { date: string; count: number } {
  const counts = new Map<number, number>();
  for (const e of input.events) if (e.day !== undefined) counts.set(e.day, (counts.get(e.day) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [day, count] of counts) if (count > best[1] || (count === best[1] && day < best[0])) best = [day, count];
  return { date: dateOfDay(best[0]), count: best[1] };
}

function describe(input: TimelineInput): string {
  const dated = input.events.filter((e) => e.day !== undefined);
  const busiest = busiestDay(input);
  const monthOnly = input.events.length - dated.length;
  const lower = input.events.filter((e) => e.confidence !== 'high').length;
  return (
    `Timeline of ${formatNumber(input.events.length)} events from ${dayMonth(dateOfDay(dated[0]!.day!))} to ${formatPartialDate(dateOfDay(dated.at(-1)!.day!))}, ` +
    `in ${formatNumber(input.lanes.length)} lanes: ${input.lanes.map((l) => l.name).join(', ')}. ` +
    `The busiest day is ${formatPartialDate(busiest.date)}, with ${formatNumber(busiest.count)} events.` +
    (monthOnly ? ` ${formatNumber(monthOnly)} ${monthOnly === 1 ? 'event is' : 'events are'} dated to the month only and drawn across it.` : '') +
    (lower ? ` ${formatNumber(lower)} ${lower === 1 ? 'event is' : 'events are'} reported with less than high confidence and drawn hollow.` : '')
  );
}

// ——— Layout ———

const TYPE = {
  narrow: { font: 11, small: 10, gutter: 44, lane: 14, dotR: 4, stackR: 2.3, stackGap: 5.2, lineHeight: 1.2, rowGap: 8, header: 12, margin: 4 },
  wide: { font: 12, small: 11, gutter: 52, lane: 22, dotR: 4.5, stackR: 3, stackGap: 7, lineHeight: 1.25, rowGap: 8, header: 14, margin: 6 },
} as const;

/** Lines Plot's text mark will wrap each string into at `lineWidth` ems, measured by rendering it; 0 for "". */
function measureLines(all: string[], lineWidth: number): number[] {
  const texts = all.filter(Boolean);
  if (!texts.length) return all.map(() => 0);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 100,
    height: 100,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [Plot.text(texts, { x: 0, y: 0, text: (d: string) => d, lineWidth })],
  }) as unknown as SVGSVGElement;
  const nodes = [...svg.querySelectorAll('text')];
  if (nodes.length !== texts.length) throw new Error(`timeline: measured ${nodes.length} labels, expected ${texts.length}`);
  const counts = nodes.map((t) => Math.max(1, t.querySelectorAll('tspan').length));
  return all.map((text) => (text ? counts.shift()! : 0));
}

interface Row {
  e: TimelineEvent;
  y: number;
  /** The first row of its date: carries the date in the side column. */
  first: boolean;
  titleLines: number;
}

function render(input: TimelineInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = stepOf(options.step);
  const narrow = width < 520;
  const t = narrow ? TYPE.narrow : TYPE.wide;
  const M = t.margin;
  const lh = t.font * t.lineHeight;
  const lhSmall = t.small * t.lineHeight;

  // Day axis: the same geometry in every state, so only the highlight changes from step to step.
  const x = (day: number) => M + (day * (width - 2 * M)) / input.days;
  const perDay = new Map<number, TimelineEvent[]>();
  for (const e of input.events) if (e.day !== undefined) perDay.set(e.day, [...(perDay.get(e.day) ?? []), e]);
  const laneIndex = (lane: LaneId) => LANES.findIndex((l) => l.id === lane);
  const maxStack = Math.max(1, ...[...perDay.values()].map((list) => list.length));
  const captionY = 2;
  const stacksTop = captionY + lhSmall + 6;
  const baseline = stacksTop + maxStack * t.stackGap + 2;
  const stackDots = [...perDay.entries()].flatMap(([day, list]) =>
    [...list]
      .sort((a, b) => laneIndex(a.lane) - laneIndex(b.lane))
      .map((e, k) => ({ e, x: x(day + 0.5), y: baseline - 1 - (k + 0.5) * t.stackGap, on: highlighted(e, step) })),
  );
  const tickDays = [...Array(input.days).keys()];
  const majorTicks = tickDays.filter((d) => ['01', '15'].includes(dateOfDay(d).slice(8)));
  const axisLabelY = baseline + 7;
  // Month-only events: a dashed span across the month, one row per event in that month.
  const spansTop = axisLabelY + lhSmall + 8;
  const spanRowH = lhSmall + 8;
  const monthOnly = input.events.filter((e) => e.span);
  const spanRow = new Map<string, number>();
  const spans = monthOnly.map((e) => {
    const k = spanRow.get(e.date) ?? 0;
    spanRow.set(e.date, k + 1);
    return { e, x1: x(e.span!.from) + 2, x2: x(e.span!.to) - 2, y: spansTop + k * spanRowH, on: highlighted(e, step) };
  });
  const spanRows = Math.max(0, ...spanRow.values());
  const overviewBottom = spansTop + spanRows * spanRowH + (spanRows ? 0 : -8);
  const band = step && { ...dayRange(step), y1: stacksTop - 3, y2: overviewBottom - 2 };

  // The list: lane columns with stair-stepped headings, then one row per event.
  const listed = input.events.filter((e) => highlighted(e, step));
  const headTop = overviewBottom + 10;
  const laneX = (lane: LaneId) => M + t.gutter + t.dotR + input.lanes.findIndex((l) => l.id === lane) * t.lane;
  const lastLaneX = M + t.gutter + t.dotR + (input.lanes.length - 1) * t.lane;
  const labelX = lastLaneX + t.dotR + 8;
  // Plot wraps with system-ui widths; the fallback sans fonts run a few per cent wider.
  const lineWidth = (0.92 * (width - M - labelX)) / t.font;
  const quoteWidth = (0.92 * (width - M - labelX)) / t.small;
  const headings = input.lanes.map((l, i) => ({ ...l, x: laneX(l.id) - 3, y: headTop + i * t.header, guideTop: headTop + (i + 1) * t.header + 1 }));
  const titleLines = measureLines(listed.map(titleText), lineWidth);
  const quoteLines = measureLines(listed.map(quoteText), quoteWidth);
  const dateLines = measureLines(listed.map((e) => (e.span ? shortMonth(e.date) : shortDay(e.date))), (t.gutter - 2) / t.font);
  let y = headTop + input.lanes.length * t.header + 8;
  const rows: Row[] = listed.map((e, i) => {
    const first = i === 0 || listed[i - 1]!.date !== e.date;
    if (first && i > 0) y += 3;
    const row = { e, y, first, titleLines: titleLines[i]! };
    const quoteH = e.quote ? 2 + quoteLines[i]! * lhSmall : 0;
    y += Math.max(titleLines[i]! * lh + quoteH, first ? dateLines[i]! * lh : 0) + t.rowGap;
    return row;
  });
  const listBottom = y - t.rowGap + 2;
  const height = Math.ceil(listBottom + 6);
  const separators = rows.filter((r, i) => r.first && i > 0).map((r) => r.y - (t.rowGap + 3) / 2);

  const caption = step ? 'Each dot is one event, on its day; the ones listed below stand out.' : 'Each dot is one event, on its day.';
  const hollow = (e: TimelineEvent) => e.confidence !== 'high';

  return plotSvg(
    {
      width,
      height,
      margin: 0,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        // Day axis
        ...(band ? [Plot.rect([band], { x1: (b: typeof band) => x(b.from), x2: (b: typeof band) => x(b.to), y1: 'y1', y2: 'y2', fill: 'currentColor', className: 'timeline-range' })] : []),
        Plot.text([caption], { x: M, y: captionY, text: (d: string) => d, textAnchor: 'start', lineAnchor: 'top', fontSize: t.small, fill: 'currentColor', className: 'timeline-caption' }),
        Plot.ruleX(tickDays, { x: (d: number) => x(d), y1: baseline, y2: baseline + 2.5, stroke: 'currentColor', className: 'timeline-tick' }),
        Plot.ruleX([...majorTicks, input.days], { x: (d: number) => x(d), y1: baseline, y2: baseline + 6, stroke: 'currentColor', className: 'timeline-tick--major' }),
        Plot.ruleY([baseline], { x1: x(0), x2: x(input.days), y: (d: number) => d, stroke: 'currentColor', className: 'timeline-baseline' }),
        Plot.text(majorTicks, { x: (d: number) => x(d), y: axisLabelY, text: (d: number) => shortDay(dateOfDay(d)), textAnchor: 'start', dx: 2, lineAnchor: 'top', fontSize: t.small, fill: 'currentColor', className: 'timeline-axis-label' }),
        ...stackMarks(stackDots, hollow, t.stackR),
        ...spans.flatMap((s) => [
          Plot.ruleY([s], { x1: 'x1', x2: 'x2', y: 'y', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '3 2', className: s.on ? 'timeline-span' : 'timeline-span timeline-span--muted' }),
          Plot.ruleX([s.x1, s.x2], { x: (d: number) => d, y1: s.y - 3, y2: s.y + 3, stroke: 'currentColor', strokeWidth: 1.5, className: s.on ? 'timeline-span' : 'timeline-span timeline-span--muted' }),
          Plot.text([s], { x: (d: typeof s) => (d.x1 + d.x2) / 2, y: s.y + 3, text: () => `${shortMonth(s.e.date)}: 1 event, day not given`, lineAnchor: 'top', fontSize: t.small, fill: 'currentColor', className: s.on ? 'timeline-span-label' : 'timeline-span-label timeline-span-label--muted' }),
        ]),
        // Lanes
        Plot.ruleX(headings, { x: (h: (typeof headings)[number]) => h.x + 3, y1: 'guideTop', y2: listBottom, stroke: 'currentColor', className: 'timeline-guide' }),
        Plot.text(headings, { x: 'x', y: 'y', text: 'label', textAnchor: 'start', lineAnchor: 'top', fontSize: t.small, fontWeight: 600, fill: 'currentColor', className: 'timeline-lane-head' }),
        // List
        Plot.ruleY(separators, { x1: M, x2: width - M, y: (d: number) => d, stroke: 'currentColor', className: 'timeline-separator' }),
        Plot.text(rows.filter((r) => r.first), { x: M, y: 'y', text: (r: Row) => (r.e.span ? shortMonth(r.e.date) : shortDay(r.e.date)), textAnchor: 'start', lineAnchor: 'top', lineWidth: (t.gutter - 2) / t.font, fontSize: t.font, fontWeight: 700, lineHeight: t.lineHeight, fill: 'currentColor', className: 'timeline-date' }),
        Plot.dot(rows.filter((r) => !hollow(r.e)), { x: (r: Row) => laneX(r.e.lane), y: (r: Row) => r.y + lh / 2, r: t.dotR, fill: 'currentColor', title: (r: Row) => rowTitle(r.e.id), className: 'timeline-dot' }),
        Plot.dot(rows.filter((r) => hollow(r.e)), { x: (r: Row) => laneX(r.e.lane), y: (r: Row) => r.y + lh / 2, r: t.dotR, fill: 'currentColor', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '2 1.5', title: (r: Row) => rowTitle(r.e.id), className: 'timeline-dot timeline-dot--hollow' }),
        Plot.text(rows, { x: labelX, y: 'y', text: (r: Row) => titleText(r.e), textAnchor: 'start', lineAnchor: 'top', lineWidth, lineHeight: t.lineHeight, fontSize: t.font, fill: 'currentColor', className: 'timeline-label' }),
        Plot.text(rows.filter((r) => r.e.quote), { x: labelX, y: (r: Row) => r.y + r.titleLines * lh + 2, text: (r: Row) => quoteText(r.e), textAnchor: 'start', lineAnchor: 'top', lineWidth: quoteWidth, lineHeight: t.lineHeight, fontSize: t.small, fontStyle: 'italic', fill: 'currentColor', className: 'timeline-quote' }),
      ],
    },
    { idPrefix, title: TITLE, description: describe(input), className: 'chart chart--timeline', fontSize: t.font },
  );
}

/** The stacked dots: muted when outside the step, hollow and dashed below high confidence. */
function stackMarks(dots: { e: TimelineEvent; x: number; y: number; on: boolean }[], hollow: (e: TimelineEvent) => boolean, r: number) {
  return [false, true].flatMap((on) => {
    const muted = on ? '' : ' timeline-stack--muted';
    const these = dots.filter((d) => d.on === on);
    return [
      Plot.dot(these.filter((d) => !hollow(d.e)), { x: 'x', y: 'y', r, fill: 'currentColor', className: `timeline-stack${muted}` }),
      Plot.dot(these.filter((d) => hollow(d.e)), { x: 'x', y: 'y', r: r - 0.3, fill: 'currentColor', stroke: 'currentColor', strokeWidth: 1, strokeDasharray: '1.5 1', className: `timeline-stack timeline-stack--hollow${muted}${on ? '' : ' timeline-stack--hollow-muted'}` }),
    ];
  });
}

// ——— Table and steps ———

function table(input: TimelineInput): DataTable {
  return {
    caption: `${formatNumber(input.events.length)} events of January and February 2026, in date order`,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'event', label: 'Event', rowHeader: true },
      { key: 'lane', label: 'Lane' },
      { key: 'quote', label: 'Quote' },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows: input.events.map((e) => ({
      id: e.id,
      cells: {
        date: {
          text: formatPartialDate(e.date),
          note: [e.span ? 'The day is not given; the chart draws the event across the whole month.' : '', e.dateNote ?? ''].filter(Boolean).join(' ') || undefined,
        },
        event: { text: e.title, note: e.summary },
        lane: { text: laneLabel(input, e.lane) },
        quote: e.quote ? { text: `“${e.quote.text}”`, note: `${e.quote.speaker}, ${e.quote.role}` } : { text: '' },
        confidence: { text: e.confidence === 'high' ? 'High' : e.confidence === 'medium' ? 'Medium' : 'Low', note: e.confidence === 'high' ? undefined : 'Drawn as a hollow, dashed dot.' },
      },
      sources: e.sources,
    })),
  };
}

function stepAlt(step: Step) {
  return (input: TimelineInput) => {
    const listed = input.events.filter((e) => highlighted(e, step));
    const lanes = input.lanes.filter((l) => step.lanes.includes(l.id)).map((l) => `“${l.label}”`);
    const where = lanes.length === input.lanes.length ? 'in all lanes' : lanes.length === 1 ? `in the lane ${lanes[0]}` : `in the lanes ${lanes.slice(0, -1).join(', ')} and ${lanes.at(-1)}`;
    const items = listed.map((e) => `${eventDate(e)}, ${e.title}${e.quote ? ` (${e.quote.speaker}: “${e.quote.text}”)` : ''}${e.confidence === 'high' ? '' : ` (${CONFIDENCE_TAG[e.confidence]})`}`);
    const n = `${formatNumber(listed.length)} ${listed.length === 1 ? 'event' : 'events'}`;
    return `${step.name}, ${formatDays(step.from, step.to)}: the day axis highlights ${n} ${where}, and the list below it names them: ${items.join('; ')}.`;
  };
}

export default defineChart<TimelineInput>({
  id: 'timeline',
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: events as reported by the sources cited; lanes grouped by kind of event',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set(input.events.flatMap((e) => e.sources))],
  asOf: (input) => input.asOf,
  steps: STEPS.map((s): ChartStep<TimelineInput> => ({ id: s.id, alt: stepAlt(s) })),
});

export { prepare };
