/** Text measurement for SVG labels laid out at build time (no browser to measure with). */

/**
 * Rough width of a label: 0.6 em per character, 0.8 em for the letter-spaced capitals of
 * country names. Used to keep labels inside the frame and apart, so erring wide is safe.
 */
export function textWidth(text: string, size: number): number {
  const perChar = /[a-z]/.test(text) ? 0.6 : 0.8;
  return text.length * size * perChar;
}

/** Greedy word wrap against the estimated width; a word longer than the line stands alone. */
export function wrap(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines;
}
