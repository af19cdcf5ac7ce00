/**
 * Validates every file in data/ in one pass and returns *all* problems, or the typed data when
 * there are none. Order: syntax, then each file's schema (source ids checked against
 * sources.json as it stands), then checks across files. The build runs this before Astro.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { allowedKeysAt } from './schema/allowed-keys.ts';
import { borderFile } from './schema/border.ts';
import { crossingsFile } from './schema/crossings.ts';
import { sourcesFile } from './schema/sources.ts';
import { PublishersFile } from './schema/publishers.ts';
import type { Known } from './schema/source-ref.ts';
import { topology } from './schema/topology.ts';
import { sitesFile } from './schema/sites.ts';
import { sectorsFile } from './schema/sectors.ts';
import { fortificationsFile } from './schema/fortifications.ts';
import { eventsFile } from './schema/events.ts';
import { seriesFile } from './schema/series.ts';
import { correctionsFile } from './schema/corrections.ts';
import { expectedPhrase, problemsFromIssues, type PathPart, type Problem } from './problems.ts';
import { crossFileProblems } from './cross-checks.ts';
import { sourcingProblems } from './policy/sourcing.ts';
import { upgradeHistoric } from './history-upgrade.ts';
import { decodeDataFile } from './encoding.ts';
import { duplicateKeys, locate } from '../lib/text/json-locate.ts';
import type { SiteData } from './site-data.ts';
import { CHART_IDS } from '../charts/ids.ts';

// The charts' folders import SiteData from here; src/data/site-data.ts is its home.
export type { SiteData };

const AREAS = ['Polygon', 'MultiPolygon'] as const;
const LINES = ['LineString', 'MultiLineString'] as const;

/** The data files, in the order problems are reported; each maps to one key of SiteData. */
const FILES = {
  publishers: { path: 'publishers.json', schema: (_: Known) => PublishersFile },
  sources: { path: 'sources.json', schema: sourcesFile },
  border: { path: 'border.json', schema: borderFile },
  crossings: { path: 'crossings.json', schema: crossingsFile },
  sectors: { path: 'sectors.json', schema: sectorsFile },
  fortifications: { path: 'fortifications.json', schema: fortificationsFile },
  sites: { path: 'sites.json', schema: sitesFile },
  events: { path: 'events.json', schema: eventsFile },
  alHolPopulation: { path: 'series/al-hol-population.json', schema: seriesFile },
  detaineesHeld: { path: 'series/detainees-held.json', schema: seriesFile },
  repatriations: { path: 'series/repatriations.json', schema: seriesFile },
  transfers2026: { path: 'series/transfers-2026.json', schema: seriesFile },
  corrections: { path: 'corrections.json', schema: correctionsFile },
  // The geometry types each object may hold are those src/data/geography.ts reads it as.
  basemap: {
    path: 'geo/basemap.topojson',
    schema: () => topology({ countries: AREAS, admin1: AREAS, rivers: LINES, lakes: AREAS, places: ['Point'] }),
  },
  borderGeometry: { path: 'geo/border.topojson', schema: () => topology({ border: ['LineString'] }) },
} satisfies Record<keyof SiteData, { path: string; schema: (known: Known) => z.ZodType }>;

/** Chart ids a data file may name: the registry's (src/charts/ids.ts), never guessed from folder names. */
const CHART_IDS_SET: ReadonlySet<string> = new Set(CHART_IDS);

export const DATA_FILES = Object.values(FILES).map((f) => f.path);

/** The JSON files' schemas (not the generated geometry), for the editor's JSON Schema files. */
export function jsonFileSchemas(known: Known): { path: string; schema: z.ZodType }[] {
  return Object.values(FILES)
    .filter((f) => f.path.endsWith('.json'))
    .map((f) => ({ path: f.path, schema: f.schema(known) }));
}

export type Validation = { ok: true; data: SiteData; problems: [] } | { ok: false; problems: Problem[] };

/** Where data/ is: FRONTIER_DATA_DIR (tests point it at a corrupted copy) or ./data. */
export function dataDir(): string {
  return process.env.FRONTIER_DATA_DIR ?? join(process.cwd(), 'data');
}

export interface ValidateOptions {
  /**
   * Reading a published version from git for its tables ("What changed"): its facts are checked
   * as ever, but its sources are not held to today's sourcing rules, and fields the schemas have
   * gained since are filled in first (src/data/history-upgrade.ts), so a schema change does not
   * erase the history it would be compared with.
   */
  history?: boolean;
}

export function validateDataDir(dir: string = dataDir(), options: ValidateOptions = {}): Validation {
  const label = (path: string) => {
    const rel = relative(process.cwd(), join(dir, path));
    return rel.startsWith('..') ? join(dir, path) : rel;
  };
  const problems: Problem[] = [];
  const raw = new Map<keyof SiteData, unknown>();
  const texts = new Map<string, string>();

  for (const [key, spec] of Object.entries(FILES) as [keyof SiteData, (typeof FILES)[keyof SiteData]][]) {
    const result = readJson(join(dir, spec.path), label(spec.path));
    if ('problem' in result) problems.push(result.problem);
    else {
      raw.set(key, result.value);
      // Kept to place problems at a line and column, geometry included.
      texts.set(label(spec.path), result.text);
      if (spec.path.endsWith('.json')) {
        problems.push(...duplicateKeys(result.text).map((d) => duplicateProblem(label(spec.path), d.path, d.at)));
      }
    }
  }

  const history = options.history === true;
  const known: Known = history
    ? { sourceIds: null, publisherIds: null, chartIds: CHART_IDS_SET }
    : {
        sourceIds: idsOf(raw.get('sources'), 'sources'),
        publisherIds: idsOf(raw.get('publishers'), 'publishers'),
        chartIds: CHART_IDS_SET,
      };
  const parsed: Partial<SiteData> = {};
  for (const [key, spec] of Object.entries(FILES) as [keyof SiteData, (typeof FILES)[keyof SiteData]][]) {
    if (!raw.has(key)) continue;
    if (history && (key === 'sources' || key === 'publishers')) {
      // Tables never read sources; an old sources.json is kept as it was, unchecked.
      (parsed as Record<string, unknown>)[key] = raw.get(key);
      continue;
    }
    if (history) raw.set(key, upgradeHistoric(raw.get(key)));
    const schema = spec.schema(known);
    const result = schema.safeParse(raw.get(key), { error: (issue) => expectedPhrase(issue) });
    if (result.success) (parsed as Record<string, unknown>)[key] = result.data;
    else
      problems.push(
        ...problemsFromIssues(label(spec.path), raw.get(key), result.error.issues, (path) =>
          allowedKeysAt(schema, path),
        ),
      );
  }

  if (problems.length === 0) {
    const data = parsed as SiteData;
    problems.push(...crossFileProblems(data, label), ...(history ? [] : sourcingProblems(data, label)));
    if (problems.length === 0) return { ok: true, data, problems: [] };
  }
  return { ok: false, problems: problems.map((p) => withLocation(p, texts.get(p.file))) };
}

function duplicateProblem(file: string, path: PathPart[], at: { line: number; column: number }): Problem {
  const key = String(path.at(-1));
  return {
    ...at,
    file,
    path,
    expected: 'each key once in its object (ids must be unique)',
    got: `"${key}" a second time`,
    hint: 'JSON keeps only the last one: rename one of them, or merge the two',
  };
}

/** Adds the line and column of the value a problem is about, where the file could be read. */
function withLocation(problem: Problem, text: string | undefined): Problem {
  if (problem.line !== undefined || text === undefined) return problem;
  const at = locate(text, problem.path);
  return at ? { ...problem, ...at } : problem;
}

/** The ids in sources.json or publishers.json, as far as it can be read, so other files can still be checked. */
function idsOf(value: unknown, key: 'sources' | 'publishers'): ReadonlySet<string> | null {
  const entries = (value as Record<string, unknown> | undefined)?.[key];
  return entries && typeof entries === 'object' && !Array.isArray(entries) ? new Set(Object.keys(entries)) : null;
}

/** Far above any file here (the largest is under 100 KB): more is a paste gone wrong, and would slow every build. */
export const MAX_FILE_BYTES = 2_000_000;

function readJson(path: string, file: string): { value: unknown; text: string } | { problem: Problem } {
  if (!existsSync(path))
    return {
      problem: {
        file,
        path: [],
        expected: 'the file to exist',
        got: 'no such file',
        hint: 'was it deleted or renamed? Every file in data/ is required',
      },
    };
  const bytes = statSync(path).size;
  if (bytes > MAX_FILE_BYTES)
    return {
      problem: {
        file,
        path: [],
        expected: `a file of at most ${MAX_FILE_BYTES / 1e6} MB`,
        got: `${(bytes / 1e6).toFixed(1)} MB`,
        hint: 'was something pasted twice, or a whole dataset pasted in? Keep only the facts the site shows',
      },
    };
  const decoded = decodeDataFile(readFileSync(path), file);
  if ('problem' in decoded) return decoded;
  const { text } = decoded;
  if (text.trim() === '')
    return {
      problem: {
        file,
        path: [],
        expected: 'a JSON object { … }',
        got: 'an empty file',
        hint: 'restore the file from git',
      },
    };
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    return { problem: syntaxProblem(file, text, error as SyntaxError) };
  }
}

/** Places a JSON syntax error at a line and column, with a hint for the usual mistakes. */
export function syntaxProblem(file: string, text: string, error: SyntaxError): Problem {
  const position = Number(/position (\d+)/.exec(error.message)?.[1] ?? text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const found = position >= text.length ? 'the end of the file' : JSON.stringify(text[position]);
  const previous = before.trimEnd().at(-1);
  let hint = 'look just before this point for a missing comma, quote or bracket';
  if (previous === ',' && (text[position] === '}' || text[position] === ']'))
    hint = 'remove the comma before it: JSON allows no trailing commas';
  else if (text[position] === "'") hint = 'JSON needs double quotes "…", not single quotes';
  else if (position >= text.length) hint = 'a closing } or ] is missing';
  else if (previous === '"' || previous === '}' || previous === ']' || /[0-9el]/.test(previous ?? ''))
    hint = 'a comma is probably missing before it';
  return {
    file,
    path: [],
    expected: 'valid JSON',
    got: `${found} at line ${line}, column ${column}`,
    hint,
    line,
    column,
  };
}
