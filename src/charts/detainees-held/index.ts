/**
 * detainees-held — "IS suspects held in SDF prisons": each reported figure as a mark with its
 * claimant in the table; figures for the same month stand side by side over a bar spanning
 * their spread; the plateau before 2026 as a band; and the US-run transfer to Iraq, a separate
 * count, as a bar of its own. Steps: plateau, 2026.
 */
import { t } from '../../i18n/index.ts';
import { storyChart } from '../kit/story-chart.ts';
import { prepare, type DetaineesInput } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { describe, plateauAlt, recentAlt } from './text.ts';

const { title, credit } = t.charts['detainees-held'];
const parts = { prepare, describe, render, table };
/** Every source behind what the chart shows. */
const sources = (input: DetaineesInput) => [...input.claims.map((c) => c.obs.sources), input.transfer?.sources ?? []];
const steps = [
  { id: 'plateau', alt: plateauAlt },
  { id: '2026', alt: recentAlt },
];

export default storyChart<DetaineesInput>({ id: 'detainees-held', title, credit, ...parts, sources, steps });
