/** Words the map, legend, table and alt text share, so they never say different things. */
import { formatKm, formatPartialDate } from '../../lib/format/index.ts';
import type { Control, SiteView } from './prepare.ts';

/** The chart's states: the story's three steps, and the complete state for embeds and tables. */
export type State = 'complete' | 'sites' | 'control' | 'al-hol';

const lowNote = (s: { confidence?: string | undefined } | null) => (s?.confidence === 'low' ? ' (low confidence)' : '');

/** Who ran a site before and after January 2026, in a few words: "SDF → government, 19 January 2026". */
export function controlText(control: Control): string {
  const { before, after, handover } = control;
  if (after && before && handover) return `${before.short} → ${after.short}, ${formatPartialDate(handover.date)}${lowNote(handover)}`;
  if (after && before) return `${after.short}, still on ${formatPartialDate(after.date)}${lowNote(after)}`;
  if (after) return `${after.short} on ${formatPartialDate(after.date)}${lowNote(after)}`;
  if (before) return `${before.short} in ${formatPartialDate(before.date)}; no later report`;
  return 'no report of who runs it';
}

/** "11.7 km": the distance to the border as shown, one decimal (it is computed, not reported). */
export const km = (v: SiteView) => formatKm(v.border!.kmAway, { digits: 1 });

/** What a drawn point stands for, when it is not the site itself. */
export const PRECISION_WORD = { town: 'town centre', approximate: 'approximate point' } as const;

/** "11.7 km to the border", "45.5 km to the border from the town centre". */
export function distanceText(v: SiteView): string {
  const from = v.precision === 'town' || v.precision === 'approximate' ? ` from the ${PRECISION_WORD[v.precision]}` : '';
  return `${km(v)} to the border${from}`;
}
