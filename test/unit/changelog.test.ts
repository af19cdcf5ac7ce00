/**
 * The changelog's parts: a cell-by-cell diff of chart tables, and reading history from git (or
 * saying there is none).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DataTable } from '../../src/charts/types.ts';
import { describeChange, diffTables } from '../../src/changelog/diff.ts';
import { buildChangelog } from '../../src/changelog/model.ts';
import { fileHistory } from '../../src/lib/history/git.ts';

const table = (rows: [string, string, string][]): DataTable => ({
  caption: 'c',
  columns: [
    { key: 'name', label: 'Crossing', rowHeader: true },
    { key: 'state', label: 'Status' },
  ],
  rows: rows.map(([id, name, state]) => ({ id, cells: { name: { text: name }, state: { text: state } }, sources: [] })),
});

test('a diff names each changed figure from old to new, and rows added or removed', () => {
  const before = table([
    ['a', 'Rabia', 'closed'],
    ['b', 'Al-Qaim', 'open'],
  ]);
  const after = table([
    ['a', 'Rabia', 'open'],
    ['c', 'Al-Waleed', 'open'],
  ]);
  expect(diffTables(before, after).map(describeChange)).toEqual([
    'Rabia, Status: closed → open.',
    'Added: Al-Waleed.',
    'Removed: Al-Qaim.',
  ]);
  expect(diffTables(before, before)).toEqual([]);
});

test('reads each file at each commit that touched the folder, oldest first; none where there is no history', () => {
  const repo = mkdtempSync(join(tmpdir(), 'frontier-git-'));
  const shallow = mkdtempSync(join(tmpdir(), 'frontier-shallow-'));
  const g = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-02T00:00:00Z' },
    });
  try {
    g(repo, 'init', '-q');
    g(repo, 'config', 'user.email', 'e@x.test');
    g(repo, 'config', 'user.name', 'Editor');
    execFileSync('mkdir', ['-p', join(repo, 'data')]);
    writeFileSync(join(repo, 'data', 'a.json'), '{"v":1}');
    g(repo, 'add', '.');
    g(repo, 'commit', '-qm', 'first');
    writeFileSync(join(repo, 'data', 'a.json'), '{"v":2}');
    writeFileSync(join(repo, 'data', 'b.json'), '{"é":"ü"}');
    g(repo, 'add', '.');
    g(repo, 'commit', '-qm', 'second');
    const history = fileHistory(repo, 'data', ['a.json', 'b.json'])!;
    expect(history.map((r) => [r.date, r.subject, r.files.get('a.json'), r.files.get('b.json')])).toEqual([
      ['2026-01-02', 'first', '{"v":1}', null],
      ['2026-01-02', 'second', '{"v":2}', '{"é":"ü"}'],
    ]);
    expect(fileHistory(tmpdir(), 'data', ['a.json'])).toBeNull();
    g(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, 'clone');
    expect(fileHistory(join(shallow, 'clone'), 'data', ['a.json'])).toBeNull();
  } finally {
    rmSync(repo, { recursive: true, force: true });
    rmSync(shallow, { recursive: true, force: true });
  }
});

test('a row whose id changed with its figure is still one row that changed', () => {
  const before = table([['rabia-closed', 'Rabia', 'closed']]);
  const after = table([['rabia-open', 'Rabia', 'open']]);
  expect(diffTables(before, after).map(describeChange)).toEqual(['Rabia, Status: closed → open.']);
});

describe('the changelog', () => {
  const list = [{ id: 'crossings', title: 'Crossings' }];
  const v = (date: string, state: string) => ({
    date,
    tables: new Map([['crossings', table([['rabia', 'Rabia', state]])]]),
  });
  const now = (state: string) => new Map([['crossings', table([['rabia', 'Rabia', state]])]]);

  test(
    'lists each published change with its date, newest first, and any not yet published; ' +
      'corrections join their day',
    () => {
      const log = buildChangelog(
        list,
        [v('2026-01-05', 'closed'), v('2026-02-01', 'closed'), v('2026-04-21', 'open')],
        now('limited'),
        [{ chart: 'crossings', date: '2026-04-21', note: 'Reopened, not closed.' }],
      );
      expect(log.fromHistory).toBe(true);
      expect(log.charts[0]!.entries).toEqual([
        { date: null, changes: ['Rabia, Status: open → limited.'] },
        { date: '2026-04-21', changes: ['Rabia, Status: closed → open.'], note: 'Reopened, not closed.' },
        { date: '2026-01-05', changes: [], first: true },
      ]);
      expect(log.charts[0]!.updated).toBe('2026-04-21');
      expect(log.charts[0]!.firstPublished).toBe('2026-01-05');
    },
  );

  test('"Updated" is the date a figure changed, never the first publication', () => {
    const log = buildChangelog(list, [v('2026-01-05', 'closed'), v('2026-02-01', 'closed')], now('closed'), []);
    expect(log.charts[0]!.firstPublished).toBe('2026-01-05');
    expect(log.charts[0]!.updated).toBeNull();
  });

  test(
    'without history it lists the recorded corrections, dates "Updated" by the latest, ' +
      'and knows no first publication',
    () => {
      const log = buildChangelog(list, null, now('open'), [{ chart: 'crossings', date: '2026-03-01', note: 'Fixed.' }]);
      expect(log.fromHistory).toBe(false);
      expect(log.charts[0]!.entries).toEqual([{ date: '2026-03-01', changes: [], note: 'Fixed.' }]);
      expect(log.charts[0]!.updated).toBe('2026-03-01');
      expect(log.charts[0]!.firstPublished).toBeNull();
    },
  );
});
