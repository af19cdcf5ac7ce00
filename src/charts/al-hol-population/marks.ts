/**
 * al-hol-population — the data marks, as Observable Plot marks, and the legend items that
 * explain them. Totals are dots styled by exactness and confidence (kit/symbols.ts); parts of a
 * total by nationality are small shapes beside them, coloured by group (marks.css, `alhol-*`).
 */
import { Plot, rowTitle } from '../plot.ts';
import { t } from '../../i18n/index.ts';
import type { Style } from '../kit/claims.ts';
import type { LegendItem } from '../kit/legend.ts';
import type { Pixels } from '../kit/plot-frame.ts';
import { drawSymbol, dotOptions, type SymbolName } from '../kit/symbols.ts';
import { GROUPS, type AlHolInput, type Group, type Part, type Point } from './prepare.ts';
import type { View } from './views.ts';

/** How each style of total is drawn. */
export const LOOK: Record<Style, SymbolName> = { exact: 'dot', rounded: 'hollow', low: 'dashed', outlier: 'cross' };
export const SHAPE: Record<Group, SymbolName> = { iraqis: 'square', syrians: 'triangle', others: 'diamond' };
/** Side by side: each group's mark is moved this many of its own widths off the date. */
export const DODGE: Record<Group, number> = { iraqis: -1, syrians: 0, others: 1 };
const STYLES = ['exact', 'rounded', 'low', 'outlier'] as const;

export interface Geometry extends Pixels {
  /** Radius of a total's dot and of a part's mark, px. */
  r: number;
  rPart: number;
  /** Horizontal offset of a group's marks, px. */
  dodge: (g: Group) => number;
  /** A time within the view's window. */
  clip: (t: number) => number;
}

const date = (t: number) => new Date(t);

/** The legend: styles of totals, the span of a partial date, the groups. */
export function legendItems(r: number, narrow: boolean): LegendItem[] {
  const s = t.charts['al-hol-population'];
  const styles = STYLES.map(
    (style): LegendItem => ({
      symbols: [{ name: LOOK[style], r, className: `alhol-total alhol-total--${style} alhol-swatch` }],
      text: s.legend.style[style]!,
    }),
  );
  const span: LegendItem = {
    // On a phone it follows the outlier on the second row, its words short enough to fit there.
    newRow: !narrow,
    text: s.legend.span(narrow),
    // The span's line with a small hollow dot at its middle, as drawn on the chart.
    symbols: [
      {
        width: 14,
        draw: (g, cx, cy) => {
          drawSymbol(g, { name: 'span', r, className: 'alhol-when' }, cx, cy);
          drawSymbol(
            g,
            { name: 'hollow', r: r - 1, className: 'alhol-total alhol-total--rounded alhol-swatch' },
            cx,
            cy,
          );
        },
      },
    ],
  };
  const groups = GROUPS.map(
    (g, i): LegendItem => ({
      newRow: i === 0,
      symbols: [{ name: SHAPE[g], r, className: `alhol-part alhol-part--${g} alhol-swatch` }],
      text: i === 0 ? s.legend.ofWhom(s.group[g]!) : s.group[g]!,
    }),
  );
  return [...styles, span, ...groups];
}

/** Event rules, date spans, runs, parts and totals, back to front. */
export function dataMarks(
  input: AlHolInput,
  view: View,
  points: Point[],
  parts: Part[],
  geo: Geometry,
): Plot.Markish[] {
  const { r, rPart, dodge, clip } = geo;
  const x = (p: Point) => date(p.at.mid);
  const px = (p: Part) => date(p.point.at.mid);
  const byStyle = (s: Style) => points.filter((p) => p.style === s);
  const partsBy = (g: Group, s: Style) => parts.filter((p) => p.group === g && p.point.style === s);
  const spans = spanPoints(points, geo);
  return [
    Plot.ruleY([0], { className: 'alhol-baseline' }),
    ...view.events.map((k) =>
      Plot.ruleX([date(input.events[k].at.mid)], { strokeDasharray: '3 3', className: 'alhol-event' }),
    ),
    // The span a month- or year-only date covers, where it is wider than its dot.
    Plot.link(spans, {
      x1: (p: Point) => date(clip(p.at.start)),
      x2: (p: Point) => date(clip(p.at.end)),
      y1: (p: Point) => p.obs.value,
      y2: (p: Point) => p.obs.value,
      markerStart: 'tick',
      markerEnd: 'tick',
      className: 'alhol-when',
    }),
    // Runs: one claimant's plain counts, joined; groups along the same runs.
    ...input.runs.map((run) =>
      Plot.line(
        run.points.filter((p) => points.includes(p)),
        { x, y: (p: Point) => p.obs.value, strokeWidth: 1.5, className: 'alhol-run' },
      ),
    ),
    ...view.groups.flatMap((g) =>
      input.runs.map((run) =>
        Plot.line(
          parts.filter((p) => p.group === g && run.points.includes(p.point)),
          {
            x: px,
            y: 'value',
            dx: dodge(g),
            strokeWidth: 1,
            stroke: 'currentColor',
            className: `alhol-part alhol-part--${g}`,
          },
        ),
      ),
    ),
    // Parts of a total, by nationality: shape and colour by group, fill by the total's style.
    ...view.groups.flatMap((g) =>
      STYLES.map((s) =>
        Plot.dot(partsBy(g, s), {
          x: px,
          y: 'value',
          dx: dodge(g),
          ...dotOptions(LOOK[s], rPart),
          ...(s === 'outlier' ? {} : { symbol: SHAPE[g] }),
          className: `alhol-part alhol-part--${g} alhol-part--${s}`,
        }),
      ),
    ),
    // Totals.
    ...(['low', 'rounded', 'exact', 'outlier'] as const).map((s) =>
      Plot.dot(byStyle(s), {
        x,
        y: (p: Point) => p.obs.value,
        ...dotOptions(LOOK[s], r),
        title: (p: Point) => rowTitle(p.key),
        className: `alhol-total alhol-total--${s}`,
      }),
    ),
  ];
}

/** Points whose date spans more than their dot is wide: drawn with the span. */
export function spanPoints(points: readonly Point[], geo: Pick<Geometry, 'X' | 'r'>): Point[] {
  return points.filter((p) => p.at.precision !== 'day' && geo.X(p.at.end) - geo.X(p.at.start) > 2 * geo.r + 2);
}
