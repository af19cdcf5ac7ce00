/**
 * al-hol-population — what each state shows: its time window (derived from the data: the whole
 * series, the rise to the peak, the last months to the closure), the groups, events and labels.
 */
import { DAY, monthStart } from '../kit/dates.ts';
import { GROUPS, type AlHolInput, type Group } from './prepare.ts';

export type StepId = 'arrivals' | 'decline' | 'closure';
export type State = StepId | 'complete';

export interface View {
  domain: [number, number];
  groups: readonly Group[];
  events: readonly (keyof AlHolInput['events'])[];
  peak: boolean;
  shares: boolean;
  closure: boolean;
  /** Label each total with its figure (zoomed views only). */
  values: boolean;
}

/** Room after the closure in its enlarged view, so its label fits. */
const AFTER_CLOSURE = 15 * DAY;

/**
 * The windows: the whole series with two months either side; the rise, from the month before
 * the first count to the end of the peak's year; the end, from the month before the handover
 * to a fortnight after the last count.
 */
export function domains(input: AlHolInput): Record<'full' | 'arrivals' | 'closure', [number, number]> {
  const first = input.points[0]!.at.start;
  const last = input.points.at(-1)!.at.end;
  const peakYear = new Date(input.peak.points.at(-1)!.at.start).getUTCFullYear();
  return {
    full: [monthStart(first, -2), monthStart(last - 1, 2)],
    arrivals: [monthStart(first, -1), Date.UTC(peakYear + 1, 0, 1)],
    closure: [monthStart(input.events.handover.at.start, -1), last + AFTER_CLOSURE],
  };
}

export function viewOf(input: AlHolInput, state: State): View {
  const d = domains(input);
  switch (state) {
    case 'arrivals':
      return { domain: d.arrivals, groups: [], events: [], peak: true, shares: false, closure: false, values: true };
    case 'decline':
      return {
        domain: d.full,
        groups: ['iraqis'],
        events: ['returns'],
        peak: false,
        shares: true,
        closure: false,
        values: false,
      };
    case 'closure':
      return {
        domain: d.closure,
        groups: GROUPS,
        events: ['handover'],
        peak: false,
        shares: false,
        closure: true,
        values: true,
      };
    case 'complete':
      return { domain: d.full, groups: GROUPS, events: [], peak: true, shares: false, closure: true, values: false };
    default:
      throw new Error(`al-hol-population: no step "${state as string}"`);
  }
}

/** Whether a point (or part) falls in the view's window. */
export const inView = (v: View) => (p: { at: { mid: number } }) => p.at.mid >= v.domain[0] && p.at.mid <= v.domain[1];
