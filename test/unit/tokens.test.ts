/** Colour tokens meet WCAG contrast in both schemes: 4.5:1 for text, 3:1 for the marks that carry meaning. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../src/lib/color/contrast.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** Colour tokens for one scheme: `--x: light-dark(#light, #dark)` or a plain `--x: #both`. */
function tokens(scheme: 0 | 1): Record<string, string> {
  const pairs = [...css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi)].map(
    (m) => [m[1]!, m[2 + scheme]!.toLowerCase()],
  );
  const plain = [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]);
  return Object.fromEntries([...plain, ...pairs]);
}

const light = tokens(0);
const dark = tokens(1);

test('every colour token has a light and a dark value', () => {
  expect(Object.keys(light).length).toBeGreaterThan(20);
  expect(Object.keys(dark)).toEqual(Object.keys(light));
});

const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text-muted', 'bg'],
  ['link', 'bg'],
  ['text', 'surface'],
  ['text-muted', 'surface'],
  ['label', 'halo'],
  ['label-muted', 'halo'],
  ['label-water', 'halo'],
  ['label', 'bg'],
  ['label-muted', 'bg'],
  ['marker-on-open', 'marker-open'],
  ['label', 'marker-closed-fill'],
];
const GRAPHICS: [string, string][] = [
  ['border-line', 'land-focus'],
  ['border-line', 'unit-border'],
  ['border-line', 'border-casing'],
  ['marker-open', 'land-focus'],
  ['marker-open', 'unit-border'],
  ['focus', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
] as const)('%s scheme', (_, scheme) => {
  test.each(TEXT)('text %s on %s has contrast of at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(scheme[fg]!, scheme[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  test.each(GRAPHICS)('mark %s on %s has contrast of at least 3:1', (fg, bg) => {
    expect(contrastRatio(scheme[fg]!, scheme[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

test('contrastRatio of black on white is 21:1 and of a colour on itself 1:1', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#777777', '#777777')).toBe(1);
});
