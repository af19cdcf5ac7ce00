/**
 * Greedy label placement for Plot charts with a linear time axis: callers reserve the marks,
 * then offer labels in priority order, each with the sides it may take. A label goes on the
 * first side where it overlaps nothing already placed and stays inside its bounds; an optional
 * label that fits nowhere is left out (its figure is in the table), a required one takes the
 * side that overlaps least. Labels are emitted as Plot text marks anchored to the frame's
 * top-left corner, so their pixel positions are the ones checked here. Also used by
 * src/charts/detainees-held/.
 */
import { Plot } from '../plot.ts';

export interface Frame {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Side = 'above' | 'below' | 'right' | 'left' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

export interface LabelRequest {
  /** Anchor point in px (SVG user units). */
  at: [number, number];
  text: string;
  /** Wrap to lines of at most this many characters. */
  maxChars?: number;
  size: number;
  className: string;
  sides: readonly Side[];
  /** Distance from the anchor, px. */
  gap?: number;
  /** Further distances to try, after `gap`, each on every side; a label set off by more than 10 px gets a leader line. */
  farther?: readonly number[];
  /** Moves of the anchor to try after the point itself (px), e.g. [0, -80] for well above it; with a leader line. */
  shifts?: readonly [number, number][];
  /** Drawn even when every side overlaps something (on the least crowded side). */
  required?: boolean;
}

/** Average advance of a character in a sans-serif, in ems; erring wide keeps labels apart. */
const EM_PER_CHAR = 0.58;
const LINE_HEIGHT = 1.15;

export function wrap(text: string, maxChars = Infinity): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const textWidth = (line: string, size: number) => line.length * size * EM_PER_CHAR;

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * `invert` turns a pixel position back into data (x, y) for leader lines, which Plot draws as
 * links in data space.
 */
export function createPlacer(
  frame: Frame,
  invert: (px: [number, number]) => [unknown, unknown],
  bounds: Box = { x0: frame.marginLeft, y0: frame.marginTop - 2, x1: frame.width - 2, y1: frame.height - frame.marginBottom },
) {
  const taken: Box[] = [];
  const marks: Plot.Markish[] = [];

  function layout(req: LabelRequest, side: Side, gap: number, shift: readonly [number, number]) {
    const lines = wrap(req.text, req.maxChars);
    const w = Math.max(...lines.map((l) => textWidth(l, req.size)));
    const h = lines.length * req.size * LINE_HEIGHT;
    const [x, y] = [req.at[0] + shift[0], req.at[1] + shift[1]];
    const dGap = gap;
    const horizontal = side.endsWith('right') ? 'right' : side.endsWith('left') ? 'left' : 'centre';
    const vertical = side.startsWith('above') ? 'above' : side.startsWith('below') ? 'below' : 'middle';
    const x0 = horizontal === 'right' ? x + dGap : horizontal === 'left' ? x - dGap - w : x - w / 2;
    const y0 = vertical === 'above' ? y - dGap - h : vertical === 'below' ? y + dGap : y - h / 2;
    const box = { x0, y0, x1: x0 + w, y1: y0 + h };
    const textAnchor = horizontal === 'right' ? 'start' : horizontal === 'left' ? 'end' : 'middle';
    const tx = horizontal === 'right' ? box.x0 : horizontal === 'left' ? box.x1 : (box.x0 + box.x1) / 2;
    return { lines, box, textAnchor, tx, leader: gap > 10 || shift[0] !== 0 || shift[1] !== 0 } as const;
  }

  const inside = (b: Box) => b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const cost = (b: Box) => taken.reduce((sum, t) => sum + overlap(b, t), 0) + (inside(b) ? 0 : 1e6);

  return {
    reserve(box: Box): void {
      taken.push(box);
    },
    reservePoint([x, y]: [number, number], r: number): void {
      taken.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
    },
    /** Reserves a polyline as small boxes along it. */
    reserveLine(points: [number, number][], halfWidth = 1.5): void {
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 4));
        for (let k = 0; k <= n; k++) {
          const x = a[0] + ((b[0] - a[0]) * k) / n;
          const y = a[1] + ((b[1] - a[1]) * k) / n;
          taken.push({ x0: x - halfWidth, y0: y - halfWidth, x1: x + halfWidth, y1: y + halfWidth });
        }
      }
    },
    /** Places a label; returns its box, or undefined when an optional label fits nowhere. */
    place(req: LabelRequest): Box | undefined {
      const gaps = [req.gap ?? 7, ...(req.farther ?? [])];
      const shifts: (readonly [number, number])[] = [[0, 0], ...(req.shifts ?? [])];
      const options = shifts.flatMap((shift) => gaps.flatMap((gap) => req.sides.map((side) => layout(req, side, gap, shift))));
      let chosen = options.find((o) => cost(o.box) === 0);
      if (!chosen && req.required) chosen = options.reduce((best, o) => (cost(o.box) < cost(best.box) ? o : best));
      if (!chosen) return undefined;
      taken.push(chosen.box);
      if (chosen.leader) {
        // From the anchor towards the nearest point of the box, stopping short of both.
        const [x, y] = req.at;
        const nx = Math.min(Math.max(x, chosen.box.x0), chosen.box.x1);
        const ny = Math.min(Math.max(y, chosen.box.y0), chosen.box.y1);
        const d = Math.hypot(nx - x, ny - y);
        const from: [number, number] = [x + ((nx - x) * 4) / d, y + ((ny - y) * 4) / d];
        const to: [number, number] = [nx - ((nx - x) * 2) / d, ny - ((ny - y) * 2) / d];
        const [a, b] = [invert(from), invert(to)];
        marks.push(Plot.link([0], { x1: () => a[0], y1: () => a[1], x2: () => b[0], y2: () => b[1], className: `${req.className.split(' ')[0]!.split('-')[0]}-leader` }));
      }
      marks.push(
        Plot.text([0], {
          frameAnchor: 'top-left',
          dx: chosen.tx - frame.marginLeft,
          dy: chosen.box.y0 - frame.marginTop,
          text: () => chosen.lines.join('\n'),
          textAnchor: chosen.textAnchor,
          lineAnchor: 'top',
          lineHeight: LINE_HEIGHT,
          fontSize: req.size,
          className: req.className,
        }),
      );
      return chosen.box;
    },
    marks: (): Plot.Markish[] => marks,
  };
}
