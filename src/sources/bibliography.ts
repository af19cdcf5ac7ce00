/**
 * Sources grouped by originating publisher, each source once: the bibliography at the end of
 * the story and the full list behind each chart's credit line. Publishers are ordered by name,
 * their sources newest first.
 */
import type { CitedPublisher, CitedSource } from '../charts/render.ts';

export interface PublisherGroup {
  publisher: CitedPublisher;
  sources: CitedSource[];
}

export function byPublisher(sources: readonly CitedSource[]): PublisherGroup[] {
  const groups = new Map<string, PublisherGroup>();
  for (const s of new Map(sources.map((x) => [x.id, x])).values()) {
    const group = groups.get(s.publisher.id) ?? { publisher: s.publisher, sources: [] };
    group.sources.push(s);
    groups.set(s.publisher.id, group);
  }
  for (const g of groups.values())
    g.sources.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title, 'en'));
  return [...groups.values()].sort((a, b) => a.publisher.name.localeCompare(b.publisher.name, 'en'));
}
