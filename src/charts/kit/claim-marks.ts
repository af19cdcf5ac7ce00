/**
 * Claims on a time axis, drawn with d3. A figure dated to a period the chart draws as a bar (by
 * default a year) is a bar across that whole period, because the source does not say where in
 * it the figure falls; any other is a dot at the middle of its period (a month is a few px on
 * an axis of years). A reported range is a vertical line between its ends. Filled dot / solid
 * bar: medium or high confidence; hollow dot / dashed bar: low confidence; a cross: an outlier.
 * Nothing is joined by a line. Marks are classed by confidence and outlier so CSS and tests can
 * find them; their colour is currentColor.
 */
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { G } from '../svg.ts';
import type { Box } from './box.ts';
import { topOf, type Claim } from './claims.ts';
import type { Precision } from './dates.ts';
import { drawBar, drawSymbol, drawVertical } from './symbols.ts';
import { isNarrow } from './type-scale.ts';

export interface Scales {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
}

/** The radius of a claim's dot on an artboard this wide. */
export const dotRadius = (width: number): number => (isNarrow(width) ? 4 : 4.5);

/** Where a claim's mark sits: a point, or a bar from x0 to x1. */
export interface Placed {
  claim: Claim;
  x0: number;
  x1: number;
  /** The middle of the (clipped) period: where a dot is drawn and a label centred. */
  x: number;
  y: number;
  /** y of valueMax, when the claim is a range. */
  yMax: number;
  bar: boolean;
  /** What the mark covers, for label placement: thin for a bar (a leader may cross it). */
  box: Box;
}

/**
 * Where a claim's mark goes. A claim dated to a period of a precision in `bars` is a bar
 * across that period, clipped to the axis; any other is a dot at the middle of its period.
 */
export function place(claim: Claim, s: Scales, radius: number, bars: readonly Precision[] = ['year']): Placed {
  const [d0, d1] = s.x.domain().map(Number) as [number, number];
  const x0 = s.x(Math.max(claim.period.start, d0));
  const x1 = s.x(Math.min(claim.period.end, d1));
  const bar = bars.includes(claim.period.precision);
  const x = (x0 + x1) / 2;
  const [y, yMax] = [s.y(claim.value), s.y(topOf(claim))];
  const pad = radius + 1;
  const box = bar
    ? { x0: x0 - 1, x1: x1 + 1, y0: yMax - 4, y1: y + 4, thin: true }
    : { x0: x - pad, x1: x + pad, y0: yMax - pad, y1: y + pad };
  return { claim, x0, x1, x, y, yMax, bar, box };
}

/** A claim drawn as a dot at a given x, whatever its date (e.g. in a "day not given" column). */
export function placeAt(claim: Claim, x: number, s: Pick<Scales, 'y'>, radius: number): Placed {
  const [y, yMax] = [s.y(claim.value), s.y(topOf(claim))];
  const pad = radius + 1;
  return {
    claim,
    x0: x,
    x1: x,
    x,
    y,
    yMax,
    bar: false,
    box: { x0: x - pad, x1: x + pad, y0: yMax - pad, y1: y + pad },
  };
}

/**
 * Dots on exactly the same spot (the same figure on the same day from two sources) are spread
 * sideways by a mark's width, so each stays visible; bars and distinct spots are left alone.
 */
export function dodge(placed: readonly Placed[], radius: number): Placed[] {
  const spots = new Map<string, Placed[]>();
  for (const p of placed) {
    if (p.bar) continue;
    const key = [p.x, p.y, p.yMax].map(Math.round).join(',');
    spots.set(key, [...(spots.get(key) ?? []), p]);
  }
  const moved = new Map<Placed, Placed>();
  for (const same of spots.values()) {
    if (same.length < 2) continue;
    same.forEach((p, i) => {
      const dx = (i - (same.length - 1) / 2) * (radius * 2 + 1.5);
      moved.set(p, {
        ...p,
        x: p.x + dx,
        x0: p.x0 + dx,
        x1: p.x1 + dx,
        box: { ...p.box, x0: p.box.x0 + dx, x1: p.box.x1 + dx },
      });
    });
  }
  return placed.map((p) => moved.get(p) ?? p);
}

/** The CSS classes of a claim's mark: "claim claim--low claim--outlier claim--period". */
export function claimClass(p: Placed): string {
  const c = p.claim;
  return [
    'claim',
    `claim--${c.confidence}`,
    c.outlier ? 'claim--outlier' : '',
    p.bar ? 'claim--period' : 'claim--point',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One claim's mark, in a group that names its table row (shown as its details on demand). */
export function drawClaim(g: G, p: Placed, radius: number): void {
  const c = p.claim;
  const low = c.confidence === 'low';
  const m = g.append('g').attr('class', claimClass(p)).attr('data-claim', c.id).attr('data-row', c.id);
  // A reported range: a vertical line between its ends.
  if (p.yMax !== p.y) drawVertical(m, p.x, p.y, p.yMax);
  const y = p.bar ? (p.y + p.yMax) / 2 : p.y;
  if (p.bar) drawBar(m, p.x0, p.x1, y, low);
  if (c.outlier) drawSymbol(m, { name: 'cross', r: radius }, p.x, y);
  else if (!p.bar) drawSymbol(m, { name: low ? 'hollow' : 'dot', r: radius }, p.x, y);
}
