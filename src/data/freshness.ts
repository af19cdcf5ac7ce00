/**
 * Which facts are due for re-checking: for each entry of a data file (a crossing, a site, a
 * series), the date of its latest fact, against a threshold set per file. A warning for editors,
 * never a failure: an old figure may still be the latest there is.
 */
import { isRealPartialDate } from './schema/common.ts';

/** Days after which an entry's latest fact should be re-verified; null: the file is history, not state. */
export const STALE_AFTER_DAYS: Record<string, number | null> = {
  'sources.json': null,
  'events.json': null,
  'corrections.json': null,
  'border.json': 3650,
  'crossings.json': 90,
  'sectors.json': 180,
  'fortifications.json': 180,
  'sites.json': 90,
  'series/': 120,
};

export interface StaleEntry {
  file: string;
  entry: string;
  latest: string;
  days: number;
  threshold: number;
}

export function thresholdFor(path: string): number | null {
  return STALE_AFTER_DAYS[path] ?? STALE_AFTER_DAYS[path.replace(/[^/]+$/, '')] ?? null;
}

/** Every date a value holds in an `asOf` or `date` field, at any depth. */
function datesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'asOf' || key === 'date') && typeof v === 'string' && isRealPartialDate(v)) out.push(v);
      else datesIn(v, out);
    }
  return out;
}

/** The entries of a file: each item of its top-level records, or the file itself (a series). */
function entriesOf(json: Record<string, unknown>): [string, unknown][] {
  const records = Object.entries(json).filter(
    ([k, v]) =>
      k !== '$schema' &&
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.values(v).every((x) => x && typeof x === 'object' && !Array.isArray(x)),
  );
  return records.length
    ? records.flatMap(([k, v]) => Object.entries(v as object).map(([id, e]) => [`${k}.${id}`, e] as [string, unknown]))
    : [['(whole file)', json]];
}

/** Days from a partial date's last possible day ("2026-01" counts as 31 January) to today. */
export function ageInDays(date: string, today: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const end = d ? Date.UTC(y!, m! - 1, d) : m ? Date.UTC(y!, m!, 0) : Date.UTC(y!, 11, 31);
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - end) / 86_400_000);
}

export function staleEntries(files: { path: string; json: Record<string, unknown> }[], today: string): StaleEntry[] {
  const out: StaleEntry[] = [];
  for (const { path, json } of files) {
    const threshold = thresholdFor(path);
    if (threshold === null) continue;
    for (const [entry, value] of entriesOf(json)) {
      const latest = datesIn(value).sort().at(-1);
      if (!latest) continue;
      const days = ageInDays(latest, today);
      if (days > threshold) out.push({ file: path, entry, latest, days, threshold });
    }
  }
  return out.sort((a, b) => b.days - a.days || a.file.localeCompare(b.file) || a.entry.localeCompare(b.entry));
}
