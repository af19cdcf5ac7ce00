/**
 * al-hol-population — the drawing, with Observable Plot: the legend above the frame, then the
 * reported counts on a time axis (marks.ts) and their labels (labels.ts), both drawn by the kit
 * in Plot layers, in the artboard's pixels as Plot's scales compute them.
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import { plotSvg, Plot } from '../plot.ts';
import type { RenderOptions } from '../types.ts';
import { DAY, timeTickFormat } from '../kit/dates.ts';
import { plotLabels } from '../kit/label-plot.ts';
import { drawLegend, legendLayout } from '../kit/legend.ts';
import { plotLayer } from '../kit/plot-layer.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import { placeAlHolLabels } from './labels.ts';
import { DODGE, dataMarks, legendItems, type Geometry } from './marks.ts';
import type { AlHolInput, Group } from './prepare.ts';
import { describe } from './text.ts';
import { inView, viewOf, type State } from './views.ts';

const ID = 'al-hol-population';

export function render(input: AlHolInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const view = viewOf(input, (options.step ?? 'complete') as State);
  const narrow = isNarrow(width);
  const type = typeScale(width);
  const s = t.charts[ID];
  const span = view.domain[1] - view.domain[0];
  const full = span > 3 * 365 * DAY;
  const r = narrow ? 3.5 : 4;
  const rPart = narrow && full ? 2.8 : r - 0.5;
  const [marginLeft, marginRight, marginBottom] = [narrow ? 52 : 58, narrow ? 16 : 24, 28];

  const items = legendItems(r, narrow);
  const legendAt = { x: 2, y: 6, width: width - 4, size: type.small };
  const marginTop = legendLayout(items, legendAt).height + 30;
  const height = marginTop + (narrow ? 290 : 330) + marginBottom;

  const visible = inView(view);
  const points = input.points.filter(visible);
  const parts = input.parts.filter((p) => view.groups.includes(p.group) && visible(p.point));
  // Pixel positions, as Plot's scales compute them (explicit domains, no nicing).
  const geo: Geometry = {
    X: (ms) => marginLeft + ((ms - view.domain[0]) / span) * (width - marginLeft - marginRight),
    Y: (v) => marginTop + (1 - v / input.yMax) * (height - marginTop - marginBottom),
    r,
    rPart,
    dodge: (g: Group) => DODGE[g] * (rPart * 2 + 0.5),
    clip: (ms) => Math.min(Math.max(ms, view.domain[0]), view.domain[1]),
  };
  const bounds = { x0: marginLeft, y0: marginTop - 2, x1: width - 2, y1: height - marginBottom };
  const placements = placeAlHolLabels(input, { ...geo, view, points, parts, type, narrow, bounds });
  const days = span / DAY;
  const ticks = full ? 'year' : days > 300 ? '3 months' : narrow && days > 150 ? '2 months' : 'month';

  return plotSvg(
    {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: { type: 'utc', domain: view.domain.map((ms) => new Date(ms)), ticks, tickFormat: timeTickFormat(view.domain), label: null },
      y: { domain: [0, input.yMax], grid: true, ticks: narrow ? 4 : 8, tickFormat: (d: number) => formatNumber(d), label: null },
      marks: [
        ...dataMarks(input, view, points, parts, geo),
        plotLabels(placements),
        Plot.text([0], { frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -14, text: () => s.axis, textAnchor: 'start', fontSize: type.small, className: 'alhol-axis-label' }),
        plotLayer('legend', (g) => void drawLegend(g, items, legendAt), t.charts.kit.marks.legend),
      ],
    },
    { idPrefix, title: s.title, description: describe(input), className: `chart chart--${ID}`, fontSize: type.base },
  );
}
