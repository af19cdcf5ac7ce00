/**
 * Where everything in the wall-progress chart goes: the key, then a panel per unit (kilometres,
 * then shares) with its heading, axis and one row per claim (`layout-rows.ts`). Pure:
 * `index.ts` draws it.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatKm } from '../../lib/format/index.ts';
import { overlaps } from '../kit/box.ts';
import { textWidth, wrap } from '../kit/text.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import { phoneRow, wideRow, type RowFrame, type RowLayout } from './layout-rows.ts';
import type { Claim, WallProgressInput } from './prepare.ts';

/** How the headings are drawn (wp-heading, src/styles/marks.css), so measured. */
export const HEADING = { weight: 700 } as const;

export type { RowLayout, TextBlock } from './layout-rows.ts';

export interface Panel {
  kind: 'km' | 'percent';
  heading: string[];
  headingY: number;
  axisY: number;
  ticks: number[];
  /** The border's label: where and in which words (phones may shorten it). */
  borderLabel: { y: number; text: string };
  rows: RowLayout[];
  x: ScaleLinear<number, number>;
  note: string[];
  noteY: number;
}

export interface Layout {
  height: number;
  narrow: boolean;
  margin: number;
  /** The key: a symbol per scope (centred at x, y), then what fill means. */
  key: { items: { scope: Claim['scope']; text: string; x: number; y: number }[]; y: number; lines: string[] };
  panels: Panel[];
}

const words = () => t.charts['wall-progress'];

/** "Border as drawn on this site's map: 599 km": the scale the kilometre panel is read against. */
export const borderText = (input: WallProgressInput) => words().border(formatKm(input.borderKm));

/** The key's symbols, wrapping where a row is full, then what fill means; returns the y below it. */
function keyLayout(input: WallProgressInput, width: number, margin: number, type: TypeScale, narrow: boolean) {
  const line = Math.round(type.small * type.lineHeight);
  const all = [...input.km, ...input.percent];
  const used = (['cumulative', 'section', 'added'] as const).filter((s) => all.some((c) => c.scope === s));
  const items: Layout['key']['items'] = [];
  let [x, y] = [margin, 12];
  for (const scope of used) {
    // Phones name the scopes in fewer words, so the symbols keep to one line.
    const text = narrow ? words().scope[scope]!.legendShort : words().scope[scope]!.legend;
    const w = 14 + textWidth(text, type.small) + 14;
    if (x + w > width - margin) [x, y] = [margin, y + line];
    items.push({ scope, text, x, y });
    x += w;
  }
  const lines = wrap(narrow ? words().fillKeyShort : words().fillKey, type.small, width - margin * 2);
  const fillY = narrow ? y + line + 4 : Math.max(26, y + type.small * 1.6);
  const below = narrow ? fillY + (lines.length - 1) * line + 4 : 26 + 6 + lines.length * line;
  return { key: { items, y: fillY, lines }, below };
}

/**
 * Where a phone labels the border's rule: the first line of a row (from the top) with room left of
 * the rule for the label, in full or short; null when no row has room, and it takes a line of its
 * own above the axis.
 */
function borderSpot(rows: RowLayout[], bx: number, input: WallProgressInput, type: TypeScale) {
  const versions = [borderText(input), words().borderShort(formatKm(input.borderKm))];
  for (const row of rows)
    for (const y of row.baselines)
      for (const text of versions) {
        const box = { x0: bx - 6 - textWidth(text, type.small), x1: bx, y0: y - type.small, y1: y + 4 };
        if (!row.occupied.some((b) => overlaps(b, box))) return { y, text };
      }
  return null;
}

export function layout(input: WallProgressInput, width: number, type: TypeScale): Layout {
  const narrow = isNarrow(width);
  const margin = narrow ? 12 : 16;
  // Phones: the dates make a narrow column left of the tracks, the claimants run above them.
  const plotLeft = narrow ? margin + 60 : margin + 250 + 20;
  const plotRight = width - margin - (narrow ? 16 : 8);
  const frame: RowFrame = { width, margin, plotLeft, plotRight, type };
  const { key, below } = keyLayout(input, width, margin, type, narrow);
  let y = below;

  const panels: Panel[] = [];
  const kmMax = Math.max(input.borderKm, ...input.km.flatMap((c) => [c.builtKm!, c.plannedKm ?? 0]));
  const kmScale = scaleLinear().domain([0, kmMax]).range([plotLeft, plotRight]);
  // A phone's share panel draws its one scale on the track itself, "100%" at the end.
  const shareRight = narrow ? plotRight - textWidth(words().percent('100'), type.small) - 6 : plotRight;
  const specs = [
    // A phone's axis ends at the longest figure: a rounder end would squeeze the tracks.
    { kind: 'km' as const, claims: input.km, x: narrow ? kmScale : kmScale.nice() },
    {
      kind: 'percent' as const,
      claims: input.percent,
      x: scaleLinear().domain([0, 100]).range([plotLeft, shareRight]),
    },
  ];
  for (const spec of specs) {
    if (!spec.claims.length) continue;
    const panel = panelLayout(spec, input, y, frame);
    panels.push(panel);
    y = panel.bottom;
  }
  return { height: Math.ceil(y + (narrow ? 4 : 10)), narrow, margin, key, panels };
}

interface PanelSpec {
  kind: Panel['kind'];
  claims: Claim[];
  x: ScaleLinear<number, number>;
}

/** A panel's heading, the border's label (km), its axis, rows and note, from `top` down. */
function panelLayout(
  spec: PanelSpec,
  input: WallProgressInput,
  top: number,
  frame: RowFrame,
): Panel & { bottom: number } {
  const { type, margin, width } = frame;
  const narrow = isNarrow(width);
  const line = Math.round(type.small * type.lineHeight);
  const heading = wrap(words().headings[spec.kind], type.base, width - margin * 2, HEADING);
  const headingY = top + (narrow ? 12 : 16) + type.base;
  const headingLast = headingY + (heading.length - 1) * type.base * type.lineHeight;
  const y = headingLast + 8;
  // A phone's share panel has no axis line: its scale is on the track.
  const axisless = narrow && spec.kind === 'percent';
  const rowFrame = axisless ? { ...frame, besideRight: spec.x.range()[1]! - 4 } : frame;
  const rowsFrom = (from: number) => {
    const rows: RowLayout[] = [];
    for (const claim of spec.claims)
      rows.push((narrow ? phoneRow : wideRow)(claim, spec.x, rows.at(-1)?.bottom ?? from, rowFrame));
    return rows;
  };
  const axisFrom = (from: number) => from + type.small + 2;
  const rowsBelow = (axisY: number) => (axisless ? y - 4 : axisY + (narrow ? 6 : 10));
  // The border's length, for scale, is labelled above the ticks: beside the heading where it
  // fits; on phones, in the first row with room left of its rule; else on a line of its own.
  const text = borderText(input);
  const bx = spec.x(input.borderKm);
  const headingEnd = margin + textWidth(heading.at(-1)!, type.base, HEADING) + 16;
  const beside = headingEnd <= bx - textWidth(text, type.small) - 4;
  let axisY = axisFrom(y);
  let rows = rowsFrom(rowsBelow(axisY));
  let borderLabel = beside ? { y: headingLast, text } : { y: y + type.small, text };
  const spot = spec.kind === 'km' && !beside && narrow ? borderSpot(rows, bx, input, type) : null;
  if (spot) borderLabel = spot;
  else if (spec.kind === 'km' && !beside) {
    axisY = axisFrom(y + line + 2);
    rows = rowsFrom(rowsBelow(axisY));
  }
  const ticks = axisless ? [] : spec.x.ticks(narrow ? 4 : 7);
  const note =
    spec.kind === 'percent'
      ? spec.claims.flatMap((c) => (c.note ? wrap(c.note, type.small, width - margin * 2) : []))
      : [];
  const last = rows.at(-1)!.bottom;
  const noteY = last + 4 + type.small;
  const bottom = last + (note.length ? 6 + note.length * line : 0);
  return { kind: spec.kind, heading, headingY, axisY, ticks, borderLabel, rows, x: spec.x, note, noteY, bottom };
}
