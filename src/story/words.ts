/**
 * Words the story's prose builds from data: small counts spelt out, ordinals, dates said without
 * their year where the year is already clear. English only, like the prose around them.
 * (Interface strings: they belong with src/i18n/en.ts when the prose moves there.)
 */
import { formatNumber, formatPartialDate, LOCALE } from '../lib/format/index.ts';

const COUNTS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "three": a count up to twelve in words, larger ones in figures. */
export const countWord = (n: number): string => COUNTS[n] ?? formatNumber(n);

/** "first" for 1, "second" for 2 … */
export function ordinalWord(n: number): string {
  const word = ORDINALS[n - 1];
  if (!word) throw new Error(`src/story/words.ts: expected an ordinal from 1 to ${ORDINALS.length}, got ${n}`);
  return word;
}

const intl = (options: Intl.DateTimeFormatOptions) => (date: string) =>
  new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));

/** "18 January": a day whose year the sentence or heading already gives. */
export const dayMonth = intl({ day: 'numeric', month: 'long' });
/** "January". */
export const monthName = (date: string) => intl({ month: 'long' })(`${date.slice(0, 7)}-01`);

/** "the first week of January". */
export const weekOfMonth = (date: string) =>
  `the ${ordinalWord(Math.ceil(Number(date.slice(8, 10)) / 7))} week of ${monthName(date)}`;

/** "in February" within the year the prose is about, "in February 2025" outside it. */
export const inMonth = (date: string, year: string) =>
  `in ${date.startsWith(year) ? monthName(date) : formatPartialDate(date.slice(0, 7))}`;

/** "on 7 January 2025" for a day, "in January 2025" for a month or year. */
export const when = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${formatPartialDate(date)}`;

/** When something followed, `days` later on `date`: "the next day", or "on 21 January". */
export const later = (date: string, days: number) => (days === 1 ? 'the next day' : `on ${dayMonth(date)}`);

export const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
