/**
 * One claim's row in the wall-progress chart: where its date, claimant, track, mark and value go.
 * Wide artboards give each row a label column (date and confidence, then the claimant) beside the
 * plot, the value under the mark. Phones give the claimant the full width above the track, the
 * date a narrow column left of it, and the value beside the mark, or above the track's end when
 * it would not fit there; confidence and scope are said by the key rather than in every row.
 * Pure.
 */
import type { ScaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatPartialDate } from '../../lib/format/index.ts';
import { shortDate } from '../kit/dates.ts';
import { linesWidth, textWidth, wrap } from '../kit/text.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import type { Box } from '../kit/box.ts';
import { confidenceWords, kmText, percentText, plannedText, valueText, type Claim } from './prepare.ts';

/** How the values beside the marks are drawn (wp-value, src/styles/marks.css), so measured. */
export const VALUE = { weight: 600 } as const;

const words = () => t.charts['wall-progress'];

/** Lines of text with the first baseline at (x, y). */
export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
  anchor?: 'start' | 'end';
}

export interface RowLayout {
  claim: Claim;
  /** The track's line, through the mark. */
  y: number;
  when: TextBlock;
  claimant: TextBlock;
  value: TextBlock;
  /** The top of the next row. */
  bottom: number;
  /** Baselines of the row's lines of text, and what the row covers (phones: to find room in it). */
  baselines: number[];
  occupied: Box[];
}

export interface RowFrame {
  width: number;
  margin: number;
  plotLeft: number;
  plotRight: number;
  type: TypeScale;
  /** Where a value beside its mark must end (before a scale drawn at the track's end). */
  besideRight?: number;
}

/** The figure a claim gives, at a mark. */
const figureOf = (c: Claim) => c.builtKm ?? c.percent!;

/** A label column (date · confidence, then the claimant) beside the plot; the value under the mark. */
export function wideRow(claim: Claim, x: ScaleLinear<number, number>, y: number, f: RowFrame): RowLayout {
  const { type, margin, plotLeft, plotRight } = f;
  const line = Math.round(type.small * type.lineHeight);
  const when = words().when(formatPartialDate(claim.date), confidenceWords(claim));
  const claimant = wrap(claim.claimant, type.small, 250);
  const value = wrap(valueText(claim), type.small, plotRight - plotLeft, VALUE);
  const top = y + 8;
  const dotY = top + 4;
  const whenY = dotY + type.small * 0.35;
  const at = x(figureOf(claim));
  // The value's words start under the mark, and stay inside the plot.
  const vx = Math.min(Math.max(at - 6, plotLeft), plotRight + 6 - linesWidth(value, type.small, VALUE));
  return {
    claim,
    y: dotY,
    when: { x: margin, y: whenY, lines: [when] },
    claimant: { x: margin, y: whenY + type.small * type.lineHeight, lines: claimant },
    value: { x: vx, y: dotY + 8 + type.small, lines: value },
    bottom: top + Math.max((1 + claimant.length) * line, 8 + value.length * line) + 6,
    baselines: [],
    occupied: [],
  };
}

/** "Tahsin al-Khafaji, then head of …" → "Tahsin al-Khafaji": who, when the full words do not fit a phone's line. */
const shortClaimant = (claimant: string) => claimant.split(',')[0]!;

/** The box a line of text covers, from its cap height to below its baseline. */
function lineBox(text: string, x: number, y: number, size: number, anchor: TextBlock['anchor'], weight = 400): Box {
  const w = textWidth(text, size, { weight });
  const x0 = anchor === 'end' ? x - w : x;
  return { x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.25 };
}

/**
 * The claimant across the top, the date left of the track, the value beside the mark where it
 * fits; else right-aligned above the track (the claimant shortened for it if need be); else on a
 * line of its own under the track.
 */
export function phoneRow(claim: Claim, x: ScaleLinear<number, number>, y: number, f: RowFrame): RowLayout {
  const { type, margin, width, plotLeft } = f;
  const line = Math.round(type.small * type.lineHeight);
  const inner = width - margin * 2;
  const size = type.small;
  const middle = size * 0.35;
  const at = x(figureOf(claim));
  const text = claim.builtKm !== undefined ? `${kmText(claim)}${plannedText(claim)}` : percentText(claim);
  const w = textWidth(text, size, VALUE);
  const fits = (s: string, room = inner) => textWidth(s, size) <= room;
  const short = shortClaimant(claim.claimant);
  const beside = claim.plannedKm === undefined && at + 8 + w <= (f.besideRight ?? width - margin);
  const aboveRoom = inner - 12 - w;
  const aboveWith = [claim.claimant, short].find((s) => !beside && fits(s, aboveRoom));
  const claimant = beside
    ? fits(claim.claimant)
      ? [claim.claimant]
      : fits(short)
        ? [short]
        : wrap(short, size, inner)
    : aboveWith
      ? [aboveWith]
      : fits(claim.claimant)
        ? [claim.claimant]
        : wrap(short, size, inner);
  const claimantY = y + 13;
  const trackY = claimantY + (claimant.length - 1) * line + 11;
  const value: TextBlock = beside
    ? { x: at + 8, y: trackY + middle, lines: [text] }
    : aboveWith
      ? { x: width - margin, y: claimantY, lines: [text], anchor: 'end' }
      : { x: Math.max(at - 6, plotLeft), y: trackY + 8 + size, lines: [text] };
  const when: TextBlock = { x: margin, y: trackY + middle, lines: [shortDate(claim.date.slice(0, 7))] };
  const claimantBlock: TextBlock = { x: margin, y: claimantY, lines: claimant };
  const ends = [at + 6, claim.plannedKm !== undefined ? x(claim.plannedKm) + 2 : 0];
  const occupied: Box[] = [
    ...claimant.map((l, i) => lineBox(l, margin, claimantY + i * line, size, 'start')),
    lineBox(when.lines[0]!, when.x, when.y, size, 'start', VALUE.weight),
    lineBox(text, value.x, value.y, size, value.anchor, VALUE.weight),
    // The track, its mark and any planned extension.
    { x0: plotLeft, x1: Math.max(...ends), y0: trackY - 7, y1: trackY + 7 },
  ];
  return {
    claim,
    y: trackY,
    when,
    claimant: claimantBlock,
    value,
    bottom: trackY + 6 + (beside || aboveWith ? 0 : size + 6),
    baselines: [...claimant.map((_, i) => claimantY + i * line), trackY + middle],
    occupied,
  };
}
