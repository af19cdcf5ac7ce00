/**
 * The artboard of a claim chart drawn with d3: the SVG (title, description, the chart's class),
 * its legend across the top, and the sizes the kit gives this width (type, dot radius). The
 * chart sets the height once it knows it (`setHeight`).
 */
import { t } from '../../i18n/index.ts';
import { chartSvg, layer, type Svg } from '../svg.ts';
import { dotRadius } from './claim-marks.ts';
import { drawLegend, type LegendItem } from './legend.ts';
import { isNarrow, typeScale, type TypeScale } from './type-scale.ts';

export interface ClaimArtboard {
  svg: Svg;
  narrow: boolean;
  type: TypeScale;
  /** Radius of a claim's dot, px. */
  radius: number;
  /** Where the legend ends, px from the top. */
  legendBottom: number;
  setHeight(height: number): void;
}

export interface ArtboardOptions {
  id: string;
  width: number;
  idPrefix: string;
  title: string;
  description: string;
  /** The legend's items, for dots of this radius. */
  legend: (radius: number) => LegendItem[];
}

export function claimArtboard(o: ArtboardOptions): ClaimArtboard {
  const { width, idPrefix, title, description } = o;
  const [narrow, type, radius] = [isNarrow(width), typeScale(width), dotRadius(width)];
  const svg = chartSvg({ idPrefix, width, height: 100, title, description, className: `chart chart--${o.id}` });
  const legendAt = { x: 4, y: 4, width: width - 8, size: type.small };
  const legendBottom =
    legendAt.y + drawLegend(layer(svg, 'legend', t.charts.kit.marks.legend), o.legend(radius), legendAt);
  const setHeight = (height: number) => void svg.attr('viewBox', `0 0 ${width} ${height}`).attr('height', height);
  return { svg, narrow, type, radius, legendBottom, setHeight };
}

/** The step a chart is asked to draw, checked against its steps (none: the complete state). */
export function stepIn<Id extends string>(chart: string, ids: readonly Id[], step: string | undefined): Id | undefined {
  if (step !== undefined && !ids.includes(step as Id))
    throw new Error(`${chart}: no step "${step}" (steps: ${ids.join(', ')})`);
  return step as Id | undefined;
}
