/**
 * detainees-held — "IS suspects held in SDF prisons": each reported figure as a mark with its
 * claimant in the table; figures for the same month stand side by side over a bar spanning
 * their spread; the plateau before 2026 as a band; and the US-run transfer to Iraq, a separate
 * count, as a bar of its own. Steps: plateau, 2026.
 */
import { t } from '../../i18n/index.ts';
import { defineChart } from '../types.ts';
import { prepare, type DetaineesInput } from './prepare.ts';
import { render } from './render.ts';
import { table } from './table.ts';
import { describe, plateauAlt, recentAlt } from './text.ts';

export default defineChart<DetaineesInput>({
  id: 'detainees-held',
  title: t.charts['detainees-held'].title,
  widths: [360, 720],
  credit: t.charts['detainees-held'].credit,
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.claims.flatMap((c) => c.obs.sources), ...(input.transfer?.sources ?? [])])],
  asOf: (input) => input.asOf,
  steps: [
    { id: 'plateau', alt: plateauAlt },
    { id: '2026', alt: recentAlt },
  ],
});
