/**
 * timeline — "January–February 2026, day by day". Two parts, one above the other:
 * - a day axis for the whole two months, one dot per event stacked on its day (so the burst of
 *   19–20 January shows as it was), month-only dates drawn as a dashed span across their month;
 * - below it, a vertical list (dates down the side, titles wrapping) with one column per lane,
 *   each event a dot in its lane's column and its title beside it, quotes with their speaker.
 * Each story step highlights a lane and date range on the day axis (the rest muted) and lists
 * only those events, so the state fits a phone screen; the complete state lists every event.
 */
import { t } from '../../i18n/index.ts';
import { defineChart, type ChartStep } from '../types.ts';
import { prepare, type TimelineInput } from './prepare.ts';
import { render } from './render.ts';
import { STEPS } from './steps.ts';
import { table } from './table.ts';
import { describe, stepAlt, windowMonths } from './text.ts';

export { STEPS, highlighted } from './steps.ts';
export { prepare };

export default defineChart<TimelineInput>({
  id: 'timeline',
  title: t.charts.timeline.title(windowMonths()),
  widths: [360, 720],
  credit: t.charts.timeline.credit,
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set(input.events.flatMap((e) => e.sources))],
  asOf: (input) => input.asOf,
  steps: STEPS.map((s): ChartStep<TimelineInput> => ({ id: s.id, alt: (input) => stepAlt(input, input.steps.find((r) => r.id === s.id)!) })),
});
