/**
 * npm run freshness — lists the entries of data/ whose latest fact is older than its file's
 * threshold (src/data/freshness.ts), oldest first, so editors know what to re-verify. Warnings
 * only: it always exits 0.
 *
 *   node src/cli/freshness.ts [--github]     --github: also as GitHub Actions warnings
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { staleEntries } from '../data/freshness.ts';
import { today } from '../data/schema/common.ts';
import { DATA_FILES, dataDir } from '../data/validate.ts';

export function freshness(dir: string = dataDir(), options: { github?: boolean } = {}): string[] {
  const files = DATA_FILES.filter((p) => p.endsWith('.json')).map((path) => ({
    path,
    json: JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>,
  }));
  const stale = staleEntries(files, today());
  return stale.map((s) => {
    const text =
      `data/${s.file} › ${s.entry}: latest fact dated ${s.latest}, ${s.days} days ago (re-verify ` +
      `after ${s.threshold})`;
    return options.github ? `::warning file=data/${s.file},title=Re-verify ${s.entry}::${text}` : text;
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { github: { type: 'boolean', default: false } } });
  const lines = freshness(dataDir(), values);
  console.log(
    lines.length
      ? `${lines.join('\n')}\n\n${lines.length} entr${lines.length === 1 ? 'y' : 'ies'} to ` +
          `re-verify (a warning, not an error).`
      : `Every entry of data/ is within its freshness threshold (as of ${today()}).`,
  );
}
