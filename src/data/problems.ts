/**
 * One problem in one data file, said the way an editor needs it:
 *   data/crossings.json › crossings.al-qaim.location.coordinates: expected …, got … — hint
 */
import type { z } from 'zod';
import { nearest } from '../lib/text/nearest.ts';

export type PathPart = string | number;

export interface Problem {
  /** Path from the project root, e.g. "data/border.json". */
  file: string;
  /** Where in the file; empty for the file as a whole. */
  path: PathPart[];
  expected: string;
  got: string;
  hint?: string;
  /** Where the value is in the file (1-based), when the file could be read. */
  line?: number;
  column?: number;
}

export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(whole file)';
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${formatPath(p.path)}: expected ${p.expected}, got ${p.got}${p.hint ? ` — ${p.hint}` : ''}`;
}

/** The same line, followed by where the value is, unless the message says it already (JSON syntax). */
export function formatProblemAt(p: Problem): string {
  const at =
    p.line !== undefined && !p.got.endsWith(`line ${p.line}, column ${p.column}`)
      ? ` (line ${p.line}, column ${p.column})`
      : '';
  return `${formatProblem(p)}${at}`;
}

/**
 * Every problem, grouped by file in the order found, each on one line with its location: what
 * `npm run check-data` and the build print.
 */
export function formatReport(problems: readonly Problem[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  return files
    .map((file) => {
      const mine = problems.filter((p) => p.file === file);
      return [
        `${file}: ${mine.length} problem${mine.length === 1 ? '' : 's'}`,
        ...mine.map((p) => `  ${formatProblemAt(p)}`),
      ].join('\n');
    })
    .join('\n\n');
}

/** GitHub Actions workflow commands: each problem as an annotation on its line of the pull request. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  const encode = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (text: string) => encode(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((p) => {
      const where = [
        `file=${prop(p.file)}`,
        ...(p.line !== undefined ? [`line=${p.line}`, `col=${p.column}`] : []),
        `title=${prop(formatPath(p.path))}`,
      ].join(',');
      return `::error ${where}::${encode(formatProblem(p))}`;
    })
    .join('\n');
}

/** A short, readable rendering of whatever value an editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty text ""' : truncate(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return truncate(JSON.stringify(value));
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length ? `an object with ${truncate(keys.join(', '), 50)}` : 'an empty object {}';
  }
  return typeof value;
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

const ARTICLE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
  int: 'a whole number',
  date: 'a date',
  tuple: 'a list [ … ]',
  record: 'an object { "<id>": … }',
  map: 'an object { … }',
};

/**
 * Zod's per-parse error map: every built-in issue becomes the phrase that follows "expected".
 * Checks we wrote ourselves carry their own phrase and are left alone.
 */
export function expectedPhrase(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return ARTICLE[issue.expected] ?? issue.expected;
    case 'too_small':
      if (issue.origin === 'string') return 'some text (it is empty)';
      if (issue.origin === 'array')
        return `a list of at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `a number ${issue.inclusive ? 'of at least' : 'greater than'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `a list of at most ${issue.maximum} items`;
      return `a number ${issue.inclusive ? 'of at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url'
        ? 'a full web address starting with http:// or https://'
        : `text in the format ${issue.format}`;
    case 'invalid_union':
      return 'one of the allowed forms';
    case 'invalid_key':
      return 'a kebab-case id (lowercase letters, digits and hyphens)';
    default:
      return undefined;
  }
}

/** Turns the issues of one file's parse into problems, one per unknown key. */
export function problemsFromIssues(
  file: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  allowedKeysAt: (path: readonly PathPart[]) => readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(path);
      for (const key of issue.keys) {
        const guess = nearest(key, allowed);
        problems.push({
          file,
          path: [...path, key],
          expected: allowed.length ? `only the keys ${allowed.join(', ')}` : 'no such key',
          got: `an unknown key "${key}"`,
          hint: guess ? `did you mean "${guess}"?` : 'remove it, or check its spelling',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_key') {
      // A record key that is not a valid id: the key itself is the value.
      const key = path[path.length - 1];
      problems.push({
        file,
        path,
        expected: issue.message,
        got: JSON.stringify(key),
        hint: 'ids are lowercase words joined by hyphens, e.g. "al-qaim"',
      });
      continue;
    }
    const value = valueAt(raw, path);
    // A check of our own may say what it found, when the value at the path alone does not show it.
    const params = (issue as { params?: { hint?: string; got?: string } }).params;
    problems.push({
      file,
      path,
      expected: issue.message,
      got: params?.got ?? describeValue(value),
      hint: params?.hint ?? typeHint(issue, value),
    });
  }
  return problems;
}

function typeHint(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (value === undefined) return 'add the field';
  if (
    issue.expected === 'number' &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    !Number.isNaN(Number(value.replace(/,/g, '')))
  )
    return 'write the number without quotes (and without thousands separators)';
  return undefined;
}
