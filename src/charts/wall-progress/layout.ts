/**
 * Where everything in the wall-progress chart goes: the key, then a panel per unit (kilometres,
 * then shares) with its heading, axis and one row per claim. Pure: `index.ts` draws it.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatKm, formatPartialDate } from '../../lib/format/index.ts';
import { textWidth, wrap } from '../kit/text.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import { confidenceWords, valueText, type Claim, type WallProgressInput } from './prepare.ts';

/** How the headings are drawn (wp-heading, src/styles/marks.css), so measured. */
export const HEADING = { weight: 700 } as const;
/** And the values beside the marks (wp-value). */
export const VALUE = { weight: 600 } as const;

export interface RowLayout {
  claim: Claim;
  /** Date and confidence, then who made the claim. */
  when: string;
  header: string[];
  /** The dot's line. */
  y: number;
  value: string[];
}

export interface Panel {
  kind: 'km' | 'percent';
  heading: string[];
  headingY: number;
  axisY: number;
  borderLabelY: number;
  rows: RowLayout[];
  x: ScaleLinear<number, number>;
  note: string[];
  noteY: number;
}

export interface Layout {
  height: number;
  narrow: boolean;
  margin: number;
  labelWidth: number;
  legend: { y: number; lines: string[] };
  panels: Panel[];
}

const words = () => t.charts['wall-progress'];

/** "Border as drawn on this site's map: 599 km": the scale the kilometre panel is read against. */
export const borderText = (input: WallProgressInput) => words().border(formatKm(input.borderKm));

export function layout(input: WallProgressInput, width: number, type: TypeScale): Layout {
  const narrow = isNarrow(width);
  const margin = narrow ? 12 : 16;
  const labelWidth = narrow ? 0 : 250;
  const line = Math.round(type.small * type.lineHeight);
  const plotLeft = margin + labelWidth + (narrow ? 8 : 20);
  const plotRight = width - margin - 8;
  let y = 0;

  // Legend: symbols for scope, fill for confidence.
  const legendLines = wrap(words().fillKey, type.small, width - margin * 2);
  const legend = { y: y + 26, lines: legendLines };
  y = legend.y + 6 + legendLines.length * line;

  const panels: Panel[] = [];
  const kmMax = Math.max(input.borderKm, ...input.km.flatMap((c) => [c.builtKm!, c.plannedKm ?? 0]));
  const specs = [
    { kind: 'km' as const, claims: input.km, x: scaleLinear().domain([0, kmMax]).nice().range([plotLeft, plotRight]) },
    { kind: 'percent' as const, claims: input.percent, x: scaleLinear().domain([0, 100]).range([plotLeft, plotRight]) },
  ];
  for (const spec of specs) {
    if (!spec.claims.length) continue;
    const heading = wrap(words().headings[spec.kind], type.base, width - margin * 2, HEADING);
    const headingY = y + 16 + type.base;
    y = headingY + (heading.length - 1) * type.base * type.lineHeight + 8;
    // The border's length, for scale, is labelled above the ticks: beside the heading where it fits.
    const borderLabel = spec.kind === 'km' ? borderText(input) : '';
    const headingEnd = margin + textWidth(heading.at(-1)!, type.base, HEADING) + 16;
    const beside = headingEnd <= spec.x(input.borderKm) - textWidth(borderLabel, type.small) - 4;
    const borderLabelY = beside ? headingY + (heading.length - 1) * type.base * type.lineHeight : y + type.small;
    if (borderLabel && !beside) y += line + 2;
    const axisY = y + type.small + 2;
    y = axisY + 10;
    const rows: RowLayout[] = [];
    for (const claim of spec.claims) {
      const when = words().when(formatPartialDate(claim.date), confidenceWords(claim));
      const header = [when, ...wrap(claim.claimant, type.small, narrow ? width - margin * 2 : labelWidth)];
      const value = wrap(valueText(claim), type.small, narrow ? width - margin * 2 : plotRight - plotLeft, VALUE);
      if (narrow) {
        const dotY = y + 6 + header.length * line + 8;
        rows.push({ claim, when, header, y: dotY, value });
        y = dotY + 8 + value.length * line + 4;
      } else {
        const top = y + 8;
        rows.push({ claim, when, header, y: top + 4, value });
        y = top + Math.max(header.length * line, 8 + value.length * line) + 6;
      }
    }
    const note =
      spec.kind === 'percent'
        ? spec.claims.flatMap((c) => (c.note ? wrap(c.note, type.small, width - margin * 2) : []))
        : [];
    const noteY = y + 4 + type.small;
    y += note.length ? 6 + note.length * line : 0;
    panels.push({ kind: spec.kind, heading, headingY, axisY, borderLabelY, rows, x: spec.x, note, noteY });
  }
  return { height: Math.ceil(y + 10), narrow, margin, labelWidth, legend, panels };
}
