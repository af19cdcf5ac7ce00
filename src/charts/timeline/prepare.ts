/**
 * timeline — data side: the January–February 2026 events from data/events.json, placed on a day
 * axis (day index from 1 January 2026) and grouped into lanes by kind. Events dated to the month
 * only keep their whole month as a span; nothing is given a day the sources do not give.
 */
import type { Event, EventKind } from '../../data/schema/events.ts';
import type { SiteData } from '../../data/validate.ts';
import { t } from '../../i18n/index.ts';
import { latestDate } from '../../lib/format/index.ts';
import { resolveSteps, type Step } from './steps.ts';
import { LANES, WINDOW, dayIndex, monthSpan, type LaneId } from './window.ts';

export { LANES, WINDOW, dateOfDay, dayIndex, type LaneId } from './window.ts';

/** Which lane each kind of event runs in. */
export const LANE_OF: Record<EventKind, LaneId> = {
  fighting: 'fighting',
  detention: 'prisons',
  iraq: 'iraq',
  barrier: 'iraq',
  transfer: 'transfers',
  agreement: 'transfers',
  us: 'us',
  background: 'other',
};

export interface TimelineEvent {
  id: string;
  date: string;
  dateNote?: string;
  title: string;
  summary: string;
  kind: EventKind;
  lane: LaneId;
  confidence: 'high' | 'medium' | 'low';
  quote?: NonNullable<Event['quote']>;
  sources: string[];
  /** Days from 1 January 2026 to the event's day, when the sources give the day. */
  day?: number;
  /** For a month-only date: the month's first day and the day after its last, as day indices. */
  span?: { from: number; to: number };
}

export interface TimelineInput {
  /** Sorted: by day, month-only dates after the last day of their month; then by lane, then file order. */
  events: TimelineEvent[];
  /** The lanes that hold at least one event, in their fixed order. */
  lanes: { id: LaneId; label: string; name: string }[];
  /** Number of days in the window. */
  days: number;
  /** Events in data/events.json outside the window (the background), left out of chart and table. */
  outside: number;
  /** The story's states, their bounds resolved to dates from data/events.json. */
  steps: Step[];
  asOf: string;
}

function inWindow(date: string): boolean {
  // A year-only date cannot be placed within two months; only months and days inside the window count.
  if (date.length < 7) return false;
  return date >= WINDOW.start.slice(0, date.length) && date <= WINDOW.end.slice(0, date.length);
}

/** Where an event sorts on the day axis: its day, or just after the last day of its month. */
export const sortPosition = (e: Pick<TimelineEvent, 'day' | 'span'>) => e.day ?? e.span!.to - 0.5;

export function prepare(data: SiteData): TimelineInput {
  const all = Object.entries(data.events.events);
  const laneIndex = (lane: LaneId) => LANES.findIndex((l) => l.id === lane);
  const events = all
    .map(([id, e], order) => ({ id, e, order }))
    .filter(({ e }) => inWindow(e.date))
    .map(({ id, e, order }) => {
      const event: TimelineEvent = {
        id,
        date: e.date,
        ...(e.dateNote ? { dateNote: e.dateNote } : {}),
        title: e.title,
        summary: e.summary,
        kind: e.kind,
        lane: LANE_OF[e.kind],
        confidence: e.confidence ?? 'high',
        ...(e.quote ? { quote: e.quote } : {}),
        sources: [...e.sources],
        ...(e.date.length === 10 ? { day: dayIndex(e.date) } : { span: monthSpan(e.date) }),
      };
      return { event, order };
    })
    .sort(
      (a, b) =>
        sortPosition(a.event) - sortPosition(b.event) ||
        laneIndex(a.event.lane) - laneIndex(b.event.lane) ||
        a.order - b.order,
    )
    .map(({ event }) => event);
  return {
    events,
    lanes: LANES.filter((l) => events.some((e) => e.lane === l.id)).map((l) => ({
      id: l.id,
      ...t.charts.timeline.lane[l.id]!,
    })),
    days: dayIndex(WINDOW.end) + 1,
    outside: all.length - events.length,
    steps: resolveSteps(data),
    asOf: latestDate(events.map((e) => e.date)) ?? WINDOW.end,
  };
}
