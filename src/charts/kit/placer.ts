/**
 * The one label placer. Marks are reserved first; labels are then offered in priority order,
 * each with the versions of its text (fullest first), the sides it may take around its anchor
 * and the distances to try. A label takes the first version, distance and side that stays in
 * its bounds and overlaps nothing already placed; set off beyond the first distance it gets a
 * leader line, which may not run through another label or mark. A label that fits nowhere is
 * dropped (its figure is in the table), unless `required`, when it takes the candidate that
 * overlaps least. Pure: it returns placements, and `label-svg.ts` / `label-plot.ts` draw them.
 */
import { overlapArea, overlaps, within, type Box } from './box.ts';
import { textWidth, type TextStyle } from './text.ts';

export interface Line extends TextStyle {
  text: string;
  size: number;
  /** A lighter continuation on the same line, e.g. who said it after the figure. */
  tail?: string;
  italic?: boolean;
  muted?: boolean;
}

/** Beside, above or below the anchor; "-down" hangs the label from the anchor's middle. */
export type Side =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'right-down'
  | 'left-down'
  | 'above-left'
  | 'above-right'
  | 'below-left'
  | 'below-right';

export const ALL_SIDES: readonly Side[] = [
  'right',
  'left',
  'above',
  'below',
  'left-down',
  'right-down',
  'above-left',
  'above-right',
  'below-left',
  'below-right',
];

export interface LabelRequest {
  /** What the label belongs to (a dot's footprint, a bar): it sits beside this box. */
  anchor: Box;
  /** Fullest first; shorter versions are tried when the fullest fits nowhere. */
  versions: readonly (readonly Line[])[];
  sides?: readonly Side[];
  /** Distances from the anchor to try, px; beyond the first, the label gets a leader line. */
  gaps?: readonly number[];
  /**
   * Moves of the anchor to try after the anchor itself, px, each with every gap and side (e.g.
   * [-30, -80]: up and to the left, clear of a crowd of marks); a label placed from a moved
   * anchor gets a leader line back to the real one.
   */
  shifts?: readonly (readonly [number, number])[];
  /** Where the label must stay (its panel or the artboard). */
  bounds: Box;
  className?: string;
  /** How much placing this label matters when layouts are compared (default 1). */
  weight?: number;
  /** Drawn even when every candidate overlaps something (where it overlaps least). */
  required?: boolean;
  /** Set beyond the first distance, the label gets a leader line (default); false: nudged, no line. */
  leader?: boolean;
  /**
   * Boxes this label alone keeps off, where it may not overlap (unless required and nothing else
   * fits): e.g. a margin round the other markers, so that a label set beside one is not read as
   * another's.
   */
  avoid?: readonly Box[];
}

export interface Segment {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface Placement {
  request: LabelRequest;
  lines: readonly Line[];
  box: Box;
  side: Side;
  /** How the lines align in the box. */
  align: 'start' | 'end' | 'middle';
  /** From the anchor to the label, when it is set apart. */
  leader?: Segment;
  /** Index of the version used (0: fullest) and of the distance (0: beside the mark). */
  version: number;
  distance: number;
  /** Index of the anchor's move in `shifts`, from 1; absent when the anchor was not moved. */
  shift?: number;
}

export const LEADING = 1.2;
export const DEFAULT_GAPS: readonly number[] = [4, 18, 32, 50, 74];

const ALIGN: Record<Side, Placement['align']> = {
  right: 'start',
  'right-down': 'start',
  'above-right': 'start',
  'below-right': 'start',
  left: 'end',
  'left-down': 'end',
  'above-left': 'end',
  'below-left': 'end',
  above: 'middle',
  below: 'middle',
};

/** Width and height of some lines of text as drawn (each line at its own size and style). */
export function linesBox(lines: readonly Line[]): { w: number; h: number } {
  const width = (l: Line) => textWidth(l.text, l.size, l) + (l.tail ? textWidth(l.tail, l.size) : 0);
  return { w: Math.max(0, ...lines.map(width)), h: lines.reduce((h, l) => h + l.size * LEADING, 0) };
}

/** The box a label of size w×h takes on one side of its anchor, `gap` px away. */
export function boxOn(anchor: Box, side: Side, w: number, h: number, gap: number, firstLine = h): Box {
  const cx = (anchor.x0 + anchor.x1) / 2,
    cy = (anchor.y0 + anchor.y1) / 2;
  const right = { x0: anchor.x1 + gap, x1: anchor.x1 + gap + w };
  const left = { x0: anchor.x0 - gap - w, x1: anchor.x0 - gap };
  const centre = { x0: cx - w / 2, x1: cx + w / 2 };
  const above = { y0: anchor.y0 - gap - h, y1: anchor.y0 - gap };
  const below = { y0: anchor.y1 + gap, y1: anchor.y1 + gap + h };
  const middle = { y0: cy - h / 2, y1: cy + h / 2 },
    hanging = { y0: cy - firstLine / 2, y1: cy - firstLine / 2 + h };
  switch (side) {
    case 'right':
      return { ...right, ...middle };
    case 'left':
      return { ...left, ...middle };
    case 'right-down':
      return { ...right, ...hanging };
    case 'left-down':
      return { ...left, ...hanging };
    case 'above':
      return { ...centre, ...above };
    case 'below':
      return { ...centre, ...below };
    case 'above-right':
      return { x0: anchor.x0, x1: anchor.x0 + w, ...above };
    case 'above-left':
      return { x0: anchor.x1 - w, x1: anchor.x1, ...above };
    case 'below-right':
      return { x0: anchor.x0, x1: anchor.x0 + w, ...below };
    case 'below-left':
      return { x0: anchor.x1 - w, x1: anchor.x1, ...below };
  }
}

/** The leader from a mark to its label, between their nearest edges. */
export function leaderOf(anchor: Box, label: Box): Segment {
  const clamp = (v: number, a: number, b: number) => Math.max(a, Math.min(b, v));
  const lc = { x: (label.x0 + label.x1) / 2, y: (label.y0 + label.y1) / 2 };
  const from = { x: clamp(lc.x, anchor.x0, anchor.x1), y: clamp(lc.y, anchor.y0, anchor.y1) };
  return { from, to: { x: clamp(from.x, label.x0, label.x1), y: clamp(from.y, label.y0, label.y1) } };
}

/** Whether a segment passes through a box (sampled every few px: leaders are short). */
export function crosses({ from, to }: Segment, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 3));
  for (let i = 1; i < steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps,
      y = from.y + ((to.y - from.y) * i) / steps;
    if (x > box.x0 - 2 && x < box.x1 + 2 && y > box.y0 - 2 && y < box.y1 + 2) return true;
  }
  return false;
}

const moved = (b: Box, [dx, dy]: readonly [number, number]): Box => ({
  ...b,
  x0: b.x0 + dx,
  x1: b.x1 + dx,
  y0: b.y0 + dy,
  y1: b.y1 + dy,
});

function* candidates(request: LabelRequest): Generator<Placement> {
  const gaps = request.gaps ?? DEFAULT_GAPS;
  for (const [version, lines] of request.versions.entries()) {
    const { w, h } = linesBox(lines);
    const first = (lines[0]?.size ?? 0) * LEADING;
    for (const [shift, by] of [[0, 0] as const, ...(request.shifts ?? [])].entries()) {
      const anchor = shift ? moved(request.anchor, by) : request.anchor;
      for (const [distance, gap] of gaps.entries()) {
        for (const side of request.sides ?? ALL_SIDES) {
          const box = boxOn(anchor, side, w, h, gap, first);
          const setApart = distance > 0 || shift > 0;
          const leader = setApart && request.leader !== false ? leaderOf(request.anchor, box) : undefined;
          const moves = shift ? { shift } : {};
          yield { request, lines, box, side, align: ALIGN[side], leader, version, distance, ...moves };
        }
      }
    }
  }
}

/** Greedy placement of requests in the order given, around the reserved boxes. */
export function placeGreedy(reserved: readonly Box[], requests: readonly LabelRequest[]): Placement[] {
  const taken = [...reserved];
  const placed: Placement[] = [];
  const free = (p: Placement) =>
    within(p.box, p.request.bounds) &&
    !taken.some((t) => overlaps(t, p.box)) &&
    !(p.request.avoid ?? []).some((a) => overlaps(a, p.box)) &&
    // A leader line may not run through another label or mark (thin lines excepted).
    !(p.leader && taken.some((t) => !t.thin && !overlaps(t, p.request.anchor) && crosses(p.leader!, t)));
  for (const request of requests) {
    let chosen: Placement | undefined;
    let least: { p: Placement; cost: number } | undefined;
    for (const p of candidates(request)) {
      if (free(p)) {
        chosen = p;
        break;
      }
      if (request.required) {
        const cost =
          taken.reduce((s, t) => s + overlapArea(t, p.box), 0) +
          (request.avoid ?? []).reduce((s, a) => s + overlapArea(a, p.box), 0) +
          (within(p.box, request.bounds) ? 0 : 1e6);
        if (!least || cost < least.cost) least = { p, cost };
      }
    }
    chosen ??= least?.p;
    if (!chosen) continue;
    taken.push(chosen.box);
    placed.push(chosen);
  }
  return placed;
}

/**
 * Greedy placement tried in each of several orders of the requests; the layout that places the
 * most weight wins, less for shortened labels and labels set far from their marks (ties: the
 * first order).
 */
export function placeLabels(
  reserved: readonly Box[],
  requests: readonly LabelRequest[],
  orders: readonly (readonly LabelRequest[])[] = [requests],
): Placement[] {
  let best: Placement[] = [];
  let bestScore = -Infinity;
  for (const order of orders) {
    const placed = placeGreedy(reserved, order);
    const score = placed.reduce((s, p) => s + (p.request.weight ?? 1) * (100 - p.version * 3 - p.distance * 4), 0);
    if (score > bestScore) [best, bestScore] = [placed, score];
  }
  return best;
}
