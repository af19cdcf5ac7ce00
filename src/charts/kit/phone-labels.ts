/**
 * Claim labels on a phone artboard, where a panel is about 270 px wide and figures crowd
 * together. A label stays close to its mark (no long leaders) and keeps clear of the other marks
 * in focus, where it could be read as theirs; when that leaves a figure unlabelled, every label
 * is tried shorter (e.g. without the date, then the figure alone), and the layout that labels
 * the most weight wins, the fuller on a tie. Nor does a label cover a faded mark (context) as it
 * may on a wide artboard: at this size a halo does not keep the two apart.
 */
import { overlaps, type Box } from './box.ts';
import type { Placed } from './claim-marks.ts';
import { placeLabels, type LabelRequest, type Placement } from './placer.ts';

/** How far a label may stand from its mark, px: beside it, or just off it with a short leader. */
const GAPS = [4, 14, 28];
/** Small sideways moves of the anchor, px, so a label can clear the panel's edge beside a mark near it. */
const SHIFTS: readonly (readonly [number, number])[] = [
  [8, 0],
  [-8, 0],
];
/** The room a label leaves round another mark in focus, px. */
const CLEAR = { x: 10, y: 6 };

const around = (b: Box): Box => ({ x0: b.x0 - CLEAR.x, x1: b.x1 + CLEAR.x, y0: b.y0 - CLEAR.y, y1: b.y1 + CLEAR.y });

const weightOf = (requests: readonly LabelRequest[]) => requests.reduce((sum, r) => sum + (r.weight ?? 1), 0);
const placedWeight = (placements: readonly Placement[]) => weightOf(placements.map((p) => p.request));

export function placePhoneLabels(
  reserved: readonly Box[],
  orders: readonly (readonly LabelRequest[])[],
  focused: readonly Placed[],
  faded: readonly Placed[] = [],
): Placement[] {
  const taken = [...reserved, ...faded.map((p) => p.box)];
  const clearOf = (r: LabelRequest) => focused.filter((p) => !overlaps(p.box, r.anchor)).map((p) => around(p.box));
  const longest = Math.max(...orders.flat().map((r) => r.versions.length));
  const all = weightOf(orders[0] ?? []);
  let best: Placement[] = [];
  for (let shorter = 0; shorter < longest && placedWeight(best) < all; shorter++) {
    const cut = orders.map((order) =>
      order.map((r) => ({
        ...r,
        versions: r.versions.slice(Math.min(shorter, r.versions.length - 1)),
        gaps: GAPS,
        shifts: SHIFTS,
        avoid: clearOf(r),
      })),
    );
    const placed = placeLabels(taken, cut[0]!, cut);
    if (placedWeight(placed) > placedWeight(best)) best = placed;
  }
  return best;
}
