/** Lists, ordinals, date spans and letter case, through Intl with the edition's locale. */
import { expect, test } from 'vitest';
import { formatDateSpan, formatList, formatOrdinal, midDay } from '../../src/lib/format/index.ts';
import { inSentence, lowerFirst, upperFirst } from '../../src/lib/text/case.ts';

test.each([
  [[], ''],
  [['Nineveh'], 'Nineveh'],
  [['Nineveh', 'Anbar'], 'Nineveh and Anbar'],
  [['Duhok', 'Nineveh', 'Anbar'], 'Duhok, Nineveh and Anbar'],
])('formatList(%j) is %j', (items, expected) => expect(formatList(items)).toBe(expected));

test.each([
  [1, '1st'],
  [2, '2nd'],
  [3, '3rd'],
  [4, '4th'],
  [11, '11th'],
  [12, '12th'],
  [13, '13th'],
  [21, '21st'],
  [22, '22nd'],
  [1001, '1,001st'],
])('formatOrdinal(%i) is %j', (n, expected) => expect(formatOrdinal(n)).toBe(expected));

test('another locale lists and numbers in its own words', () => {
  expect(formatList(['a', 'b'], 'fr')).toBe('a et b');
  expect(formatList(['a', 'b', 'c'], 'en-US')).toBe('a, b, and c');
});

test.each([
  [['2026-01'], 'January 2026'],
  [['2026-02-07', '2026-02-23'], '7–23 February 2026'],
  [['2026-01', '2026-02-10'], 'January–February 2026'],
  [['2022', '2022-03'], '2022'],
  [['2026-02-23', '2026-02-07', '2026-02-07'], '7–23 February 2026'],
])('formatDateSpan(%j) is %j, at the coarser precision of its ends', (dates, expected) => {
  // Intl sets thin spaces around the range's dash.
  expect(formatDateSpan(dates).replace(/\u2009/g, '')).toBe(expected);
});

test('midDay places a partial date at the middle of its period', () => {
  expect(midDay('2026-01-01')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
  expect(midDay('2026-01')).toBe((Date.UTC(2026, 0, 1) + Date.UTC(2026, 1, 1)) / 2 / 86_400_000);
  expect(midDay('2026')).toBeGreaterThan(midDay('2026-06-30'));
});

test('names read inside a sentence keep a leading acronym', () => {
  expect(inSentence('Trench')).toBe('trench');
  expect(inSentence('BRC mesh fence')).toBe('BRC mesh fence');
  expect(lowerFirst('From the Turkish border')).toBe('from the Turkish border');
  expect(upperFirst('the Euphrates')).toBe('The Euphrates');
});
