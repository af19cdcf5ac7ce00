/** Cells of a chart's data table that claim charts share: notes joined, confidence with its sort key. */
import type { Cell } from '../types.ts';
import { formatPartialDate } from '../../lib/format/index.ts';
import { confidenceRank, confidenceText, type Confidence, type Reported } from './claims.ts';
import { placementNote } from './dates.ts';

/** Notes in a cell, in order, the empty ones left out; none at all gives no note. */
export const notes = (...parts: (string | undefined)[]): string | undefined =>
  parts.filter(Boolean).join(' ') || undefined;

/** "High", "Medium", "Low" (with `suffix`, e.g. "; outlier"), sorting least sure first. */
export const confidenceCell = (c: Confidence, suffix = '', note?: string): Cell => ({
  text: `${confidenceText(c)}${suffix}`,
  sort: confidenceRank(c),
  ...(note ? { note } : {}),
});

/** The cells every table of reported figures has: the date (its note says how it is drawn), the figure, who gave it. */
export function reportedCells(r: Reported): Record<'date' | 'people' | 'claimant', Cell> {
  const drawn = placementNote(r.obs.date, 'middle', r.at.end);
  return {
    date: { text: formatPartialDate(r.obs.date), sort: r.obs.date, note: notes(r.obs.dateNote, drawn) },
    people: { text: r.text, sort: r.obs.value },
    claimant: { text: r.obs.claimant, note: r.obs.note },
  };
}
