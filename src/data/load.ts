/** The one way pages and charts get data: validated once per build, or an error listing every problem. */
import { formatProblem, type Problem } from './problems.ts';
import type { SiteData } from './site-data.ts';
import { dataDir, validateDataDir } from './validate.ts';

export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`data/ has ${count}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

const cache = new Map<string, SiteData>();

export function loadSiteData(dir: string = dataDir()): SiteData {
  const hit = cache.get(dir);
  if (hit) return hit;
  const result = validateDataDir(dir);
  if (!result.ok) throw new DataError(result.problems);
  cache.set(dir, result.data);
  return result.data;
}
