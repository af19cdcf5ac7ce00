/**
 * timeline — the story's states: the lanes each highlights and the days it lists, bounded by
 * events of data/events.json (or the window's edges), so the dates follow the data.
 */
import type { SiteData } from '../../data/validate.ts';
import { LANES, WINDOW, dayIndex, type LaneId } from './window.ts';

/** A state's first or last day: an event's date, or the window's first day, last day, or last month's first day. */
type Bound = { event: string } | 'start' | 'end' | 'last-month';

interface StepSpec {
  id: string;
  lanes: readonly LaneId[];
  from: Bound;
  to: Bound;
}

export const STEPS: readonly StepSpec[] = [
  {
    id: 'fighting',
    lanes: ['fighting', 'transfers'],
    from: { event: 'aleppo-clashes-2026' },
    to: { event: 'ceasefire-collapses-2026' },
  },
  {
    id: 'prisons',
    lanes: ['prisons'],
    from: { event: 'shaddadi-prison-lost-2026' },
    to: { event: 'aqtan-handover-2026' },
  },
  // The day the story quotes: Iraq's forces in "full readiness", the frontier its "most secure".
  { id: 'iraq', lanes: ['iraq'], from: { event: 'full-readiness-2026' }, to: { event: 'most-secure-2026' } },
  {
    // The US operation the story follows, from its first day to its last.
    id: 'transfers',
    lanes: ['transfers'],
    from: { event: 'transfers-begin-2026' },
    to: { event: 'transfers-end-2026' },
  },
  { id: 'coalition', lanes: ['us'], from: 'start', to: 'end' },
  { id: 'february', lanes: LANES.map((l) => l.id), from: 'last-month', to: 'end' },
];

/** A state with its days (inclusive, YYYY-MM-DD). */
export interface Step {
  id: string;
  lanes: readonly LaneId[];
  from: string;
  to: string;
}

function dateOf(bound: Bound, data: SiteData, step: string): string {
  if (bound === 'start') return WINDOW.start;
  if (bound === 'end') return WINDOW.end;
  if (bound === 'last-month') return `${WINDOW.end.slice(0, 7)}-01`;
  const e = data.events.events[bound.event];
  if (e?.date.length !== 10)
    throw new Error(
      `timeline: step "${step}" expected event "${bound.event}" in data/events.json, dated to the day; ` +
        `got ${e ? e.date : 'none'}`,
    );
  return e.date;
}

export function resolveSteps(data: SiteData): Step[] {
  return STEPS.map((s) => ({
    id: s.id,
    lanes: s.lanes,
    from: dateOf(s.from, data, s.id),
    to: dateOf(s.to, data, s.id),
  }));
}

export const dayRange = (s: Pick<Step, 'from' | 'to'>) => ({ from: dayIndex(s.from), to: dayIndex(s.to) + 1 });

/**
 * What a state asks of an event (a TimelineEvent of prepare.ts, which imports this file): its
 * lane, and its day or, for a month-only date, its span of days.
 */
interface Dated {
  lane: LaneId;
  day?: number;
  span?: { from: number; to: number };
}

const interval = (e: Dated) => e.span ?? { from: e.day!, to: e.day! + 1 };

/** Whether an event is in a state's lanes and days; every event is, with no state. */
export function highlighted(e: Dated, step: Step | undefined): boolean {
  if (!step) return true;
  const r = dayRange(step),
    i = interval(e);
  return step.lanes.includes(e.lane) && i.from < r.to && i.to > r.from;
}

/** A state by id, or an error naming the states there are. */
export function stepOf(steps: readonly Step[], id: string | undefined): Step | undefined {
  if (id === undefined) return undefined;
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`timeline: expected a step id (${steps.map((s) => s.id).join(', ')}), got "${id}"`);
  return step;
}
