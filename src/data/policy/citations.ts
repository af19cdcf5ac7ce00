/**
 * Every place in data/ that cites sources: an object with "sources" (ids) or "source" (one id).
 * Found by walking the files, so a new file or field that cites sources is covered without a
 * list to keep in step.
 */
import type { PathPart } from '../problems.ts';
import type { SiteData } from '../site-data.ts';
import { DATA_FILE_OF } from './files.ts';

export interface Citation {
  file: string;
  /** The cited ids' place: [..., "sources"] or [..., "source"]. */
  sourcesPath: PathPart[];
  sources: string[];
  /** True when the fact holds a number or coordinates: something a chart draws or prose quotes. */
  drawn: boolean;
}

export function citations(data: SiteData): Citation[] {
  const found: Citation[] = [];
  for (const [key, file] of Object.entries(DATA_FILE_OF))
    walk((data as unknown as Record<string, unknown>)[key], [], file, found);
  return found;
}

function walk(node: unknown, path: PathPart[], file: string, found: Citation[]): void {
  if (Array.isArray(node)) {
    for (const [i, v] of node.entries()) walk(v, [...path, i], file, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const ids = Array.isArray(record.sources)
    ? record.sources.filter((s): s is string => typeof s === 'string')
    : typeof record.source === 'string'
      ? [record.source]
      : [];
  if (ids.length) {
    const drawn = Object.entries(record).some(
      ([k, v]) => typeof v === 'number' || (k === 'coordinates' && Array.isArray(v)) || k === 'town' || k === 'towns',
    );
    found.push({
      file,
      sourcesPath: [...path, Array.isArray(record.sources) ? 'sources' : 'source'],
      sources: ids,
      drawn,
    });
  }
  for (const [k, v] of Object.entries(record))
    if (k !== 'sources' && k !== 'source') walk(v, [...path, k], file, found);
}
