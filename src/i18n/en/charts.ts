/**
 * Chart strings, one module per chart and per kit part, so each chart's strings sit in one place
 * and a second edition translates the same files (TypeScript checks it has every key).
 */
import { alHolPopulation } from './al-hol-population.ts';
import { borderLength } from './border-length.ts';
import { borderMap } from './border-map.ts';
import { detaineesHeld } from './detainees-held.ts';
import { detentionMap } from './detention-map.ts';
import { layeredDefense } from './layered-defense.ts';
import { repatriations } from './repatriations.ts';
import { timeline } from './timeline.ts';
import { transfers2026 } from './transfers-2026.ts';
import { wallProgress } from './wall-progress.ts';
import { kitMap } from './kit-map.ts';
import { kitMarks } from './kit-marks.ts';

export const charts = {
  'al-hol-population': alHolPopulation,
  'border-length': borderLength,
  'border-map': borderMap,
  'detainees-held': detaineesHeld,
  'detention-map': detentionMap,
  'layered-defense': layeredDefense,
  repatriations: repatriations,
  timeline: timeline,
  'transfers-2026': transfers2026,
  'wall-progress': wallProgress,
  kit: { map: kitMap, marks: kitMarks },
};
