/**
 * What each part of the barrier's cross-section is drawn with (`barrier.ts` builds it from the
 * layout in `barrier-layout.ts`; `barrier-ground.ts` and `barrier-watch.ts` draw the parts).
 */
import { line as d3line } from 'd3-shape';
import type { G } from '../svg.ts';
import { round } from '../kit/round.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import type { BarrierComponent } from './prepare.ts';
import type { BarrierLayout } from './barrier-layout.ts';

const path = d3line();
/** An SVG path through the points, rounded. */
export const d = (points: [number, number][]) => path(points.map(([a, b]) => [round(a), round(b)]))!;

/** What every part's drawing needs: where the ground is, the metre scale, the slots. */
export interface Section {
  g: G;
  L: BarrierLayout;
  type: TypeScale;
  narrow: boolean;
  /** The ground line's y, and the px of one metre. */
  G0: number;
  u: number;
  /** Metres above (negative: below) the ground to SVG y. */
  m: (metresUp: number) => number;
  /** A slot's centre and width. */
  cx: (id: string) => number;
  bw: number;
  byId: Map<string, BarrierComponent>;
  /** Dashed for a component held with low confidence. */
  low: (id: string) => string;
}
