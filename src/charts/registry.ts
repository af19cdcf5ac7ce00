/**
 * The one list of charts. The story, the embed pages, the manifest and the tests all read it;
 * adding a chart means one folder under src/charts/, one line here and its id in ids.ts.
 */
import type { Chart } from './types.ts';
import { CHART_IDS } from './ids.ts';
import borderMap from './border-map/index.ts';
import borderLength from './border-length/index.ts';
import timeline from './timeline/index.ts';
import detentionMap from './detention-map/index.ts';
import detaineesHeld from './detainees-held/index.ts';
import layeredDefense from './layered-defense/index.ts';
import wallProgress from './wall-progress/index.ts';
import alHolPopulation from './al-hol-population/index.ts';
import repatriations from './repatriations/index.ts';
import transfers2026 from './transfers-2026/index.ts';

export const charts: readonly Chart[] = registry([
  borderMap,
  borderLength,
  layeredDefense,
  wallProgress,
  timeline,
  detentionMap,
  detaineesHeld,
  alHolPopulation,
  repatriations,
  transfers2026,
]);

// data/ checks chart ids against src/charts/ids.ts, without loading the charts: the lists must agree.
const idDrift = [
  ...charts.filter((c) => !(CHART_IDS as readonly string[]).includes(c.id)).map((c) => `"${c.id}" is not in it`),
  ...CHART_IDS.filter((id) => !charts.some((c) => c.id === id)).map((id) => `"${id}" is not in the registry`),
];
if (idDrift.length) throw new Error(`src/charts/ids.ts: expected the registry's chart ids, but ${idDrift.join('; ')}`);

/** Checks what a typo would otherwise break quietly: ids unique, kebab-case, widths sorted. */
export function registry(list: Chart[]): readonly Chart[] {
  const seen = new Set<string>();
  for (const chart of list) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(chart.id))
      throw new Error(`src/charts/registry.ts › ${chart.id}: expected a kebab-case chart id`);
    if (seen.has(chart.id))
      throw new Error(`src/charts/registry.ts › ${chart.id}: expected each chart id once, got it twice`);
    if (!chart.widths.length || chart.widths.some((w, i) => i > 0 && w <= chart.widths[i - 1]!))
      throw new Error(`src/charts/registry.ts › ${chart.id}.widths: expected artboard widths, narrowest first`);
    const stepIds = chart.steps.map((s) => s.id);
    const twice = stepIds.find((id, i) => stepIds.indexOf(id) !== i);
    if (twice)
      throw new Error(`src/charts/registry.ts › ${chart.id}.steps: expected each step id once, got "${twice}" twice`);
    seen.add(chart.id);
  }
  return Object.freeze([...list]);
}

export function chartById(id: string): Chart {
  const chart = charts.find((c) => c.id === id);
  if (!chart)
    throw new Error(
      `src/charts/registry.ts: expected a chart with id "${id}", ` +
        `got none (known: ${charts.map((c) => c.id).join(', ')})`,
    );
  return chart;
}

/** The step of a chart, or an error naming what exists: the story cannot cite a state that is not drawn. */
export function stepOf(chartId: string, stepId: string) {
  const chart = chartById(chartId);
  const step = chart.steps.find((s) => s.id === stepId);
  if (!step)
    throw new Error(
      `${chartId}: expected a step "${stepId}", got none (steps: ${chart.steps.map((s) => s.id).join(', ')})`,
    );
  return { chart, step };
}
