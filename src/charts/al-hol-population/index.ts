/**
 * al-hol-population — "Al-Hol camp": every reported count of the camp's population as a dot
 * with its claimant in the table, a line only through one claimant's plain counts, the
 * nationality split where a source gives one, outliers marked and labelled, the peak, and the
 * closure. Steps: arrivals (the rise to the peak, enlarged), decline (the whole period, Iraqis
 * highlighted), closure (the last months, enlarged).
 */
import { t } from '../../i18n/index.ts';
import { defineChart } from '../types.ts';
import { prepare, type AlHolInput } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { arrivalsAlt, closureAlt, declineAlt, describe } from './text.ts';

export default defineChart<AlHolInput>({
  id: 'al-hol-population',
  title: t.charts['al-hol-population'].title,
  widths: [360, 720],
  credit: t.charts['al-hol-population'].credit,
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.points.flatMap((p) => p.obs.sources), ...Object.values(input.events).flatMap((e) => e.sources)])],
  asOf: (input) => input.asOf,
  steps: [
    { id: 'arrivals', alt: arrivalsAlt },
    { id: 'decline', alt: declineAlt },
    { id: 'closure', alt: closureAlt },
  ],
});
