/**
 * timeline — where everything goes, in px: the day axis with one dot per event stacked on its
 * day and month-only events as dashed spans across their month; below it the lane headings and
 * the list, one row per event, its title and quote wrapped at widths measured with the chart
 * typeface (kit/text.ts), so rows never collide.
 */
import { dayTick, monthTick, periodOf } from '../kit/dates.ts';
import { textWidth as measure, wrap } from '../kit/text.ts';
import { typeScale, isNarrow, type TypeScale } from '../kit/type-scale.ts';
import type { TimelineEvent, TimelineInput } from './prepare.ts';
import { dayRange, highlighted, type Step } from './steps.ts';
import { quoteText, titleText } from './text.ts';
import { LANES, dateOfDay, type LaneId } from './window.ts';

/**
 * The list's geometry, px: date gutter, lane columns, dots, stacks, rows, stair-stepped headings;
 * and its leading, tighter than the kit's, so a step's list fits a phone screen.
 */
const LAYOUT = {
  narrow: { gutter: 44, lane: 14, dotR: 4, stackR: 2.3, stackGap: 5.2, rowGap: 6, header: 15, margin: 4, leading: 1.2 },
  wide: { gutter: 52, lane: 22, dotR: 4.5, stackR: 3, stackGap: 7, rowGap: 8, header: 16, margin: 6, leading: 1.25 },
} as const;

export interface Row {
  e: TimelineEvent;
  y: number;
  /** The first row of its date: carries the date in the side column. */
  first: boolean;
  /** The short date, one line: the gutter is as wide as "19 Jan". */
  date: string[];
  title: string[];
  quote: string[];
}

/** The short date of an event's row: "19 Jan", or the month alone for a month-only date. */
export const rowDate = (e: TimelineEvent): string =>
  e.span ? monthTick(periodOf(e.date).start) : dayTick(periodOf(e.date).start);

export function layout(input: TimelineInput, width: number, step: Step | undefined) {
  const narrow = isNarrow(width);
  const g = narrow ? LAYOUT.narrow : LAYOUT.wide;
  const type: TypeScale = typeScale(width);
  const M = g.margin;
  const lh = type.base * g.leading;
  const lhSmall = type.small * g.leading;

  // Day axis: the same geometry in every state, so only the highlight changes from step to step.
  const x = (day: number) => M + (day * (width - 2 * M)) / input.days;
  const perDay = new Map<number, TimelineEvent[]>();
  for (const e of input.events) if (e.day !== undefined) perDay.set(e.day, [...(perDay.get(e.day) ?? []), e]);
  const laneIndex = (lane: LaneId) => LANES.findIndex((l) => l.id === lane);
  const maxStack = Math.max(1, ...[...perDay.values()].map((list) => list.length));
  const captionY = 2;
  const stacksTop = captionY + lhSmall + 6;
  const baseline = stacksTop + maxStack * g.stackGap + 2;
  const stacks = [...perDay.entries()].flatMap(([day, list]) =>
    [...list]
      .sort((a, b) => laneIndex(a.lane) - laneIndex(b.lane))
      .map((e, k) => ({ e, x: x(day + 0.5), y: baseline - 1 - (k + 0.5) * g.stackGap, on: highlighted(e, step) })),
  );
  const days = [...Array(input.days).keys()];
  const majorTicks = days.filter((d) => ['01', '15'].includes(dateOfDay(d).slice(8)));
  const axisLabelY = baseline + 7;
  // Month-only events: a dashed span across the month, one row per event in that month.
  const spansTop = axisLabelY + lhSmall + 8;
  const spanRowH = lhSmall + 8;
  const spanRow = new Map<string, number>();
  const spans = input.events
    .filter((e) => e.span)
    .map((e) => {
      const k = spanRow.get(e.date) ?? 0;
      spanRow.set(e.date, k + 1);
      return {
        e,
        x1: x(e.span!.from) + 2,
        x2: x(e.span!.to) - 2,
        y: spansTop + k * spanRowH,
        on: highlighted(e, step),
      };
    });
  const spanRows = Math.max(0, ...spanRow.values());
  const overviewBottom = spansTop + spanRows * spanRowH + (spanRows ? 0 : -8);
  const band = step && { ...dayRange(step), y1: stacksTop - 3, y2: overviewBottom - 2 };

  // The list: lane columns with stair-stepped headings, then one row per event. On a phone a
  // step lists only its own lanes' columns: the others would be empty, and their width and
  // headings are better spent on the titles.
  const lanes = narrow && step ? input.lanes.filter((l) => step.lanes.includes(l.id)) : input.lanes;
  const headTop = overviewBottom + 10;
  // The date column is at least as wide as the widest date, in every state, with room before the dots.
  const widestDate = Math.max(...input.events.map((e) => measure(rowDate(e), type.base, { weight: 700 })));
  const gutter = Math.max(g.gutter, Math.ceil(widestDate) + 8);
  const laneX = (lane: LaneId) => M + gutter + g.dotR + lanes.findIndex((l) => l.id === lane) * g.lane;
  const labelX = M + gutter + g.dotR + (lanes.length - 1) * g.lane + g.dotR + 8;
  const textWidth = width - M - labelX;
  const headings = lanes.map((l, i) => ({
    ...l,
    x: laneX(l.id) - 3,
    y: headTop + i * g.header,
    guideTop: headTop + (i + 1) * g.header + 1,
  }));
  const listed = input.events.filter((e) => highlighted(e, step));
  let y = headTop + lanes.length * g.header + 8;
  const rows: Row[] = listed.map((e, i) => {
    const first = i === 0 || listed[i - 1]!.date !== e.date;
    if (first && i > 0) y += 3;
    const quote = e.quote ? wrap(quoteText(e), type.small, textWidth) : [];
    const row = { e, y, first, date: [rowDate(e)], title: wrap(titleText(e), type.base, textWidth), quote };
    const quoteH = quote.length ? 2 + quote.length * lhSmall : 0;
    y += Math.max(row.title.length * lh + quoteH, first ? row.date.length * lh : 0) + g.rowGap;
    return row;
  });
  const listBottom = y - g.rowGap + 2;
  return {
    g,
    type,
    M,
    lh,
    x,
    stacks,
    days,
    majorTicks,
    baseline,
    captionY,
    axisLabelY,
    spans,
    band,
    headings,
    laneX,
    labelX,
    rows,
    listBottom,
    separators: rows.filter((r, i) => r.first && i > 0).map((r) => r.y - (g.rowGap + 3) / 2),
    height: Math.ceil(listBottom + 6),
  };
}
