/**
 * A chart's credit line names publishers, not links: "AFP, AP, Reuters, Rudaw, Shafaq News and 9
 * others". The most-cited publishers come first (ties by name), each once, so the line stays one
 * line on a phone however many sources a chart has; the full list sits one click away.
 */
import type { CitedPublisher, CitedSource } from '../charts/render.ts';

/** How many publishers the line names before "and N others". */
export const CREDIT_NAMES = 5;

export interface CreditSummary {
  /** The publishers named, most cited first. */
  named: CitedPublisher[];
  /** How many more publishers the full list has. */
  others: number;
}

export function creditSummary(sources: readonly CitedSource[], names = CREDIT_NAMES): CreditSummary {
  const counts = new Map<string, { publisher: CitedPublisher; n: number }>();
  for (const s of sources) {
    const entry = counts.get(s.publisher.id) ?? { publisher: s.publisher, n: 0 };
    entry.n += 1;
    counts.set(s.publisher.id, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.n - a.n || a.publisher.name.localeCompare(b.publisher.name, 'en'),
  );
  // Naming all but one publisher and then "and 1 other" reads worse than naming the last one too.
  const shown = ranked.length <= names + 1 ? ranked.length : names;
  return {
    named: ranked
      .slice(0, shown)
      .map((r) => r.publisher)
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    others: ranked.length - shown,
  };
}
