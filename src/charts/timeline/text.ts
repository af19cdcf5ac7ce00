/** timeline — what the chart says in words: event titles as listed, the description and each step's alt text. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { dateSpan, dayMonth, monthName, periodOf } from '../kit/dates.ts';
import type { TimelineEvent, TimelineInput } from './prepare.ts';
import { highlighted, type Step } from './steps.ts';
import { WINDOW, dateOfDay } from './window.ts';

const s = () => t.charts.timeline;

/** "January–February 2026": the months the chart draws. */
export const windowMonths = (): string => dateSpan(WINDOW.start.slice(0, 7), WINDOW.end.slice(0, 7));

/** An event's title as listed, with "day not given" and its confidence below high. */
export function titleText(e: TimelineEvent): string {
  const tags = [e.span ? s().dayNotGiven : '', s().confidence[e.confidence] ?? ''].filter(Boolean);
  return s().tagged(e.title, tags);
}

export const quoteText = (e: TimelineEvent): string => (e.quote ? s().quote(e.quote.text, e.quote.speaker) : '');

/** How prose names an event's date: "19 January", "January (day not given)". */
const eventDate = (e: TimelineEvent) =>
  e.span ? s().monthOnly(monthName(periodOf(e.date).start)) : dayMonth(periodOf(e.date).start);

function busiestDay(input: TimelineInput): { date: string; count: number } {
  const counts = new Map<number, number>();
  for (const e of input.events) if (e.day !== undefined) counts.set(e.day, (counts.get(e.day) ?? 0) + 1);
  let best: [number, number] = [0, 0];
  for (const [day, count] of counts) if (count > best[1] || (count === best[1] && day < best[0])) best = [day, count];
  return { date: dateOfDay(best[0]), count: best[1] };
}

export function describe(input: TimelineInput): string {
  const dated = input.events.filter((e) => e.day !== undefined);
  const busiest = busiestDay(input);
  const monthOnly = input.events.length - dated.length;
  const lower = input.events.filter((e) => e.confidence !== 'high').length;
  return (
    s().describe(
      formatNumber(input.events.length),
      dayMonth(periodOf(dateOfDay(dated[0]!.day!)).start),
      formatPartialDate(dateOfDay(dated.at(-1)!.day!)),
      formatNumber(input.lanes.length),
      input.lanes.map((l) => l.name).join(', '),
      formatPartialDate(busiest.date),
      formatNumber(busiest.count),
    ) +
    (monthOnly ? s().describeMonthOnly(formatNumber(monthOnly), monthOnly === 1) : '') +
    (lower ? s().describeLower(formatNumber(lower), lower === 1) : '')
  );
}

export function stepAlt(input: TimelineInput, step: Step): string {
  const a = s().alt;
  const listed = input.events.filter((e) => highlighted(e, step));
  const lanes = input.lanes.filter((l) => step.lanes.includes(l.id)).map((l) => a.quoted(l.label));
  const where =
    lanes.length === input.lanes.length
      ? a.allLanes
      : lanes.length === 1
        ? a.oneLane(input.lanes.find((l) => step.lanes.includes(l.id))!.label)
        : a.lanes(t.list(lanes));
  const items = listed.map((e) =>
    a.item(
      eventDate(e),
      e.title,
      e.quote ? a.quote(e.quote.speaker, e.quote.text) : undefined,
      e.confidence === 'high' ? undefined : s().confidence[e.confidence],
    ),
  );
  const name = s().step[step.id]!;
  return a.step(
    name,
    dateSpan(step.from, step.to),
    a.count(formatNumber(listed.length), listed.length === 1),
    where,
    items.join('; '),
  );
}
