import { expect, test } from 'vitest';
import { editDistance, nearest } from '../../src/lib/text/nearest.ts';

test.each([
  ['publsher', ['publisher', 'title', 'url'], 'publisher'],
  ['wikipedia-de-al-qiam', ['wikipedia-de-al-qaim', 'wikipedia-rabia'], 'wikipedia-de-al-qaim'],
  ['x', ['url', 'title'], undefined],
  ['completely-different', ['sources'], undefined],
])('nearest(%j) suggests %j', (input, candidates, expected) => {
  expect(nearest(input, candidates)).toBe(expected);
});

test('editDistance counts insertions, deletions and substitutions', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});
