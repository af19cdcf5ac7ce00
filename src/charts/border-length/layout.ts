/**
 * Where the border-length chart's rows, labels and scale go on one artboard. Wide: full row
 * labels in a left column, every row as tall as the longest label wraps to. Phone: shorter row
 * labels (who, without the name after the comma), each row only as tall as its own label, the
 * values beside the marks rather than above them, and three ticks with the unit once. Pure:
 * `index.ts` draws it.
 */
import { t } from '../../i18n/index.ts';
import { formatKm } from '../../lib/format/index.ts';
import { linesWidth, wrap } from '../kit/text.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import type { BorderLengthInput, Claim } from './prepare.ts';

/** Leading of wrapped labels, in ems. */
export const LINE_HEIGHT = 1.05;
/** Gap between a row label's end and the plot, px. */
export const LABEL_OFFSET = 10;

const words = () => t.charts['border-length'];

export interface LengthLayout {
  narrow: boolean;
  font: number;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The y of each row's centre (headings and claims), px. */
  rowY: Map<string, number>;
  /** Each claim's label, wrapped. */
  labels: Map<string, string[]>;
  domain: [number, number];
  ticks: number[] | undefined;
  /** The measured length's label, wrapped, and where it is anchored. */
  measured: { lines: string[]; anchor: 'start' | 'end'; dx: number };
  x: (km: number) => number;
}

export const measuredText = (input: BorderLengthInput) => formatKm(input.measuredKm, { digits: 1 });

export function lengthLayout(input: BorderLengthInput, width: number): LengthLayout {
  const narrow = isNarrow(width);
  const type = typeScale(width);
  const font = type.small;
  const claims = input.rows.flatMap((r) => (r.claim ? [r.claim] : []));
  const label = (c: Claim) => (narrow ? c.shortLabel : c.label);
  // Row labels take the width they need, up to half a phone's artboard or two fifths of a wide one.
  const gap = narrow ? 14 : 24;
  const most = width * (narrow ? 0.5 : 0.4);
  const left = Math.round(Math.min(most, linesWidth(claims.map(label), font) + gap));
  const labels = new Map(claims.map((c) => [c.id, wrap(label(c), font, left - gap)]));
  const linesOf = (id: string) => labels.get(id)?.length ?? 1;
  const tall = (lines: number) => Math.ceil(lines * font * LINE_HEIGHT);
  // Wide rows share one height; a phone's rows are each as tall as their own label.
  const widest = Math.max(1, ...[...labels.values()].map((l) => l.length));
  const rowHeight = (key: string, heading: boolean) =>
    !narrow ? Math.max(26, tall(widest) + 6) : heading ? 24 : Math.max(22, tall(linesOf(key)) + 7);

  const min = Math.floor(Math.min(input.measuredKm, ...claims.map((c) => c.km)) / 5) * 5 - 1;
  const top = Math.max(...claims.map((c) => c.km));
  const domain: [number, number] = narrow ? [min, top + 1] : [min, Math.ceil(top / 5) * 5 + 2];
  // The phone's values sit right of their marks, so its right margin holds the widest beside the last.
  const right = narrow ? 38 : 34;
  const x = (km: number) => left + ((km - domain[0]) / (domain[1] - domain[0])) * (width - left - right);

  // The measured length's words: right of its rule on wide artboards; on phones, left of the
  // rule's top, where the row labels' column leaves the most room.
  const ruleX = x(input.measuredKm);
  const text = words().measured(measuredText(input));
  const measured = narrow
    ? { lines: wrap(text, font, ruleX - 8), anchor: 'end' as const, dx: -4 }
    : { lines: wrap(text, font, width - ruleX - 4), anchor: 'start' as const, dx: -4 };
  const marginTop = narrow ? Math.ceil(measured.lines.length * font * LINE_HEIGHT) + 14 : 60;

  const rowY = new Map<string, number>();
  let y = marginTop;
  for (const row of input.rows) {
    const h = rowHeight(row.key, !!row.heading);
    rowY.set(row.key, y + h / 2);
    y += h;
  }
  const bottom = narrow ? 24 : 36;
  // Phones: a tick every 10 km, the unit on the last.
  const ticks = narrow
    ? Array.from({ length: 10 }, (_, i) => Math.ceil(domain[0] / 10) * 10 + i * 10).filter((k) => k <= domain[1])
    : undefined;
  return {
    narrow,
    font,
    width,
    height: y + bottom,
    margin: { top: marginTop, right, bottom, left },
    rowY,
    labels,
    domain,
    ticks,
    measured,
    x,
  };
}
