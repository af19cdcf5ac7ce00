import { expect, test } from 'vitest';
import { activeIndex, readingLine } from '../../src/scripts/scrolly.ts';

test.each([
  [[900, 1800, 2700], 0, 'before any step reaches the reading line, the first'],
  [[100, 500, 1300], 1, 'the last step whose top has passed 70% of the viewport'],
  [[-3000, -2000, -900], 2, 'after a jump past every step, the last'],
  [[-500, 600, 650], 2, 'when two steps pass the line at once (fast scroll), the later'],
])('activeIndex(%j, 1000) is %i: %s', (tops, expected) => {
  expect(activeIndex(tops, readingLine(1000, null))).toBe(expected);
});

test.each([
  [500, 750, 'halfway down the space beneath a pinned graphic'],
  [1200, 1100, 'below the screen while the graphic has not reached the top yet: no step past the first'],
  [-50, 500, 'halfway down the screen once the graphic has scrolled away'],
])('readingLine(1000, graphic bottom %i) is %i: %s', (bottom, expected) => {
  expect(readingLine(1000, bottom)).toBe(expected);
});
