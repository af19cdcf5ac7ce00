/**
 * Dates as the sources give them. A partial date ("2024", "2024-03", "2024-03-02") is a period
 * at its own precision: a chart draws it across that period or at its middle, never on a day
 * the source does not name. The formats say a date at its precision, through Intl with the
 * edition's locale (src/i18n), so an Arabic edition only swaps the locale and the strings.
 */
import { LOCALE, formatPartialDate } from '../../lib/format/index.ts';
import { t } from '../../i18n/index.ts';

export const DAY = 86_400_000;

export type Precision = 'year' | 'month' | 'day';

export interface Period {
  /** ms since the epoch (UTC), inclusive. */
  start: number;
  /** ms since the epoch (UTC), exclusive. */
  end: number;
  /** The middle of the period: where one dot stands for all of it. */
  mid: number;
  precision: Precision;
}

/**
 * The period a partial date names. `until` (ms, exclusive) cuts it short where a series ends:
 * a figure dated "2026" in a series whose last day is 22 February 2026 belongs to January–22
 * February, not to the whole year.
 */
export function periodOf(date: string, until?: number): Period {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const precision: Precision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  let end = d !== undefined ? Date.UTC(y, m! - 1, d + 1) : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  if (until !== undefined && until > start && until < end) end = until;
  return { start, end, mid: start + (end - start) / 2, precision };
}

/** The day after the last date of a series given to the day: where its periods are cut short. */
export function seriesEnd(dates: readonly string[]): number | undefined {
  const days = dates.filter((d) => d.length === 10).sort();
  return days.length ? periodOf(days.at(-1)!).end : undefined;
}

/** The first day of the month `offset` months after the one `ms` falls in (UTC). */
export function monthStart(ms: number, offset = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

/** "2026-01-19" for a time: the ISO day it falls on. */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const format = (options: Intl.DateTimeFormatOptions) => {
  const f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' });
  return (ms: number) => f.format(new Date(ms));
};

/** "21 Jan": a tick on a day axis, a date in a list of days. */
export const dayTick = format({ day: 'numeric', month: 'short' });
/** "Jan": a tick on a month axis. */
export const monthTick = format({ month: 'short' });
/** "2021": a tick on a year axis. */
export const yearTick = format({ year: 'numeric' });
/** "19 January": a day where the year is said once around it. */
export const dayMonth = format({ day: 'numeric', month: 'long' });
/** "January". */
export const monthName = format({ month: 'long' });
const dayOfMonth = format({ day: 'numeric' });

/** A time axis' tick: years over a long axis or on 1 January, months otherwise. */
export function timeTickFormat(domain: readonly [number, number]): (d: Date) => string {
  const long = domain[1] - domain[0] > 3 * 365 * DAY;
  return (d) => (long || d.getUTCMonth() === 0 ? yearTick(+d) : monthTick(+d));
}

/** "21 Jan" (or "21 Jan 2026" with `year`) / "Feb 2025" / "2021": the date at its own precision, short. */
export function shortDate(date: string, options: { year?: boolean } = {}): string {
  const p = periodOf(date);
  const f: Intl.DateTimeFormatOptions =
    p.precision === 'day'
      ? { day: 'numeric', month: 'short', ...(options.year ? { year: 'numeric' } : {}) }
      : p.precision === 'month'
        ? { month: 'short', year: 'numeric' }
        : { year: 'numeric' };
  return format(f)(p.start);
}

/** "6–19 January 2026", "21 January–12 February 2026", "March–June 2019", "2019–2021". */
export function dateSpan(a: string, b: string): string {
  const { span } = t.charts.kit.marks;
  if (a === b) return formatPartialDate(a);
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  if (sameYear && a.length === 10 && b.length === 10) {
    const from = a.slice(0, 7) === b.slice(0, 7) ? dayOfMonth(periodOf(a).start) : dayMonth(periodOf(a).start);
    return span(from, formatPartialDate(b));
  }
  if (sameYear && a.length >= 7 && b.length >= 7)
    return span(monthName(periodOf(a).start), formatPartialDate(b.slice(0, 7)));
  return span(formatPartialDate(a), formatPartialDate(b));
}

/** The date as a table shows it, saying when the source gives only a month or a year. */
export function tableDate(date: string): string {
  const { precision } = periodOf(date);
  return precision === 'day'
    ? formatPartialDate(date)
    : t.charts.kit.marks.tableDate(formatPartialDate(date), precision);
}

/**
 * What a table says about where a figure with a partial date is drawn: `across` its period (a
 * bar) or at its `middle` (a dot), cut short at `until` like `periodOf`. Nothing for a day.
 */
export function placementNote(date: string, drawn: 'across' | 'middle', until?: number): string | undefined {
  const p = periodOf(date, until);
  if (p.precision === 'day') return undefined;
  const s = t.charts.kit.marks.placement;
  if (drawn === 'across') return s.across[p.precision];
  if (p.end === periodOf(date).end) return s.middle[p.precision];
  return s.middleCut(dateSpan(isoDay(p.start), isoDay(p.end - DAY)));
}
