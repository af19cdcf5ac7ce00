/**
 * The kit's dates and figures (src/charts/kit/dates.ts, claims.ts): a partial date is a period
 * at its own precision, said at that precision; a figure reads with its qualifier, short on a
 * chart and long in tables and prose.
 */
import { expect, test } from 'vitest';
import { claimsOf, figureText, numberText, shortClaimant, styleOf } from '../../src/charts/kit/claims.ts';
import {
  dateSpan,
  monthStart,
  periodOf,
  placementNote,
  seriesEnd,
  shortDate,
  tableDate,
  timeTickFormat,
} from '../../src/charts/kit/dates.ts';
import type { SeriesFile } from '../../src/data/schema/series.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test.each([
  ['2024', 'year', '2024-01-01', '2025-01-01', '2024-07-02'],
  ['2024-03', 'month', '2024-03-01', '2024-04-01', '2024-03-16'],
  ['2024-03-02', 'day', '2024-03-02', '2024-03-03', '2024-03-02'],
])('periodOf(%j) is a %s from %s to %s, its middle on %s', (date, precision, start, end, mid) => {
  const p = periodOf(date);
  expect([p.precision, iso(p.start), iso(p.end), iso(p.mid)]).toEqual([precision, start, end, mid]);
});

test('a period is cut short where its series ends, and the table says where it is drawn', () => {
  const until = seriesEnd(['2025-12', '2026-01-19', '2026-02-22', '2026']);
  expect(iso(until!)).toBe('2026-02-23');
  expect(iso(periodOf('2026', until).end)).toBe('2026-02-23');
  expect(placementNote('2026', 'middle', until)).toBe(
    'Drawn at the middle of 1 January–22 February 2026, where the series ends: ' +
      'the source gives no month or day, so its position is approximate.',
  );
});

test.each([
  ['2024', 'across', 'Drawn across the whole year: the source gives no month or day.'],
  ['2024-03', 'across', 'Drawn across the whole month: the source gives no day.'],
  ['2024-03', 'middle', 'Drawn at the middle of the month: the source gives no day.'],
  ['2024-03-02', 'middle', undefined],
] as const)('placementNote(%j, %j) is %j', (date, drawn, note) => {
  expect(placementNote(date, drawn)).toBe(note);
});

test.each([
  ['2026-01-21', {}, '21 Jan'],
  ['2026-01-21', { year: true }, '21 Jan 2026'],
  ['2025-02', {}, 'Feb 2025'],
  ['2021', {}, '2021'],
])('shortDate(%j, %j) is %j', (date, options, text) => {
  expect(shortDate(date, options)).toBe(text);
});

test.each([
  ['2026-01-06', '2026-01-19', '6–19 January 2026'],
  ['2026-01-21', '2026-02-12', '21 January–12 February 2026'],
  ['2019-03', '2019-06', 'March–June 2019'],
  ['2019-04', '2025-01', 'April 2019–January 2025'],
  ['2018-12', '2018-12', 'December 2018'],
])('dateSpan(%j, %j) is %j', (a, b, text) => {
  expect(dateSpan(a, b)).toBe(text);
});

test.each([
  ['2024', '2024 (year only)'],
  ['2024-03', 'March 2024 (month only)'],
  ['2024-03-02', '2 March 2024'],
])('tableDate(%j) is %j', (date, text) => {
  expect(tableDate(date)).toBe(text);
});

test('ticks name years on a long axis, months on a short one, and monthStart steps by months', () => {
  const long = timeTickFormat([Date.UTC(2018, 9, 1), Date.UTC(2026, 3, 1)]);
  const short = timeTickFormat([Date.UTC(2025, 11, 1), Date.UTC(2026, 2, 10)]);
  expect(long(new Date(Date.UTC(2020, 5, 1)))).toBe('2020');
  expect(short(new Date(Date.UTC(2026, 1, 1)))).toBe('Feb');
  expect(short(new Date(Date.UTC(2026, 0, 1)))).toBe('2026');
  expect(iso(monthStart(Date.UTC(2026, 1, 22), 2))).toBe('2026-04-01');
  expect(iso(monthStart(Date.UTC(2018, 11, 1), -2))).toBe('2018-10-01');
});

test.each([
  [{ value: 15000, qualifier: 'more-than' }, 'over 15,000', 'more than 15,000'],
  [{ value: 12500, qualifier: 'about' }, 'about 12,500', 'about 12,500'],
  [{ value: 381, valueMax: 398, qualifier: 'exact' }, '381–398', '381–398'],
  [{ value: 300, qualifier: 'fewer-than' }, 'under 300', 'fewer than 300'],
  [{ value: 8000, valueMax: 8000, qualifier: 'up-to' }, 'up to 8,000', 'up to 8,000'],
] as const)('figure %j reads %j on a chart and %j in a table', (c, short, long) => {
  expect(figureText(c)).toBe(short);
  expect(figureText(c, { long: true })).toBe(long);
});

test('numbers alone, short claimants, and the style a claim is drawn in', () => {
  expect(numberText({ value: 8000, valueMax: 10000 })).toBe('8,000–10,000');
  expect(shortClaimant('Qasim al-Araji, Iraqi national security adviser')).toBe('Qasim al-Araji');
  expect(shortClaimant("CENTCOM; Iraq's armed forces spokesman")).toBe('CENTCOM');
  expect(styleOf({ qualifier: 'exact' }, 'high')).toBe('exact');
  expect(styleOf({ qualifier: 'about' }, 'medium')).toBe('rounded');
  expect(styleOf({ qualifier: 'exact' }, 'low')).toBe('low');
  expect(styleOf({ qualifier: 'exact', outlier: true }, 'low')).toBe('outlier');
});

test('claimsOf gives each observation a stable id, repeats suffixed, confidence inherited from the file', () => {
  const observation = (date: string, value: number) => ({
    date,
    value,
    qualifier: 'exact',
    claimant: 'X',
    claimantKind: 'media',
    sources: ['s'],
  });
  const series = {
    unit: 'people',
    confidence: 'low',
    observations: [observation('2026-01-21', 150), observation('2026-01-21', 150)],
  };
  const claims = claimsOf(series as unknown as SeriesFile);
  expect(claims.map((c) => c.id)).toEqual(['people-2026-01-21-150', 'people-2026-01-21-150-2']);
  expect(claims.every((c) => c.confidence === 'low')).toBe(true);
});
