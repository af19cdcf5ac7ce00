/**
 * The chart series in data/series/: each test corrupts a copy of data/ the way an editor might
 * and checks the one line they would see.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/problems.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';

let copy: DataCopy;
beforeEach(() => {
  process.env.FRONTIER_TODAY = '2026-11-25';
  copy = copyData();
});
afterEach(() => copy.remove());

/** The messages for the corrupted copy, with the temp folder shown as data/. */
function messages(): string[] {
  const result = validateDataDir(copy.dir);
  return result.problems.map((p) => formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }));
}

type Obs = { date: string; value: number; claimant: string; breakdown?: Record<string, number> };

/** The index of the first observation matching, so tests survive entries being added. */
function indexOf(file: string, match: (o: Obs) => boolean): number {
  const i = (copy.read(`series/${file}`) as { observations: Obs[] }).observations.findIndex(match);
  expect(i).toBeGreaterThan(0);
  return i;
}

test('an observation out of date order is refused where the order breaks', () => {
  const i = indexOf('detainees-held.json', (o) => o.date === '2019-10');
  copy.edit('series/detainees-held.json', (j) => (j.observations[i].date = '2018'));
  expect(messages()).toEqual([
    `data/series/detainees-held.json › observations[${i}].date: expected a date on or after ` +
      `the entry before it (2019-04), got "2018" — keep the list in date order, oldest first`,
  ]);
});

test("a date known only to the year may sit among that year's entries, but not in another year", () => {
  const i = indexOf('transfers-2026.json', (o) => o.value === 2250);
  copy.edit('series/transfers-2026.json', (j) => (j.observations[i].date = '2026'));
  expect(messages()).toEqual([]);
  copy.edit('series/transfers-2026.json', (j) => (j.observations[i].date = '2025'));
  const before = (copy.read('series/transfers-2026.json') as { observations: Obs[] }).observations[i - 1]!.date;
  expect(messages()).toEqual([
    `data/series/transfers-2026.json › observations[${i}].date: expected a date on or after ` +
      `the entry before it (${before}), got "2025" — keep the list in date order, oldest first`,
  ]);
});

test('the top of a range below its bottom is refused', () => {
  const i = indexOf('detainees-held.json', (o) => o.value === 8000);
  copy.edit('series/detainees-held.json', (j) => (j.observations[i].valueMax = 800));
  expect(messages()).toEqual([
    `data/series/detainees-held.json › observations[${i}].valueMax: expected a valueMax no ` +
      `smaller than value (8000), got 800 — valueMax is the upper end of a reported range; are ` +
      `the two swapped?`,
  ]);
});

test('an exact total smaller than its breakdown is refused, with the sum', () => {
  const i = indexOf('al-hol-population.json', (o) => o.value === 68744);
  copy.edit('series/al-hol-population.json', (j) => (j.observations[i].breakdown.iraqis = 308970));
  expect(messages()).toEqual([
    `data/series/al-hol-population.json › observations[${i}].value: expected a total no ` +
      `smaller than its breakdown, which adds up to 346812, got 68744 — check the total and each ` +
      `part; groups in a breakdown must not overlap (e.g. "Arabs" and "Iraqis")`,
  ]);
});

test('a rounded total may fall a little short of its rounded parts, but not far', () => {
  // "About 23,000: about 15,000 Syrians, 6,000 others and 3,000 Iraqis" is valid as reported.
  const i = indexOf('al-hol-population.json', (o) => o.value === 23000 && o.date === '2026-01-19');
  copy.edit('series/al-hol-population.json', (j) => (j.observations[i].value = 2300));
  expect(messages()).toEqual([
    `data/series/al-hol-population.json › observations[${i}].value: expected a total of at ` +
      `least 21600 (its breakdown adds up to 24000; a rounded total may fall short of its parts ` +
      `by 10% at most), got 2300 — check the total and each part; groups in a breakdown must not ` +
      `overlap (e.g. "Arabs" and "Iraqis")`,
  ]);
});

test('an outlier must say why', () => {
  const i = indexOf('transfers-2026.json', (o) => o.value === 3000);
  copy.edit('series/transfers-2026.json', (j) => delete j.observations[i].note);
  expect(messages()).toEqual([
    `data/series/transfers-2026.json › observations[${i}].note: expected a note saying why the ` +
      `figure is an outlier, got nothing (the field is missing) — readers must be told why the ` +
      `figure is doubtful or not comparable`,
  ]);
});

test('a unit outside people and families is refused', () => {
  const i = indexOf('repatriations.json', (o) => o.value === 1567);
  copy.edit('series/repatriations.json', (j) => (j.observations[i].unit = 'households'));
  expect(messages()).toEqual([
    `data/series/repatriations.json › observations[${i}].unit: ` +
      'expected one of "people", "families", got "households"',
  ]);
});

test('a convoy with fewer people than families is refused', () => {
  copy.edit('series/repatriations.json', (j) => (j.batches[0].people = 58));
  expect(messages()).toEqual([
    'data/series/repatriations.json › batches[0].people: expected at least as many people as ' +
      'families (142), got 58 — are the families and people figures swapped?',
  ]);
});

test('a convoy without any figure is refused', () => {
  copy.edit('series/repatriations.json', (j) => {
    delete j.batches[0].people;
    delete j.batches[0].families;
  });
  expect(messages()).toEqual([
    'data/series/repatriations.json › batches[0].people: expected a number of people or of ' +
      'families (or both), got nothing (the field is missing) — a convoy without a figure ' +
      'belongs in the note of an observation',
  ]);
});
