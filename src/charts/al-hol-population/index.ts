/**
 * al-hol-population — "Al-Hol camp": every reported count of the camp's population as a dot
 * with its claimant in the table, a line only through one claimant's plain counts, the
 * nationality split where a source gives one, outliers marked and labelled, the peak, and the
 * closure. Steps: arrivals (the rise to the peak, enlarged), decline (the whole period, Iraqis
 * highlighted), closure (the last months, enlarged).
 */
import { t } from '../../i18n/index.ts';
import { storyChart } from '../kit/story-chart.ts';
import { prepare, type AlHolInput } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { arrivalsAlt, closureAlt, declineAlt, describe } from './text.ts';

const { title, credit } = t.charts['al-hol-population'];
const parts = { prepare, describe, render, table };
/** Every source behind what the chart shows. */
const sources = (input: AlHolInput) => [
  ...input.points.map((p) => p.obs.sources),
  ...Object.values(input.events).map((e) => e.sources),
];
const steps = [
  { id: 'arrivals', alt: arrivalsAlt },
  { id: 'decline', alt: declineAlt },
  { id: 'closure', alt: closureAlt },
];

export default storyChart<AlHolInput>({ id: 'al-hol-population', title, credit, ...parts, sources, steps });
