/**
 * The layout of the barrier's cross-section, drawn by `barrier.ts`: the slots of its parts, the
 * reported sizes, the names under the ground (or numbers and a key) and the notes. Pure.
 */
import { scaleBand } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import type { Dimension } from '../../data/schema/fortifications.ts';
import { formatList, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { inSentence } from '../../lib/text/case.ts';
import { linesWidth, wrap } from '../kit/text.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import { dimensionsOf, type BarrierComponent, type LayeredDefenseInput } from './prepare.ts';

const words = () => t.charts['layered-defense'].barrier;

/** "3 m", "3.5 m": metres as reported. */
const metres = (v: number) =>
  t.charts['layered-defense'].metres(formatNumber(v, { digits: Number.isInteger(v) ? 0 : 1 }));

/** "about 3 m": a reported size as the source qualified it. */
export const sized = (c: { value: number; qualifier: Dimension['qualifier'] }) =>
  `${t.qualifier[c.qualifier] ?? ''}${metres(c.value)}`;

/** How the parts' names are drawn (ld-part-label, src/styles/marks.css), so measured. */
export const PART = { weight: 600 } as const;

/** "5 Wall": a part with its number. */
export const partName = (c: BarrierComponent) => words().part(formatNumber(c.order), c.name);

/** Sizes the sources do not give, in metres on the drawing's scale: schematic only. */
export const SCHEMATIC = {
  berm: 1.4,
  wire: 0.55,
  fence: 2.3,
  tower: 6,
  drone: 7.6,
  wallIfUnknown: 3,
  trenchIfUnknown: 2.5,
} as const;

/** The year (or month and year) of a partial date, short enough for a label. */
function when(asOf: string): string {
  return asOf.length >= 7 ? formatPartialDate(asOf.slice(0, 7)) : formatPartialDate(asOf);
}

/** Each distinct reported value of one measure, with the dates it was given. */
export interface Reported {
  value: number;
  qualifier: Dimension['qualifier'];
  dates: string[];
  latest: string;
}

export function claims(component: BarrierComponent | undefined, what: Dimension['what']): Reported[] {
  if (!component) return [];
  const byValue = new Map<number, Dimension[]>();
  for (const dim of dimensionsOf(component, what)) byValue.set(dim.value, [...(byValue.get(dim.value) ?? []), dim]);
  return [...byValue.entries()]
    .map(([value, dims]) => {
      const sorted = [...dims].sort((a, b) => a.asOf.localeCompare(b.asOf));
      const dates = [...new Set(sorted.map((x) => when(x.asOf)))];
      return { value, qualifier: sorted.at(-1)!.qualifier, dates, latest: sorted.at(-1)!.asOf };
    })
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.value - b.value);
}

/** The trench's reported width and depth, in as few words as they allow. */
export function trenchLabel(trench: BarrierComponent): string[] {
  const w = claims(trench, 'width')[0],
    dd = claims(trench, 'depth')[0];
  const b = words();
  if (w && dd && w.value === dd.value && w.qualifier === dd.qualifier) return [sized(w), b.wideAndDeep];
  return [w ? b.sized(sized(w), b.wide) : '', dd ? b.sized(sized(dd), b.deep) : ''].filter(Boolean);
}

export interface BarrierLayout {
  height: number;
  title: string[];
  groundY: number;
  unit: number;
  labelsY: number;
  labelLines: Map<string, string[]>;
  /** Columns of a key naming the numbered slots, when their names do not fit under them. */
  key: string[][];
  notesY: number;
  notes: string[];
}

export function slotIds(input: LayeredDefenseInput): string[] {
  const towers = input.components.some((c) => c.id === 'towers') ? ['towers'] : [];
  return [...input.components.filter((c) => c.layer === 'barrier').map((c) => c.id), ...towers];
}

/** One slot per barrier layer, then the tower, across the artboard. */
export function slotScale(input: LayeredDefenseInput, width: number) {
  const margin = isNarrow(width) ? 12 : 16;
  return scaleBand<string>()
    .domain(slotIds(input))
    .range([margin, width - margin])
    .paddingInner(0.12);
}

export function barrierLayout(input: LayeredDefenseInput, width: number, type: TypeScale): BarrierLayout {
  const narrow = isNarrow(width);
  const margin = narrow ? 12 : 16;
  const inner = width - margin * 2;
  const line = type.small * type.lineHeight;
  const unit = narrow ? 11 : 16;
  const title = wrap(narrow ? words().titleShort : words().title, type.base, inner, { weight: 700 });
  const groundY = type.base * type.lineHeight * title.length + 10 + (SCHEMATIC.drone + 1) * unit;
  const trench = input.components.find((c) => c.id === 'trench');
  const depth = claims(trench, 'depth')[0]?.value ?? SCHEMATIC.trenchIfUnknown;
  const soil = depth * unit + 8;

  const slots = slotScale(input, width);
  // Each slot named under the ground; where a name would run into its neighbour or out of the
  // frame, the slots carry only their numbers and a key below names them.
  const inSlots = input.components.filter((c) => slots.domain().includes(c.id));
  const named = inSlots.map((c) => ({ c, lines: wrap(partName(c), type.small, slots.bandwidth(), PART) }));
  const extent = ({ c, lines }: (typeof named)[number]) => {
    const half = linesWidth(lines, type.small, PART) / 2,
      mid = slots(c.id)! + slots.bandwidth() / 2;
    return [mid - half, mid + half] as const;
  };
  const direct = named.every((n, i) => {
    const [a, b] = extent(n);
    const next = named[i + 1];
    return a >= 2 && b <= width - 2 && (!next || b + 4 <= extent(next)[0]);
  });
  const labelLines = new Map(
    direct ? named.map(({ c, lines }) => [c.id, lines]) : inSlots.map((c) => [c.id, [formatNumber(c.order)]]),
  );
  const labelsY = groundY + soil + 10 + type.small;
  let labelsHeight = Math.max(...[...labelLines.values()].map((l) => l.length)) * line;
  const key: string[][] = [];
  if (!direct) {
    const columns = 2,
      per = Math.ceil(inSlots.length / columns);
    for (let k = 0; k < columns; k++) key.push(inSlots.slice(k * per, (k + 1) * per).map(partName));
    labelsHeight += 6 + per * line;
  }

  const notes = [sizeNote(input), orderNote(input), lowNote(input)]
    .filter((n): n is string => !!n)
    .flatMap((n) => wrap(n, type.small, inner));
  const notesY = labelsY + labelsHeight + 8;
  const height = Math.ceil(notesY + notes.length * line + 4);
  return { height, title, groundY, unit, labelsY, labelLines, key, notesY, notes };
}

function sizeNote(input: LayeredDefenseInput): string | null {
  const b = words();
  const parts: string[] = [];
  const trench = input.components.find((c) => c.id === 'trench');
  const wall = input.components.find((c) => c.id === 'wall');
  const widths = claims(trench, 'width'),
    depths = claims(trench, 'depth');
  const [w, d] = [widths[0], depths[0]];
  const same =
    widths.length === 1 &&
    depths.length === 1 &&
    w!.value === d!.value &&
    w!.qualifier === d!.qualifier &&
    w!.dates.join() === d!.dates.join();
  const trenchSizes = same
    ? widths.map((c) => ({ ...c, word: b.wideAndDeep }))
    : [...widths.map((c) => ({ ...c, word: b.wide })), ...depths.map((c) => ({ ...c, word: b.deep }))];
  const dated = (c: Reported & { word: string }) => b.sizedWhen(sized(c), c.word, c.dates.join(', '));
  if (trench && trenchSizes.length) parts.push(b.sizes(inSentence(trench.name), trenchSizes.map(dated).join(b.and)));
  const heights = claims(wall, 'height');
  if (wall && heights.length)
    parts.push(b.sizes(inSentence(wall.name), heights.map((c) => dated({ ...c, word: b.high })).join(b.or)));
  return parts.length ? b.sizeNote(parts.join('; ')) : null;
}

function orderNote(input: LayeredDefenseInput): string {
  return words().orderNote(formatNumber(input.components.filter((c) => c.layer === 'barrier').length));
}

function lowNote(input: LayeredDefenseInput): string | null {
  const low = input.components.filter((c) => c.confidence === 'low');
  return low.length ? words().lowNote(formatList(low.map((c) => inSentence(c.name)))) : null;
}
