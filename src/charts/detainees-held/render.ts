/**
 * detainees-held — the drawing, with Observable Plot: the legend above the frame, then the
 * claims on a year axis (marks.ts) and their labels (labels.ts), both drawn by the kit in Plot
 * layers, in the artboard's pixels as Plot's scales compute them.
 */
import { scaleLinear } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { plotSvg } from '../plot.ts';
import type { RenderOptions } from '../types.ts';
import { valueLabelsWidth } from '../kit/axis-value.ts';
import { yearTick } from '../kit/dates.ts';
import { plotLabels } from '../kit/label-plot.ts';
import { legendFrame } from '../kit/plot-frame.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import { placeDetaineesLabels } from './labels.ts';
import { dataMarks, legendItems, type Geometry } from './marks.ts';
import type { Claim, DetaineesInput, Month } from './prepare.ts';
import { describe } from './text.ts';

const ID = 'detainees-held';
export type StepId = 'plateau' | '2026';

/** What each state shows: the plateau, the transfer, every figure, or the latest month's claimants. */
const VIEWS = {
  plateau: { plateau: true, transfer: false, values: true, recent: false },
  '2026': { plateau: false, transfer: true, values: false, recent: true },
  complete: { plateau: true, transfer: true, values: false, recent: false },
} as const;

export function render(input: DetaineesInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const show = VIEWS[(options.step ?? 'complete') as StepId | 'complete'];
  if (!show) throw new Error(`${ID}: no step "${options.step}"`);
  const narrow = isNarrow(width);
  const type = typeScale(width);
  const s = t.charts[ID];
  const r = narrow ? 3.5 : 4;
  const plotHeight = narrow ? 250 : 290;
  const valueTicks = narrow ? 4 : 7;
  // Plot sets the values 9 px (tick and padding) left of the frame: room for the widest, and 4 more.
  const values = scaleLinear().domain([0, input.yMax]).ticks(valueTicks);
  const left = Math.max(narrow ? 46 : 54, Math.ceil(valueLabelsWidth(values, type.small)) + 13);
  const margin = { left, right: narrow ? 14 : 24 };
  const axis = { title: s.axis, className: 'dh-axis-label' };
  const frame = legendFrame({
    width,
    plotHeight,
    margin,
    domain: input.domain,
    yMax: input.yMax,
    legend: legendItems(r, narrow),
    axis,
  });

  const { marginLeft, marginRight } = frame.size;
  const msPerPx = (input.domain[1] - input.domain[0]) / (width - marginLeft - marginRight);
  // Claims for the same month side by side: each slot one mark-width apart, centred on the date.
  const slotPx = 2 * r + 3;
  const monthOf = new Map(input.months.flatMap((m) => m.claims.map((c) => [c, m] as const)));
  const offset = (c: Claim) => (c.slot - (monthOf.get(c)!.claims.length - 1) / 2) * slotPx;
  const geo: Geometry = {
    X: frame.X,
    Y: frame.Y,
    r,
    msPerPx,
    cx: (c) => monthOf.get(c)!.at.mid + offset(c) * msPerPx,
    halfSpread: (m: Month) => ((m.claims.length - 1) / 2) * slotPx + r + 3,
    arrowLen: (10 * input.yMax) / plotHeight,
    muted: (c) => show.recent && monthOf.get(c) !== input.recent,
  };
  const placements = placeDetaineesLabels(input, { ...geo, show, type, narrow, bounds: frame.bounds });
  // On a phone every other year is named (the even ones, so the year of the transfers is).
  const years = { ticks: narrow ? '2 years' : 'year', tickFormat: (d: Date) => yearTick(+d) };
  const { x, y } = frame.axes(years, valueTicks);
  return plotSvg(
    { ...frame.size, x, y, marks: [...dataMarks(input, show, geo), plotLabels(placements), ...frame.marks] },
    { idPrefix, title: s.title, description: describe(input), className: `chart chart--${ID}`, fontSize: type.base },
  );
}
