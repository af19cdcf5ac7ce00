/**
 * A group drawn with d3 inside an Observable Plot chart: a bare render function, which Plot
 * calls with its document, so kit parts drawn with d3 (legends, placed labels, symbols) serve
 * Plot charts too, in the SVG's own coordinates (the whole artboard, margins included).
 */
import { select } from 'd3-selection';
import type { Plot } from '../plot.ts';
import type { G } from '../svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A Plot mark that appends a `<g class=className>` and lets `draw` fill it; hidden from assistive
 * technology unless labelled.
 */
export function plotLayer(className: string, draw: (g: G) => void, ariaLabel?: string): Plot.RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const node = context.document.createElementNS(SVG_NS, 'g') as SVGGElement;
    const g = select(node) as unknown as G;
    g.attr('class', className);
    if (ariaLabel) g.attr('aria-label', ariaLabel);
    else g.attr('aria-hidden', 'true');
    draw(g);
    return node;
  };
}
