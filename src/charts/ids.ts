/**
 * The chart ids, as the registry lists them: what a data file may name (a correction names its
 * chart) and what URLs carry (/embed/<id>/). Names only, so that src/data/ checks an id without
 * loading a chart; src/charts/registry.ts refuses to load when its charts are not these.
 */
export const CHART_IDS = [
  'border-map',
  'border-length',
  'layered-defense',
  'wall-progress',
  'timeline',
  'detention-map',
  'detainees-held',
  'al-hol-population',
  'repatriations',
  'transfers-2026',
] as const;

export type ChartId = (typeof CHART_IDS)[number];
