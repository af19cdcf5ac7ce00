import { expect, test } from 'vitest';
import { compareKeys, sortKey } from '../../src/scripts/sortable-table.ts';

const cell = (text: string, sort?: string) => ({ dataset: sort === undefined ? {} : { sort }, textContent: text });

test.each([
  [cell('11.7\u00a0km'), 11.7],
  [cell('1,234'), 1234],
  [cell('Al-Hol camp'), 'al-hol camp'],
  [cell('about 24,000', '24000'), 24000],
  [cell('January 2026', '2026-01'), '2026-01'],
])('sortKey(%j) is %j', (input, expected) => {
  expect(sortKey(input)).toBe(expected);
});

test('numbers sort numerically and before text ("not known" goes last)', () => {
  const keys: (number | string)[] = ['not known', 366, 2, 583];
  expect(keys.sort(compareKeys)).toEqual([2, 366, 583, 'not known']);
});
