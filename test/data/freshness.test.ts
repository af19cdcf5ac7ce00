/** Freshness: which entries' latest facts are older than their file's threshold. Warnings, never failures. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ageInDays, staleEntries, thresholdFor } from '../../src/data/freshness.ts';
import { re } from '../helpers/regexp.ts';

test('a partial date counts from its last possible day', () => {
  expect(ageInDays('2026-01-31', '2026-02-10')).toBe(10);
  expect(ageInDays('2026-01', '2026-02-10')).toBe(10);
  expect(ageInDays('2025', '2026-01-10')).toBe(10);
});

test('an entry is stale when its latest fact, not its oldest, is past its file\u2019s threshold', () => {
  const crossings = {
    crossings: {
      old: { status: [{ date: '2025-01-01' }, { date: '2025-03-01' }] },
      recent: { status: [{ date: '2020-01-01' }, { date: '2026-11-01' }] },
      undated: { location: { asOf: 'undated' } },
    },
  };
  const stale = staleEntries(
    [
      { path: 'crossings.json', json: crossings },
      { path: 'events.json', json: { events: { e: { date: '2014-06-10' } } } },
    ],
    '2026-12-01',
  );
  expect(stale.map((s) => [s.entry, s.latest, s.threshold])).toEqual([['crossings.old', '2025-03-01', 90]]);
  expect(thresholdFor('series/al-hol-population.json')).toBe(120);
});

test('npm run freshness warns about the real data and exits 0', () => {
  const result = spawnSync(process.execPath, ['src/cli/freshness.ts'], {
    encoding: 'utf8',
    env: { ...process.env, FRONTIER_TODAY: '2027-06-01' },
  });
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(
    re(
      /^data\/crossings\.json › crossings\.[a-z-]+: /,
      /latest fact dated \d{4}(-\d\d){0,2}, \d+ days ago \(re-verify after 90\)$/m,
    ),
  );
  expect(result.stdout).toMatch(/entries to re-verify \(a warning, not an error\)\.\n?$/);
});

test('--github turns each entry into a warning annotation on its file', () => {
  const result = spawnSync(process.execPath, ['src/cli/freshness.ts', '--github'], {
    encoding: 'utf8',
    env: { ...process.env, FRONTIER_TODAY: '2027-06-01' },
  });
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(
    re(
      /^::warning file=data\/crossings\.json,title=Re-verify crossings\.[a-z-]+::/,
      /data\/crossings\.json › crossings\.[a-z-]+: latest fact dated /m,
    ),
  );
});
