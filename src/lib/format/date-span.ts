/** Spans of partial dates ("2026-01", "2026-02-07"), as the coarser of their ends allows. */
import { formatPartialDate } from './date.ts';
import { LOCALE } from './number.ts';

const DAY_MS = 86_400_000;

/** Middle of a partial date's period, in days since 1970: "2026-01" is mid-January. */
export function midDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return Date.UTC(y!, m! - 1, d) / DAY_MS;
  if (m !== undefined) return (Date.UTC(y!, m! - 1, 1) + Date.UTC(y!, m!, 1)) / 2 / DAY_MS;
  return (Date.UTC(y!, 0, 1) + Date.UTC(y! + 1, 0, 1)) / 2 / DAY_MS;
}

/** "7–23 February 2026", "January–February 2026", "2022": a range at the coarser precision of its ends. */
export function formatDateSpan(dates: readonly string[], locale: string = LOCALE): string {
  const sorted = [...new Set(dates)].sort((a, b) => midDay(a) - midDay(b) || a.localeCompare(b));
  const first = sorted[0]!,
    last = sorted.at(-1)!;
  if (first === last) return formatPartialDate(first, locale);
  const parts = Math.min(first.split('-').length, last.split('-').length);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parts >= 2) options.month = 'long';
  if (parts >= 3) options.day = 'numeric';
  const at = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, (parts >= 2 ? m! : 1) - 1, parts >= 3 ? d! : 1));
  };
  const a = at(first),
    b = at(last);
  if (a.getTime() === b.getTime()) return formatPartialDate(first.split('-').slice(0, parts).join('-'), locale);
  return new Intl.DateTimeFormat(locale, options).formatRange(a, b);
}
