/** Cells of a chart's data table that claim charts share: notes joined, confidence with its sort key. */
import type { Cell } from '../types.ts';
import { confidenceRank, confidenceText, type Confidence } from './claims.ts';

/** Notes in a cell, in order, the empty ones left out; none at all gives no note. */
export const notes = (...parts: (string | undefined)[]): string | undefined =>
  parts.filter(Boolean).join(' ') || undefined;

/** "High", "Medium", "Low" (with `suffix`, e.g. "; outlier"), sorting least sure first. */
export const confidenceCell = (c: Confidence, suffix = '', note?: string): Cell => ({
  text: `${confidenceText(c)}${suffix}`,
  sort: confidenceRank(c),
  ...(note ? { note } : {}),
});
