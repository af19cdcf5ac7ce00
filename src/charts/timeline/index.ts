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
import { storyChart } from '../kit/story-chart.ts';
import { prepare, type TimelineInput } from './prepare.ts';
import { render } from './render.ts';
import { STEPS } from './steps.ts';
import { table } from './table.ts';
import { describe, stepAlt, windowMonths } from './text.ts';

export { STEPS, highlighted } from './steps.ts';
export { prepare };

const title = t.charts.timeline.title(windowMonths());
const { credit } = t.charts.timeline;
const parts = { prepare, describe, render, table };
/** Every source behind what the chart shows. */
const sources = (input: TimelineInput) => input.events.map((e) => e.sources);
const steps = STEPS.map((step) => ({
  id: step.id,
  alt: (input: TimelineInput) => stepAlt(input, input.steps.find((r) => r.id === step.id)!),
}));

export default storyChart<TimelineInput>({ id: 'timeline', title, credit, ...parts, sources, steps });
