/**
 * transfers-2026 — "Detainees moved from Syria to Iraq, 2026": every running total reported
 * during the US-run transfer of IS suspects from north-east Syria to Iraq, on a day axis, each
 * a separate claim with who gave it. Nothing is joined by a line; figures without a day stand
 * in a column of their own; the final counts are grouped and ringed; outliers are crosses;
 * low-confidence figures are hollow.
 */
import { t } from '../../i18n/index.ts';
import { storyChart } from '../kit/story-chart.ts';
import { prepare, type Transfers2026Input } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { describe, firstAlt, riseAlt, totalAlt } from './text.ts';

export { FINAL_SHARE, type Transfers2026Input } from './prepare.ts';

const { title, credit } = t.charts['transfers-2026'];
const parts = { prepare, describe, render, table };
/** Every source behind what the chart shows. */
const sources = (input: Transfers2026Input) => input.claims.map((c) => c.sources);
const steps = [
  { id: 'first', alt: firstAlt },
  { id: 'rise', alt: riseAlt },
  { id: 'total', alt: totalAlt },
];

export default storyChart<Transfers2026Input>({ id: 'transfers-2026', title, credit, ...parts, sources, steps });
