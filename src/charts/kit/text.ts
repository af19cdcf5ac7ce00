/**
 * Text measurement for SVG labels laid out at build time: the one measurer every chart uses.
 * Widths are the chart typeface's real ones (kit/font.ts), shaped as a browser shapes them:
 * kerning and the font's default features, each script in its own face, letter-spacing added
 * per character as Chromium adds it. Chromium draws the shipped subset within 1 px of these
 * widths (test/browser/font.test.ts).
 */
import type { Font } from 'fontkit';
import { faceFor, loadFace, scriptOf, type Script } from './font.ts';

export interface TextStyle {
  /** CSS font weight as drawn: 400 regular, 600 semibold (700 is drawn as 600). */
  weight?: number;
  /** Extra space after each character, in ems (CSS letter-spacing). */
  letterSpacing?: number;
}

/** Optional ligatures are off when letters are spaced, as in browsers (CSS Text 3 § 8.2). */
const SPACED_FEATURES = { liga: false, clig: false, dlig: false, hlig: false };

/** Advance widths in font units, per face and feature set. */
const advances = new Map<string, Map<string, number>>();

function advance(font: Font, key: string, text: string, spaced: boolean): number {
  const cacheKey = `${key}|${spaced ? 'spaced' : 'plain'}`;
  let cache = advances.get(cacheKey);
  if (!cache) {
    cache = new Map();
    advances.set(cacheKey, cache);
  }
  let units = cache.get(text);
  if (units === undefined) {
    units = font.layout(text, spaced ? SPACED_FEATURES : undefined).advanceWidth;
    cache.set(text, units);
  }
  return units;
}

/** Maximal runs of one script: a browser shapes each in the face that covers it. */
function runs(text: string): { script: Script; text: string }[] {
  const out: { script: Script; text: string }[] = [];
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!);
    const last = out.at(-1);
    if (last?.script === script) last.text += ch;
    else out.push({ script, text: ch });
  }
  return out;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as letter-spacing counts them: one per grapheme cluster (a base letter and its marks). */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

/** Advance width of one line of text in px at `size` px, as the browser draws it. */
export function textWidth(text: string, size: number, style: TextStyle = {}): number {
  if (!text) return 0;
  const spacing = style.letterSpacing ?? 0;
  let em = 0;
  for (const run of runs(text)) {
    const face = faceFor(run.script, style.weight);
    const font = loadFace(face);
    em += advance(font, `${face.script}-${face.weight}`, run.text, spacing !== 0) / font.unitsPerEm;
  }
  return (em + (spacing ? spacing * characterCount(text) : 0)) * size;
}

/** Greedy word wrap against the measured width; a word longer than the line stands alone. */
export function wrap(text: string, size: number, maxWidth: number, style: TextStyle = {}): string[] {
  const lines: string[] = [];
  let line = '';
  // Plain spaces only: a no-break space (as in a date) keeps its words together.
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, style) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines;
}

/** The widest of some lines, px. */
export function linesWidth(lines: readonly string[], size: number, style: TextStyle = {}): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, style)));
}

/** The box of a multi-line label: its widest line, and its lines at `lineHeight` px apart. */
export function textBlock(
  lines: readonly string[],
  size: number,
  lineHeight: number,
  style: TextStyle = {},
): { width: number; height: number } {
  return { width: linesWidth(lines, size, style), height: lines.length * lineHeight };
}

/**
 * Vertical metrics of the Latin face at `size` px, from the baseline: ascent and cap height
 * above it (positive), descent below it (positive). For placing halos, boxes and leaders.
 */
export function textMetrics(
  size: number,
  style: TextStyle = {},
): { ascent: number; descent: number; capHeight: number; xHeight: number } {
  const font = loadFace(faceFor('latin', style.weight));
  const px = (units: number) => (units / font.unitsPerEm) * size;
  return {
    ascent: px(font.ascent),
    descent: px(-font.descent),
    capHeight: px(font.capHeight),
    xHeight: px(font.xHeight),
  };
}
