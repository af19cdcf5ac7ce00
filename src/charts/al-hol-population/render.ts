/**
 * al-hol-population — the drawing, with Observable Plot: the legend above the frame, then the
 * reported counts on a time axis (marks.ts) and their labels (labels.ts), both drawn by the kit
 * in Plot layers, in the artboard's pixels as Plot's scales compute them.
 */
import { scaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { plotSvg } from '../plot.ts';
import type { RenderOptions } from '../types.ts';
import { valueLabelsWidth } from '../kit/axis-value.ts';
import { DAY, timeTickFormat } from '../kit/dates.ts';
import { plotLabels } from '../kit/label-plot.ts';
import { legendFrame } from '../kit/plot-frame.ts';
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
  const days = (view.domain[1] - view.domain[0]) / DAY;
  const r = narrow ? 3.5 : 4;
  const rPart = narrow && days > 3 * 365 ? 2.8 : r - 0.5;
  const valueTicks = narrow ? 4 : 8;
  // Plot sets the values 9 px (tick and padding) left of the frame: room for the widest, and 4 more.
  const values = scaleLinear().domain([0, input.yMax]).ticks(valueTicks);
  const left = Math.max(narrow ? 52 : 58, Math.ceil(valueLabelsWidth(values, type.small)) + 13);
  const margin = { left, right: narrow ? 16 : 24 };
  const legend = legendItems(r, narrow);
  const axis = { title: s.axis, className: 'alhol-axis-label' };
  const frame = legendFrame({
    width,
    plotHeight: narrow ? 276 : 330,
    margin,
    domain: view.domain,
    yMax: input.yMax,
    legend,
    axis,
  });

  const visible = inView(view);
  const points = input.points.filter(visible);
  const parts = input.parts.filter((p) => view.groups.includes(p.group) && visible(p.point));
  const geo: Geometry = {
    X: frame.X,
    Y: frame.Y,
    r,
    rPart,
    dodge: (g: Group) => DODGE[g] * (rPart * 2 + 0.5),
    clip: (ms) => Math.min(Math.max(ms, view.domain[0]), view.domain[1]),
  };
  // On a phone labels keep 4 px from the artboard's right edge, clear of the screen's.
  const bounds = narrow ? { ...frame.bounds, x1: width - 4 } : frame.bounds;
  const placements = placeAlHolLabels(input, { ...geo, view, points, parts, type, narrow, bounds });
  const years = narrow ? '2 years' : 'year';
  const ticks = days > 3 * 365 ? years : days > 300 ? '3 months' : narrow && days > 150 ? '2 months' : 'month';
  const { x, y } = frame.axes({ ticks, tickFormat: timeTickFormat(view.domain) }, valueTicks);
  return plotSvg(
    {
      ...frame.size,
      x,
      y,
      marks: [...dataMarks(input, view, points, parts, geo), plotLabels(placements), ...frame.marks],
    },
    { idPrefix, title: s.title, description: describe(input), className: `chart chart--${ID}`, fontSize: type.base },
  );
}
