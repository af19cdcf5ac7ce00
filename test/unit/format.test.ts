import { describe, expect, test } from 'vitest';
import {
  formatKm,
  formatKmRange,
  formatKmSpan,
  formatNumber,
  formatPartialDate,
  latestDate,
} from '../../src/lib/format/index.ts';

describe.each([
  [599, {}, '599\u00a0km'],
  [599.0057, { digits: 1 }, '599.0\u00a0km'],
  [1234.5, {}, '1,235\u00a0km'],
])('formatKm(%s, %j)', (value, options, expected) => {
  test(`is ${JSON.stringify(expected)}`, () => expect(formatKm(value, options)).toBe(expected));
});

test.each([
  [599, 620, '599–620\u00a0km', '599 to 620\u00a0km'],
  [618, 618, '618\u00a0km', '618\u00a0km'],
])('a range from %i to %i reads %j in tables and %j in prose', (min, max, range, span) => {
  expect(formatKmRange(min, max)).toBe(range);
  expect(formatKmSpan(min, max)).toBe(span);
});

test('numbers go through Intl, so another locale changes the digits', () => {
  expect(formatNumber(5703)).toBe('5,703');
  expect(formatNumber(5703, { locale: 'ar-IQ' })).toBe('٥٬٧٠٣');
});

test.each([
  ['2026-04-20', '20 April 2026'],
  ['2026-01', 'January 2026'],
  ['2021', '2021'],
  ['undated', 'undated'],
])('formatPartialDate(%j) keeps the precision of the source: %j', (value, expected) => {
  expect(formatPartialDate(value)).toBe(expected);
});

test('latestDate ignores "undated" and compares partial dates', () => {
  expect(latestDate(['2025-06-14', 'undated', '2026-04', '2026-04-20', '2026'])).toBe('2026-04-20');
  expect(latestDate(['undated'])).toBeUndefined();
});
