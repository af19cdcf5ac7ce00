/** Dates as precise as the source allows: "20 April 2026", "January 2026", "2021", "undated". */
import { LOCALE } from './number.ts';

export function formatPartialDate(value: string, locale: string = LOCALE): string {
  if (value === 'undated') return 'undated';
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m !== undefined) options.month = 'long';
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** The latest of some partial dates ("undated" ignored); partial dates sort as strings. */
export function latestDate(values: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const v of values) if (v !== 'undated' && (latest === undefined || v > latest)) latest = v;
  return latest;
}
