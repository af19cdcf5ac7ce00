/** timeline — the window the chart draws, its lanes, and days counted from the window's first. */
import { DAY, isoDay, periodOf } from '../kit/dates.ts';

/** The window the chart draws: January and February 2026 (the title says so). */
export const WINDOW = { start: '2026-01-01', end: '2026-02-28' } as const;

/** The lanes, in their fixed order (headings and names: src/i18n, `lane`). */
export const LANES = [
  { id: 'fighting' },
  { id: 'prisons' },
  { id: 'iraq' },
  { id: 'transfers' },
  { id: 'us' },
  { id: 'other' },
] as const;
export type LaneId = (typeof LANES)[number]['id'];

const origin = periodOf(WINDOW.start).start;
/** Day index of a date (a month: its first day), counted from the window's first day. */
export const dayIndex = (date: string): number => Math.round((periodOf(date).start - origin) / DAY);
/** The YYYY-MM-DD date of a day index. */
export const dateOfDay = (day: number): string => isoDay(origin + day * DAY);
/** A month's days as day indices: its first, and the day after its last. */
export function monthSpan(month: string): { from: number; to: number } {
  const p = periodOf(month);
  return { from: dayIndex(month), to: dayIndex(month) + Math.round((p.end - p.start) / DAY) };
}
