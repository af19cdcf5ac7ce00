/** `npm run check-data` as an editor runs it: exit status and output. */
import { spawnSync } from 'node:child_process';
import { afterEach, expect, test } from 'vitest';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';

let copy: DataCopy | undefined;
afterEach(() => copy?.remove());

const run = (dataDir?: string) =>
  spawnSync(process.execPath, ['src/cli/check-data.ts'], { encoding: 'utf8', env: { ...process.env, ...(dataDir ? { FRONTIER_DATA_DIR: dataDir } : {}) } });

test('passes on the data in data/, exit 0', () => {
  const result = run();
  expect(result.stdout).toMatch(/^data\/ is valid: \d+ files checked\.$/m);
  expect(result.status).toBe(0);
});

test('fails with one line per problem and a count, exit 1', () => {
  copy = copyData();
  copy.edit('border.json', (j) => {
    j.lengths['cia-factbook'].km = '599';
    j.tripoints.turkey.source = 'nope';
  });
  const result = run(copy.dir);
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines.filter((l) => l.includes('border.json › '))).toHaveLength(2);
  expect(lines.at(-1)).toBe('2 problems in data/. Nothing was built.');
});
