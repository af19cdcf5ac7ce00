/**
 * Text measurement for SVG labels laid out at build time: the one measurer every chart uses.
 * (Still an estimate here; it is being replaced by the shipped chart typeface's real metrics.)
 */

export interface TextStyle {
  /** CSS font weight as drawn: 400 regular, 600 semibold. */
  weight?: number;
  /** Extra space after each character, in ems (CSS letter-spacing). */
  letterSpacing?: number;
}

/**
 * Advance width of one line of text in px at `size` px. Errs wide: 0.6 em a character,
 * 0.8 em for the letter-spaced capitals of country names.
 */
export function textWidth(text: string, size: number, style: TextStyle = {}): number {
  const perChar = /[a-z]/.test(text) ? 0.6 : 0.8;
  return text.length * size * (perChar + (style.weight && style.weight > 400 ? 0.04 : 0));
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
