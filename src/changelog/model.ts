/**
 * "What changed", per chart: from the history of data/ in git, each commit's version of the data
 * is validated and each chart's table derived from it, and consecutive versions compared cell by
 * cell; corrections recorded in data/corrections.json are added with their dates. Without
 * history (no git, a shallow clone) the list says so and shows the recorded corrections only.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { charts } from '../charts/registry.ts';
import type { Chart, DataTable } from '../charts/types.ts';
import { loadSiteData } from '../data/load.ts';
import type { SiteData } from '../data/site-data.ts';
import { DATA_FILES, dataDir, validateDataDir } from '../data/validate.ts';
import { fileHistory } from '../lib/history/git.ts';
import { latestDate } from '../lib/format/index.ts';
import { describeChange, diffTables } from './diff.ts';

export interface ChangeEntry {
  /** When it was published (commit date), or null for changes not yet committed. */
  date: string | null;
  /** What the entry says: the figures that changed, and any correction note. */
  changes: string[];
  note?: string;
  first?: boolean;
}

export interface ChartHistory {
  id: string;
  title: string;
  /** Newest first. */
  entries: ChangeEntry[];
  /** When the chart's figures were first published (the oldest valid version); null without history. */
  firstPublished: string | null;
  /** When a figure readers see last changed: the latest change or correction; null when none is known. */
  updated: string | null;
}

export interface Changelog {
  /** False when the build had no history to read: entries are the recorded corrections only. */
  fromHistory: boolean;
  charts: ChartHistory[];
}

const tableOf = (chart: Chart, data: SiteData): DataTable => chart.table(chart.prepare(data));

/**
 * What derives tables from data: a published version's tables are cached under its commit and
 * this fingerprint, so a build reads each commit once, and again only when this code changes.
 */
function codeFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['src/charts', 'src/data', 'src/lib', 'src/i18n']) walk(join(process.cwd(), dir));
  return hash.digest('hex').slice(0, 16);
}

const CACHE_DIR = join(process.cwd(), '.build', 'history');

/** Each commit's data, validated; versions that do not pass today's checks are left out. */
function publishedVersions(current: string): { date: string; tables: Map<string, DataTable> }[] | null {
  const history = fileHistory(process.cwd(), 'data', DATA_FILES);
  if (!history) return null;
  const versions: { date: string; tables: Map<string, DataTable> }[] = [];
  const fingerprint = codeFingerprint();
  mkdirSync(CACHE_DIR, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'frontier-history-'));
  try {
    for (const revision of history) {
      // Files the commit lacks are read as they are now: they are part of the key too.
      const filled = DATA_FILES.filter((p) => revision.files.get(p) == null && existsSync(join(current, p)));
      const fill = createHash('sha256');
      for (const p of filled) fill.update(p).update(readFileSync(join(current, p)));
      const cacheFile = join(CACHE_DIR, `${revision.commit}-${fingerprint}-${fill.digest('hex').slice(0, 8)}.json`);
      if (existsSync(cacheFile)) {
        const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, DataTable> | null;
        if (cached) versions.push({ date: revision.date, tables: new Map(Object.entries(cached)) });
        continue;
      }
      const dir = join(scratch, revision.commit);
      for (const path of DATA_FILES) {
        const target = join(dir, path);
        mkdirSync(dirname(target), { recursive: true });
        const text = revision.files.get(path);
        // A file added later stands as it is now, so older versions can still be read whole.
        if (text === null || text === undefined) {
          if (existsSync(join(current, path))) copyFileSync(join(current, path), target);
        } else writeFileSync(target, text);
      }
      const result = validateDataDir(dir, { history: true });
      const tables = result.ok ? new Map(charts.map((c) => [c.id, tableOf(c, result.data)])) : null;
      if (tables) versions.push({ date: revision.date, tables });
      // A version that does not validate is remembered as such (null), so it is not read again.
      writeFileSync(cacheFile, JSON.stringify(tables ? Object.fromEntries(tables) : null));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return versions;
}

type Version = { date: string; tables: Map<string, DataTable> };
type Note = { chart: string; date: string; note: string };

/**
 * The changelog from its inputs: the published versions (null: no history), the tables as built now, and the recorded
 * corrections.
 */
export function buildChangelog(
  list: readonly { id: string; title: string }[],
  versions: Version[] | null,
  now: Map<string, DataTable>,
  corrections: readonly Note[],
): Changelog {
  const histories = list.map((chart): ChartHistory => {
    const entries: ChangeEntry[] = [];
    if (versions?.length) {
      entries.push({ date: versions[0]!.date, changes: [], first: true });
      for (let i = 1; i < versions.length; i++) {
        const changes = diffTables(versions[i - 1]!.tables.get(chart.id)!, versions[i]!.tables.get(chart.id)!).map(
          describeChange,
        );
        if (changes.length) entries.push({ date: versions[i]!.date, changes });
      }
      const pending = diffTables(versions.at(-1)!.tables.get(chart.id)!, now.get(chart.id)!).map(describeChange);
      if (pending.length) entries.push({ date: null, changes: pending });
    }
    for (const c of corrections.filter((c) => c.chart === chart.id)) {
      const sameDay = entries.find((e) => e.date === c.date && !e.first);
      if (sameDay) sameDay.note = c.note;
      else entries.push({ date: c.date, changes: [], note: c.note });
    }
    entries.sort((a, b) => (b.date ?? '9999').localeCompare(a.date ?? '9999'));
    // "Updated" means a figure changed (or was corrected) after first publication, never the
    // first publication itself; without history only the recorded corrections are known.
    const updated = latestDate(entries.filter((e) => !e.first && e.date !== null).map((e) => e.date!)) ?? null;
    return {
      id: chart.id,
      title: chart.title,
      entries,
      firstPublished: entries.find((e) => e.first)?.date ?? null,
      updated,
    };
  });
  return { fromHistory: versions !== null, charts: histories };
}

let cached: Changelog | undefined;

export function changelog(): Changelog {
  if (cached) return cached;
  const data = loadSiteData();
  const now = new Map(charts.map((c) => [c.id, tableOf(c, data)]));
  cached = buildChangelog(charts, publishedVersions(dataDir()), now, Object.values(data.corrections.corrections));
  return cached;
}

export function historyOf(id: string): ChartHistory {
  return changelog().charts.find((c) => c.id === id)!;
}

/** The site's dates: first published (earliest chart), updated (latest change to any figure). */
export function siteDates(): { firstPublished: string | null; updated: string | null } {
  const list = changelog().charts;
  const first = list.flatMap((c) => (c.firstPublished ? [c.firstPublished] : [])).sort()[0] ?? null;
  return { firstPublished: first, updated: latestDate(list.flatMap((c) => (c.updated ? [c.updated] : []))) ?? null };
}
