/**
 * The sites' labels placed through the kit's placer (kit/place-avoiding.ts), request by request,
 * each kept `gap` px from the labels already placed, so that two groups' labels never stand
 * flush and read as one. The greedy placer's result depends on the order it is given; where the
 * marks crowd (a phone's map), several orders are tried and the layout that says most, nearest
 * its marks, with nothing forced over anything, is kept. The first request (the focus of a
 * state) stays first in every order.
 */
import { inflate, overlaps, type Box } from '../kit/box.ts';
import { placeAvoiding } from '../kit/place-avoiding.ts';
import type { LabelRequest, Placement } from '../kit/placer.ts';

export interface SitePlacementOptions {
  /** Room kept between two groups' labels, px. */
  gap: number;
  /** Try other orders than the one given (phones). */
  reorder: boolean;
}

function placeInOrder(reserved: readonly Box[], soft: readonly Box[], requests: readonly LabelRequest[], gap: number) {
  const placed: Placement[] = [];
  for (const request of requests) {
    const taken = [...reserved, ...placed.map((p) => inflate(p.box, gap))];
    const [p] = placeAvoiding(taken, soft, [request]);
    if (p) placed.push(p);
  }
  return placed;
}

/** A layout's worth: fuller versions and labels beside their marks score more; a forced overlap costs most. */
function score(placed: readonly Placement[], reserved: readonly Box[]): number {
  return placed.reduce((sum, p, i) => {
    const others = [...reserved, ...placed.filter((_, j) => j !== i).map((q) => q.box), ...(p.request.avoid ?? [])];
    const forced = others.some((b) => overlaps(b, p.box));
    return sum + 100 - p.version * 10 - p.distance * 4 - (forced ? 1000 : 0);
  }, 0);
}

/** Orders to try: as given, then reversed, and by position across and down the map. */
function orders(requests: readonly LabelRequest[]): LabelRequest[][] {
  const [first, ...rest] = requests;
  if (!first) return [[]];
  const x = (r: LabelRequest) => r.anchor.x0 + r.anchor.x1;
  const y = (r: LabelRequest) => r.anchor.y0 + r.anchor.y1;
  const across = [...rest].sort((a, b) => x(a) - x(b));
  const down = [...rest].sort((a, b) => y(a) - y(b));
  return [rest, [...rest].reverse(), across, [...across].reverse(), down, [...down].reverse()].map((o) => [
    first,
    ...o,
  ]);
}

export function placeSiteLabels(
  reserved: readonly Box[],
  soft: readonly Box[],
  requests: readonly LabelRequest[],
  options: SitePlacementOptions,
): Placement[] {
  const tries = options.reorder ? orders(requests) : [[...requests]];
  let best: Placement[] = [];
  let bestScore = -Infinity;
  for (const order of tries) {
    const placed = placeInOrder(reserved, soft, order, options.gap);
    const s = score(placed, reserved);
    if (s > bestScore) [best, bestScore] = [placed, s];
  }
  return best;
}
