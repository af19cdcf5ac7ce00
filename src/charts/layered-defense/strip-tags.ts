/**
 * Where the strip's labels go: the crossings' and the river's tags in lanes above the strip, and
 * the governorates' callouts in lanes below it. Pure geometry on measured text.
 */
import { textWidth, type TextStyle } from '../kit/text.ts';

/** How the strip's labels are drawn (src/styles/marks.css), so measured. */
export const STYLE: Record<'crossing' | 'country', TextStyle> = {
  crossing: { weight: 600 },
  country: { weight: 600, letterSpacing: 0.12 },
};

export interface Tag {
  x: number;
  text: string;
  kind: 'crossing' | 'river';
  state?: string;
  /** A crossing placed only approximately (from towns, or a stretch's middle): ringed. */
  approximate?: boolean;
  /** The stretch a region-level crossing lies somewhere on, px along the strip. */
  band?: [number, number] | null;
  lane: number;
  side: 'right' | 'left';
}

/**
 * Labels above the strip, in lanes, offered in one order: each is tried to the right, then the
 * left, of its mark, lane by lane from the strip upwards, and refused where it would cover another
 * label or the leader of a label in a higher lane. A label with no free lane goes above all the
 * others (counted in `forced`: it may cover something).
 */
function tagsInOrder(order: Omit<Tag, 'lane' | 'side'>[], size: number, left: number, right: number) {
  const placed: (Tag & { x0: number; x1: number })[] = [];
  let forced = 0;
  for (const item of order) {
    const w = textWidth(item.text, size, item.kind === 'crossing' ? STYLE.crossing : {});
    let done = false;
    for (let lane = 0; !done && lane < 8; lane++)
      for (const side of item.kind === 'river' ? (['left', 'right'] as const) : (['right', 'left'] as const)) {
        const x0 = side === 'right' ? item.x + 1 : item.x - w - 4;
        const x1 = side === 'right' ? item.x + w + 4 : item.x - 1;
        if (x0 < left || x1 > right) continue;
        const clash = placed.some(
          (p) =>
            (p.lane === lane && p.x0 < x1 + 3 && x0 < p.x1 + 3) ||
            (p.lane > lane && p.x >= x0 - 2 && p.x <= x1 + 2) ||
            (p.lane < lane && item.x >= p.x0 - 2 && item.x <= p.x1 + 2),
        );
        if (clash) continue;
        placed.push({ ...item, lane, side, x0, x1 });
        done = true;
        break;
      }
    // Never drop a mark: with no free lane, its label goes above all the others.
    if (!done) {
      forced++;
      const lane = Math.max(0, ...placed.map((p) => p.lane + 1));
      const side = item.x + w + 4 <= right ? 'right' : 'left';
      const x0 = side === 'right' ? item.x + 1 : item.x - w - 4;
      placed.push({ ...item, lane, side, x0, x1: x0 + w + 3 });
    }
  }
  const tags = placed.map(({ x0: _x0, x1: _x1, ...tag }) => tag);
  return { tags, forced, lanes: Math.max(0, ...tags.map((t) => t.lane + 1)) };
}

/** Every order of a few items, the given one first. */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1 || items.length > 7) return [items];
  return items.flatMap((first, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [first, ...rest]),
  );
}

/**
 * The labels' lanes: east to west first (labels run to the right, so a western mark's label goes
 * over, not under, the next one's); where that leaves a label covering another or a leader (two
 * marks a pixel apart, a long label over a neighbour's mark), the order that covers nothing in the
 * fewest lanes.
 */
export function placeTags(items: Omit<Tag, 'lane' | 'side'>[], size: number, left: number, right: number): Tag[] {
  const eastToWest = [...items].sort((a, b) => b.x - a.x);
  let best = tagsInOrder(eastToWest, size, left, right);
  if (best.forced === 0) return best.tags;
  for (const order of orders(eastToWest)) {
    const layout = tagsInOrder(order, size, left, right);
    if (layout.forced < best.forced || (layout.forced === best.forced && layout.lanes < best.lanes)) best = layout;
  }
  return best.tags;
}

/**
 * Callouts under the strip, in lanes: the one furthest east in the top lane, each text from its
 * leader (moved left where it would run off the artboard), and no leader through a text in a lane
 * above its own.
 */
export function placeCallouts<T extends { lines: string[]; at: number }>(
  items: T[],
  size: number,
  [left, right]: [number, number],
): (T & { x: number; x1: number; lane: number })[] {
  const placed: (T & { x: number; x1: number; lane: number })[] = [];
  for (const item of [...items].sort((a, b) => b.at - a.at)) {
    const w = Math.max(...item.lines.map((l) => textWidth(l, size)));
    const x = Math.max(left, Math.min(item.at - 3, right - w));
    const x1 = x + w;
    const through = (p: { x: number; x1: number }, at: number) => at >= p.x - 3 && at <= p.x1 + 3;
    let lane = 0;
    while (
      placed.some(
        (p) =>
          (p.lane === lane && p.x < x1 + 8 && x < p.x1 + 8) ||
          (p.lane < lane && through(p, item.at)) ||
          (p.lane > lane && p.at >= x - 3 && p.at <= x1 + 3),
      )
    )
      lane++;
    placed.push({ ...item, x, x1, lane });
  }
  return placed;
}
