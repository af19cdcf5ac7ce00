/**
 * A key drawn inside the SVG above the frame, as Plot marks anchored to the frame's top-left
 * corner, so embeds explain themselves. Items flow into rows that fit the artboard; widths are
 * estimated from the type size (no text measuring in Node).
 */
import { Plot } from '../plot.ts';

export interface LegendItem {
  label: string;
  /** Draws the swatch centred on (dx, dy) from the frame's top-left corner. */
  swatch(dx: number, dy: number): Plot.Markish[];
}

export interface LegendLayout {
  marks: Plot.Markish[];
  /** Height the rows take, in px. */
  height: number;
}

/** Average advance of a character in the chart's sans-serif, in ems (generous, to avoid overlap). */
const EM_PER_CHAR = 0.56;

export function legend(rows: LegendItem[][], options: { width: number; marginLeft: number; marginTop: number; fontSize: number }): LegendLayout {
  const { width, marginLeft, marginTop, fontSize } = options;
  const lineHeight = Math.round(fontSize * 1.55);
  const swatchWidth = 14;
  const gap = 14;
  const left = 2 - marginLeft;
  const marks: Plot.Markish[] = [];
  let line = 0;
  const placed: { item: LegendItem; x: number; line: number }[] = [];
  for (const row of rows) {
    let x = left;
    for (const item of row) {
      const w = swatchWidth + item.label.length * fontSize * EM_PER_CHAR;
      if (x > left && x + w > width - marginLeft - 2) {
        line += 1;
        x = left;
      }
      placed.push({ item, x, line });
      x += w + gap;
    }
    line += 1;
  }
  const height = line * lineHeight;
  for (const { item, x, line: l } of placed) {
    const dy = -marginTop + 6 + l * lineHeight + lineHeight / 2;
    marks.push(...item.swatch(x + 5, dy));
    marks.push(Plot.text([0], { frameAnchor: 'top-left', dx: x + swatchWidth, dy, text: () => item.label, textAnchor: 'start', className: 'legend-text' }));
  }
  return { marks, height };
}
