/**
 * Where everything on the strip goes: the km axis, the labels of crossings and the river in
 * lanes above the strip, the governorates' names inside their rows (or called out below), the
 * bands of the lines of defence, and the notes. Pure: `strip.ts` draws it.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { lowerFirst } from '../../lib/text/case.ts';
import { textWidth, wrap } from '../kit/text.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import { isDrawn, kmMiddle } from '../../data/border-facts.ts';
import type { LayeredDefenseInput, Segment } from './prepare.ts';
import { approximation, isApproximate, placed } from './text.ts';
import { placeCallouts, placeTags, STYLE, type Tag } from './strip-tags.ts';

export interface StripLayout {
  /** With the lines of defence under the strip, and without. */
  height: number;
  stripHeight: number;
  margin: number;
  axisTitle: string[];
  tickY: number;
  axisY: number;
  tags: Tag[];
  laneTop: number;
  rowsTop: number;
  rowHeight: number;
  borderY: number;
  /** Governorates named below the strip: their text from x, its first baseline at y, a leader down from `at`. */
  callouts: { segment: Segment; lines: string[]; at: number; x: number; y: number }[];
  /** Names inside the rows: governorates left-aligned at x, countries right-aligned at x. */
  rowLabels: { country: 'SYR' | 'IRQ'; text: string; x: number; kind: 'governorate' | 'country' }[];
  linesTop: number;
  bandsHeight: number;
  peshmergaLines: string[];
  peshmergaY: number;
  bracketY: number;
  bracketLines: string[];
  noteY: number;
  noteLines: string[];
  unplacedY: number;
  unplacedLines: string[];
  /** What the ring and the band mean, when the strip draws either. */
  approxY: number;
  approxLines: string[];
}

const words = () => t.charts['layered-defense'];

/** "km 120–180". */
export const kmRun = (from: number, to: number) => words().kmRun(formatNumber(from), formatNumber(to));

/**
 * Names inside one row, clear of the leaders and the river that cross it: each governorate's
 * name at the start of its run or just after a crossing mark; the country's name at the end of
 * the longest run it fits in. Governorates returned without a place need a callout.
 */
function rowLabels(
  segments: Segment[],
  x: ScaleLinear<number, number>,
  crossings: number[],
  size: number,
  country: 'SYR' | 'IRQ',
  name: string,
) {
  const taken: [number, number][] = [];
  const clear = (a: number, b: number, s: Segment) =>
    a >= x(s.fromKm) + 3 &&
    b <= x(s.toKm) - 3 &&
    !crossings.some((c) => c >= a - 4 && c <= b + 4) &&
    !taken.some(([p, q]) => a < q + 8 && p < b + 8);
  const labels: StripLayout['rowLabels'] = [];
  const unplaced: Segment[] = [];
  for (const s of segments) {
    const w = textWidth(s.name, size);
    const inside = crossings.filter((c) => c > x(s.fromKm) && c < x(s.toKm)).sort((a, b) => a - b);
    // Left-aligned at the start of the run or after a mark; else right-aligned before a mark.
    const candidates: [number, number][] = [
      [x(s.fromKm) + 5, x(s.fromKm) + 5 + w],
      ...inside.map((c): [number, number] => [c + 5, c + 5 + w]),
      ...inside.map((c): [number, number] => [c - 5 - w, c - 5]),
    ];
    const box = candidates.find(([a, b]) => clear(a, b, s));
    if (!box) unplaced.push(s);
    else {
      taken.push(box);
      labels.push({ country, text: s.name, x: box[0], kind: 'governorate' });
    }
  }
  const w = textWidth(name, size, STYLE.country);
  for (const s of [...segments].sort((a, b) => b.toKm - b.fromKm - (a.toKm - a.fromKm))) {
    const marks = crossings
      .filter((c) => c > x(s.fromKm) && c < x(s.toKm))
      .sort((a, b) => b - a)
      .map((c) => c - 5);
    const right = [x(s.toKm) - 5, ...marks].find((b) => clear(b - w, b, s));
    if (right === undefined) continue;
    labels.push({ country, text: name, x: right, kind: 'country' });
    break;
  }
  return { labels, unplaced };
}

/** The strip's margin, px. */
export const stripMargin = (width: number) => (isNarrow(width) ? 12 : 16);

export function kmScale(input: LayeredDefenseInput, width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, input.lengthKm])
    .range([stripMargin(width), width - stripMargin(width)]);
}

function confidenceNote(input: LayeredDefenseInput): string | null {
  const levels = [...new Set(input.lines.map((l) => l.confidence))];
  return levels.length === 1 ? words().confidenceOf(words().confidence[levels[0]!] ?? levels[0]!) : null;
}

export interface StripOptions {
  /** Draw the crossings and the river, with their labels and notes (false: the governorates and the line only). */
  crossings?: boolean;
}

export function stripLayout(
  input: LayeredDefenseInput,
  width: number,
  type: TypeScale,
  { crossings: withCrossings = true }: StripOptions = {},
): StripLayout {
  const w = words();
  const x = kmScale(input, width);
  const margin = stripMargin(width);
  const inner = width - margin * 2;
  const line = (size: number) => Math.round(size * type.lineHeight);

  // Phones name the tripoints in fewer words, on two lines rather than three.
  const axisWords = isNarrow(width) ? w.strip.axisShort : w.strip.axis(input.tripoints.turkey, input.tripoints.jordan);
  const axisTitle = wrap(axisWords, type.small, inner);
  const tickY = type.small + line(type.small) * axisTitle.length + 2;
  const axisY = tickY + 6;

  // A point at its km; a stretch's label and marker at its middle, over its band.
  const crossings = (withCrossings ? placed(input) : []).map((c) => ({
    x: x(kmMiddle(c)!),
    text: c.crossing.name,
    kind: 'crossing' as const,
    state: c.current.state,
    approximate: isApproximate(c),
    band: c.stretch ? ([x(c.stretch.fromKm), x(c.stretch.toKm)] as [number, number]) : null,
  }));
  const rivers = (withCrossings ? input.river.crossings : []).map((r) => ({
    x: x(r.kmAlong),
    text: input.river.name,
    kind: 'river' as const,
  }));
  const tags = placeTags([...crossings, ...rivers], type.small, margin - 4, width - margin + 4);
  const lanes = Math.max(0, ...tags.map((tag) => tag.lane + 1));
  const laneHeight = line(type.small) + 2;
  const laneTop = axisY + 10;
  const rowsTop = laneTop + lanes * laneHeight + (lanes ? 4 : 0);
  const rowHeight = isNarrow(width) ? 22 : 26;
  const borderY = rowsTop + rowHeight;

  // From here `y` is the top of the free space; a text block's first baseline is its top + ascent.
  const ascent = Math.round(type.small * 0.9);
  let y = borderY + rowHeight;
  const block = (lines: string[], gapBefore: number) => {
    const baseline = y + gapBefore + ascent;
    if (lines.length) y += gapBefore + line(type.small) * lines.length;
    return baseline;
  };

  // Governorates that cannot be named in their row are named below it, with a tick.
  const upper = (adm0: 'SYR' | 'IRQ') => input.countries[adm0].toLocaleUpperCase(t.lang);
  const syr = rowLabels(
    input.segments.SYR,
    x,
    tags.map((tag) => tag.x),
    type.small,
    'SYR',
    upper('SYR'),
  );
  const riverXs = tags.filter((tag) => tag.kind === 'river').map((tag) => tag.x);
  const irq = rowLabels(input.segments.IRQ, x, riverXs, type.small, 'IRQ', upper('IRQ'));
  const named = withCrossings ? [...irq.unplaced, ...syr.unplaced] : [];
  const callouts = placeCallouts(
    named.map((segment) => {
      const region = segment.region ? (w.region[segment.region] ?? null) : null;
      const lines = wrap(w.strip.callout(segment.name, region, kmRun(segment.fromKm, segment.toKm)), type.small, inner);
      return { segment, lines, at: x((segment.fromKm + segment.toKm) / 2) };
    }),
    type.small,
    [margin, width - margin],
  ).map((c) => ({ ...c, y: 0 }));
  for (const lane of [...new Set(callouts.map((c) => c.lane))].sort((a, b) => a - b)) {
    const inLane = callouts.filter((c) => c.lane === lane);
    const baseline = block(inLane[0]!.lines, 6);
    y = Math.max(y, baseline - ascent + Math.max(...inLane.map((c) => c.lines.length)) * line(type.small));
    for (const c of inLane) c.y = baseline;
  }
  const signs = withCrossings ? approximation(input) : { ring: false, band: false };
  const approxLines =
    signs.ring || signs.band ? wrap(w.strip.approximate(signs.ring, signs.band), type.small, inner) : [];
  const approxY = block(approxLines, 4);
  const unplaced = withCrossings ? input.crossings.filter((c) => !isDrawn(c)) : [];
  const unplacedLines = unplaced.length
    ? wrap(w.strip.unplaced(formatList(unplaced.map((c) => c.crossing.name)), unplaced.length), type.small, inner)
    : [];
  const unplacedY = block(unplacedLines, 4);

  const stripHeight = Math.ceil(y + 6);
  const linesTop = y + 12;
  const bandsHeight = input.lines.length * (isNarrow(width) ? 26 : 28);
  y = linesTop + bandsHeight;
  const p = input.peshmerga;
  const runs = p ? p.runs.map((r) => kmRun(r.fromKm, r.toKm)).join(', ') : '';
  const peshmergaLines = p ? wrap(w.strip.peshmerga(p.heldBy, p.name, runs, formatKm(p.km)), type.small, inner) : [];
  const peshmergaY = block(peshmergaLines, 6);
  const reported = p?.reported[0];
  const bracketStart = p && reported ? x(p.runs[0]!.fromKm + reported.km) + 6 : margin;
  const length = reported ? `${t.qualifier[reported.qualifier] ?? ''}${formatKm(reported.km)}` : '';
  const bracketText = reported
    ? w.strip.bracket(length, lowerFirst(reported.stretch), reported.claimant, formatPartialDate(reported.asOf))
    : '';
  const bracketLines = p && reported ? wrap(bracketText, type.small, width - margin - bracketStart) : [];
  const bracketY = block(bracketLines, 10);
  const noteLines = wrap(w.strip.note(confidenceNote(input)), type.small, inner);
  const noteY = block(noteLines, 10);

  return {
    height: Math.ceil(y + 6),
    stripHeight,
    margin,
    axisTitle,
    tickY,
    axisY,
    tags,
    laneTop,
    rowsTop,
    rowHeight,
    borderY,
    callouts,
    rowLabels: [...syr.labels, ...irq.labels],
    linesTop,
    bandsHeight,
    peshmergaLines,
    peshmergaY,
    bracketY,
    bracketLines,
    noteY,
    noteLines,
    unplacedY,
    unplacedLines,
    approxY,
    approxLines,
  };
}
