/**
 * repatriations — "Iraqis brought back from al-Hol": every running total reported for Iraqis
 * moved from al-Hol camp in Syria to al-Jadaa camp in Iraq, as claims, in two panels: people
 * and families, the units the sources used, never converted into one another. Nothing is joined
 * by a line; single convoys are ticks in a strip of their own, apart from the running totals.
 */
import { t } from '../../i18n/index.ts';
import { storyChart } from '../kit/story-chart.ts';
import { prepare, type RepatriationsInput } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { describe, latestAlt, paceAlt, startAlt } from './text.ts';

export type { Convoy, RepatriationsInput } from './prepare.ts';

const { title, credit } = t.charts.repatriations;
const parts = { prepare, describe, render, table };
/** Every source behind what the chart shows. */
const sources = (input: RepatriationsInput) => [...input.claims, ...input.convoys].map((c) => c.sources);
const steps = [
  { id: 'start', alt: startAlt },
  { id: 'pace', alt: paceAlt },
  { id: 'latest', alt: latestAlt },
];

export default storyChart<RepatriationsInput>({ id: 'repatriations', title, credit, ...parts, sources, steps });
