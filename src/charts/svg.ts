/**
 * SVG built in Node with d3-selection on a linkedom document, serialized to a string. Every
 * chart goes through `chartSvg`, so all share the structure readers and tests rely on:
 * role="img", <title>/<desc> referenced by aria-labelledby, a viewBox with width/height
 * (the page reserves the aspect ratio: no layout shift), ids prefixed with the chart id.
 */
import { parseHTML } from 'linkedom';
import { select, type Selection } from 'd3-selection';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface SvgFrame {
  /** Prefix for every id in the SVG: the chart id plus the artboard, unique on the page. */
  idPrefix: string;
  width: number;
  height: number;
  title: string;
  description: string;
  className: string;
}

export function chartSvg(frame: SvgFrame): Svg {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = select(document.createElementNS(SVG_NS, 'svg') as unknown as SVGSVGElement)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${frame.idPrefix}-title ${frame.idPrefix}-desc`)
    .attr('class', frame.className);
  svg.append('title').attr('id', `${frame.idPrefix}-title`).text(frame.title);
  svg.append('desc').attr('id', `${frame.idPrefix}-desc`).text(frame.description);
  return svg;
}

/** A group of marks: labelled for assistive technology, or hidden from it when decorative. */
export function layer(parent: Svg | G, className: string, ariaLabel?: string): G {
  const g = parent.append('g').attr('class', className);
  return ariaLabel ? g.attr('aria-label', ariaLabel) : g.attr('aria-hidden', 'true');
}

export function serialize(svg: Svg): string {
  return svg.node()!.outerHTML;
}
