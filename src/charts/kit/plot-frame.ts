/**
 * The frame of an Observable Plot chart on a time axis with its legend above the plot: margins
 * that leave the legend room (laid out at the artboard's width, legend.ts), the legend and the
 * value axis' title as Plot layers, and where a time and a value fall in px, as Plot's scales
 * compute them for explicit domains without nicing, so labels are placed before Plot draws.
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import type { Plot } from '../plot.ts';
import type { Box } from './box.ts';
import { drawLegend, legendLayout, type LegendItem } from './legend.ts';
import { plotLayer } from './plot-layer.ts';
import { round } from './round.ts';
import { typeScale } from './type-scale.ts';

export interface FrameOptions {
  width: number;
  /** Height of the plotting area, px. */
  plotHeight: number;
  /** Room for the value axis' ticks (left), the last tick word (right), the time axis (bottom, 28 by default), px. */
  margin: { left: number; right: number; bottom?: number };
  /** The time axis' domain, ms, and the value axis' top (it starts at zero). */
  domain: readonly [number, number];
  yMax: number;
  legend: readonly LegendItem[];
  /** The value axis' title, above its ticks, and its CSS class. */
  axis: { title: string; className: string };
}

/** Pixel positions on the frame: a time (ms) and a value. */
export interface Pixels {
  X: (t: number) => number;
  Y: (v: number) => number;
}

export interface Frame extends Pixels {
  /** Plot's size options. */
  size: {
    width: number;
    height: number;
    marginLeft: number;
    marginRight: number;
    marginTop: number;
    marginBottom: number;
  };
  /** The plotting area: where labels may go. */
  bounds: Box;
  /** The legend and the axis title, as Plot marks. */
  marks: Plot.Markish[];
  /** Plot's x (time) and y (value, from zero, gridded) options for these domains, ticks as given. */
  axes(time: TimeTicks, valueTicks: number): { x: Plot.ScaleOptions; y: Plot.ScaleOptions };
}

/** The time axis' ticks: an interval ("year", "3 months") and their words. */
export interface TimeTicks {
  ticks: string;
  tickFormat: (d: Date) => string;
}

/** Room between the legend and the plotting area, for the axis title. */
const GAP = 30;

export function legendFrame(o: FrameOptions): Frame {
  const { width, margin } = o;
  const [marginLeft, marginRight, marginBottom] = [margin.left, margin.right, margin.bottom ?? 28];
  // The legend and the axis title are set at the artboard's small size.
  const textSize = typeScale(width).small;
  const legendAt = { x: 2, y: 6, width: width - 4, size: textSize };
  // Whole pixels: the artboard's height is its viewBox, which the page reserves as an aspect ratio.
  const marginTop = Math.ceil(legendLayout(o.legend, legendAt).height + GAP);
  const height = marginTop + o.plotHeight + marginBottom;
  const [d0, d1] = o.domain;
  const title = plotLayer(o.axis.className, (g) => {
    g.append('text')
      .attr('x', 2)
      .attr('y', round(marginTop - 14 + textSize * 0.35))
      .attr('text-anchor', 'start')
      .attr('font-size', textSize)
      .text(o.axis.title);
  });
  return {
    size: { width, height, marginLeft, marginRight, marginTop, marginBottom },
    bounds: { x0: marginLeft, y0: marginTop - 2, x1: width - 2, y1: height - marginBottom },
    X: (t) => marginLeft + ((t - d0) / (d1 - d0)) * (width - marginLeft - marginRight),
    Y: (v) => marginTop + (1 - v / o.yMax) * o.plotHeight,
    marks: [title, plotLayer('legend', (g) => void drawLegend(g, o.legend, legendAt), t.charts.kit.marks.legend)],
    axes: (time, valueTicks) => ({
      x: { type: 'utc', domain: [new Date(d0), new Date(d1)], ...time, label: null },
      y: {
        domain: [0, o.yMax],
        grid: true,
        ticks: valueTicks,
        tickFormat: (d: number) => formatNumber(d),
        label: null,
      },
    }),
  };
}
