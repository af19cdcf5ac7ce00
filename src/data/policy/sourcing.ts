/**
 * The sourcing policy as checks across files:
 * - a source's page is on its publisher's own domains, or on its "via" outlet's, and that outlet
 *   is a newspaper, broadcaster or agency (a licensed reprint), never a refused host;
 * - Wikipedia is read on wikipedia.org only and is never the only support of a figure or point;
 * - every source is cited by some fact (an unused one is a leftover, or a typo in a citation).
 */
import type { PathPart, Problem } from '../problems.ts';
import { REPRINT_KINDS, type Publisher } from '../schema/publishers.ts';
import type { SiteData } from '../site-data.ts';
import { onDomain, refusedBecause } from './hosts.ts';
import { citations, type Citation } from './citations.ts';

export function sourcingProblems(data: SiteData, label: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const publishers = data.publishers.publishers;
  const sourcesFile = label('sources.json');

  for (const [id, publisher] of Object.entries(publishers))
    publisher.domains.forEach((domain, i) => {
      const why = refusedBecause(domain);
      if (why)
        problems.push({
          file: label('publishers.json'),
          path: ['publishers', id, 'domains', i],
          expected: 'a domain where the publisher itself publishes',
          got: `"${domain}", ${why}`,
          hint: "a repost, aggregator or mirror is not a publisher: cite the originating publisher's own page instead",
        });
    });

  for (const [id, source] of Object.entries(data.sources.sources)) {
    const publisher = publishers[source.publisher]!;
    const via = source.via === undefined ? undefined : publishers[source.via]!;
    const host = new URL(source.url).hostname;
    const why = refusedBecause(host);
    if (why) {
      problems.push({
        file: sourcesFile,
        path: ['sources', id, 'url'],
        expected: `a page on ${publisher.name}'s own site or a licensed outlet's`,
        got: `host ${host}, ${why}`,
        hint:
          `find the story on ${publisher.name}'s site (${publisher.domains.join(', ')}) or on a ` +
          `newspaper, broadcaster or agency that carries it, and cite that page`,
      });
      continue;
    }
    if (via && !REPRINT_KINDS.includes(via.kind)) {
      problems.push({
        file: sourcesFile,
        path: ['sources', id, 'via'],
        expected:
          'a newspaper, broadcaster or news agency (or a UN service such as ReliefWeb) that ' +
          'republished it under licence',
        got: `"${source.via}", a publisher of kind ${via.kind}`,
        hint: "cite the publisher's own page, or a news organisation's copy",
      });
      continue;
    }
    const site: Publisher = via ?? publisher;
    if (!site.domains.some((d) => onDomain(host, d)))
      problems.push({
        file: sourcesFile,
        path: ['sources', id, 'url'],
        expected: `a page on ${site.name}'s domains (${site.domains.join(', ')})`,
        got: `host ${host}`,
        hint: via
          ? `is "via" the outlet whose page this is? If ${host} belongs to ${site.name}, add it to its ` +
            `domains in data/publishers.json`
          : `if this is a licensed outlet's copy, name it in "via"; if ${host} belongs to ` +
            `${site.name}, add it to its domains in data/publishers.json; a repost or aggregator copy ` +
            `is never acceptable`,
      });
  }

  // One page, one source: a second entry for the same page splits its citations and its credit.
  const byUrl = new Map<string, string>();
  for (const [id, source] of Object.entries(data.sources.sources)) {
    const first = byUrl.get(source.url);
    if (first)
      problems.push({
        file: sourcesFile,
        path: ['sources', id, 'url'],
        expected: 'a page no other source entry cites',
        got: `the page of "${first}"`,
        hint: `merge the two: cite "${first}" where "${id}" is cited, and remove "${id}"`,
      });
    else byUrl.set(source.url, id);
  }

  const isWikipedia = (sourceId: string) => {
    const source = data.sources.sources[sourceId];
    return (
      source !== undefined &&
      publishers[source.publisher]?.kind === 'reference-work' &&
      new URL(source.url).hostname.endsWith('wikipedia.org')
    );
  };
  const all = citations(data);
  for (const c of all)
    if (c.drawn && c.sources.length > 0 && c.sources.every(isWikipedia))
      problems.push({
        file: label(c.file),
        path: c.sourcesPath,
        expected: 'at least one source other than Wikipedia for a figure or a point on a map',
        got: `only ${c.sources.map((s) => `"${s}"`).join(', ')}`,
        hint: 'add the publisher Wikipedia cites, or another original that says the same',
      });

  const cited = new Set(all.flatMap((c: Citation) => c.sources));
  for (const id of Object.keys(data.sources.sources))
    if (!cited.has(id))
      problems.push({
        file: sourcesFile,
        path: ['sources', id],
        expected: 'a source that some fact cites',
        got: 'a source no fact cites',
        hint: 'remove it, or check the spelling of the id where it should be cited',
      });

  const publisherIds = new Set(
    Object.values(data.sources.sources).flatMap((s) => [s.publisher, ...(s.via ? [s.via] : [])]),
  );
  const claimants = claimantPublishers(data);
  for (const id of Object.keys(publishers))
    if (!publisherIds.has(id) && !claimants.has(id))
      problems.push({
        file: label('publishers.json'),
        path: ['publishers', id],
        expected: 'a publisher that some source or claim names',
        got: 'a publisher nothing names',
        hint: 'remove it, or check the id where it should be named',
      });
  return problems;
}

/** Publishers named as claimants ("by") in the data, so they count as used. */
function claimantPublishers(data: SiteData): Set<string> {
  const ids = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const v of node) walk(v);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'by' && Array.isArray(value)) {
          for (const v of value) if (typeof v === 'string') ids.add(v);
        } else if (key === 'by' && typeof value === 'string') ids.add(value);
        else walk(value);
      }
  };
  for (const [key, value] of Object.entries(data)) if (key !== 'publishers' && key !== 'sources') walk(value);
  return ids;
}

export type { PathPart };
