/** Placed labels (placer.ts) in an Observable Plot chart: drawn by label-svg.ts in a Plot layer. */
import type { Plot } from '../plot.ts';
import { drawPlacements } from './label-svg.ts';
import type { Placement } from './placer.ts';
import { plotLayer } from './plot-layer.ts';

/** One Plot mark drawing every placement, leader lines first, in the artboard's coordinates. */
export function plotLabels(placements: readonly Placement[], className = 'labels'): Plot.RenderFunction {
  return plotLayer(className, (g) => drawPlacements(g, placements));
}
