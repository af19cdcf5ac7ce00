/** Text helpers for SVG drawn in Node, where text cannot be measured: estimates that err wide. */
import type { G } from '../svg.ts';

/** Type sizes per artboard, in SVG units (= CSS px at the artboard's own width). */
export interface TypeScale {
  base: number;
  small: number;
  lineHeight: number;
}

export const TYPE: { narrow: TypeScale; wide: TypeScale } = {
  narrow: { base: 11, small: 10, lineHeight: 1.3 },
  wide: { base: 13, small: 12, lineHeight: 1.3 },
};

export const round = (v: number) => Math.round(v * 10) / 10;

export { textWidth, wrap } from '../kit/text.ts';
import { textWidth, wrap } from '../kit/text.ts';

export interface TextOptions {
  className: string;
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  lineHeight?: number;
}

/** Lines of text, the first baseline at y, each next one a line-height lower. */
export function textLines(g: G, x: number, y: number, lines: readonly string[], options: TextOptions): void {
  const step = options.size * (options.lineHeight ?? 1.3);
  const text = g.append('text').attr('class', options.className).attr('font-size', options.size).attr('x', round(x)).attr('y', round(y));
  if (options.anchor && options.anchor !== 'start') text.attr('text-anchor', options.anchor);
  if (lines.length === 1) text.text(lines[0]!);
  else lines.forEach((line, i) => text.append('tspan').attr('x', round(x)).attr('dy', i === 0 ? 0 : round(step)).text(line));
}

/** "1st", "2nd", "3rd": an ordinal through Intl's plural rules. */
export function ordinal(n: number, locale = 'en-GB'): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' } as const;
  return `${n}${suffix[new Intl.PluralRules(locale, { type: 'ordinal' }).select(n)]}`;
}

/** "A, B and C", through Intl. */
export function listText(items: readonly string[], locale = 'en-GB'): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** A name as it reads inside a sentence: "trench", but "BRC mesh fence" keeps its capitals. */
export function inSentence(name: string): string {
  return /^[A-Z]{2}/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
