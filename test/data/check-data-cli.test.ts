/** `npm run check-data` as an editor runs it: exit status and output. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';
import { re } from '../helpers/regexp.ts';

let copy: DataCopy | undefined;
afterEach(() => copy?.remove());

const run = (dataDir?: string) =>
  spawnSync(process.execPath, ['src/cli/check-data.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ...(dataDir ? { FRONTIER_DATA_DIR: dataDir } : {}) },
  });

test('passes on the data in data/, exit 0', () => {
  const result = run();
  expect(result.stdout).toMatch(/^data\/ is valid: \d+ files checked\.$/m);
  expect(result.status).toBe(0);
});

test('fails with one line per problem and a count, exit 1', () => {
  copy = copyData();
  copy.edit('border.json', (j) => {
    j.lengths['afp-2022'].km = '599';
    j.tripoints.turkey.source = 'nope';
  });
  const result = run(copy.dir);
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines.filter((l) => l.includes('border.json › '))).toHaveLength(2);
  expect(lines.at(-1)).toBe('2 problems in data/. Nothing was built.');
});

/** Runs it on a copy, naming the copy's files as data/… (as a run on data/ itself would). */
const runWith = (dataDir: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['src/cli/check-data.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FRONTIER_DATA_DIR: dataDir },
  });
  return {
    status: result.status,
    stdout: result.stdout.replaceAll(dataDir, 'data'),
    stderr: result.stderr.replaceAll(dataDir, 'data'),
  };
};

/** The text at a 1-based line and column of a file in the copy. */
const at = (c: DataCopy, file: string, line: number, column: number) =>
  readFileSync(join(c.dir, file), 'utf8')
    .split('\n')
    [line - 1]!.slice(column - 1);

test('groups problems by file and gives the line and column of each value', () => {
  copy = copyData();
  copy.edit('border.json', (j) => (j.lengths['afp-2022'].km = '599'));
  copy.edit(
    'crossings.json',
    (j) =>
      (j.crossings['al-qaim-albu-kamal'].location = {
        precision: 'site',
        coordinates: [34.3975, 40.977],
        source: 'shafaq-2025-08-13-qaim',
        asOf: '2025-08-13',
      }),
  );
  const result = runWith(copy.dir);
  expect(result.status).toBe(1);
  const out = result.stderr;
  expect(out).toMatch(
    re(
      /^data\/border\.json: 1 problem\n {2}/,
      /data\/border\.json › lengths\.afp-2022\.km: expected a number, got "599" — .* \(line \d+, column \d+\)$/m,
    ),
  );
  expect(out).toMatch(/^data\/crossings\.json: 1 problem$/m);
  const [, line, column] = /lengths\.afp-2022\.km: .*\(line (\d+), column (\d+)\)/.exec(out)!;
  expect(at(copy, 'border.json', Number(line), Number(column))).toMatch(/^"599"/);
  const [, l2, c2] = /location\.coordinates: .*\(line (\d+), column (\d+)\)/.exec(out)!;
  expect(at(copy, 'crossings.json', Number(l2), Number(c2))).toMatch(/^\[/);
});

test('--json prints every problem as data, for tools', () => {
  copy = copyData();
  copy.edit('border.json', (j) => (j.lengths['afp-2022'].km = '599'));
  const result = runWith(copy.dir, '--json');
  expect(result.status).toBe(1);
  const report = JSON.parse(result.stdout);
  expect(report.ok).toBe(false);
  expect(report.problems).toHaveLength(1);
  expect(report.problems[0]).toMatchObject({
    file: 'data/border.json',
    path: 'lengths.afp-2022.km',
    expected: 'a number',
    got: '"599"',
  });
  expect(report.problems[0].line).toBeGreaterThan(1);
});

test('--github turns each problem into an annotation on its line', () => {
  copy = copyData();
  copy.edit('border.json', (j) => (j.lengths['afp-2022'].km = '599'));
  const result = runWith(copy.dir, '--github');
  expect(result.stdout).toMatch(
    re(
      /^::error file=data\/border\.json,line=\d+,col=\d+,title=lengths\.afp-2022\.km::/,
      /data\/border\.json › lengths\.afp-2022\.km: expected a number, got "599"/m,
    ),
  );
});

test('an id written twice in a file (JSON would keep only the last) is reported at the second', () => {
  copy = copyData();
  const text = readFileSync(join(copy.dir, 'crossings.json'), 'utf8').replace(
    /\n {4}"rabia-al-yarubiyah"/,
    '\n    "al-qaim-albu-kamal": {},\n    "rabia-al-yarubiyah"',
  );
  copy.writeText('crossings.json', text);
  const second = text.indexOf('"al-qaim-albu-kamal"', text.indexOf('"al-qaim-albu-kamal"') + 1);
  const result = runWith(copy.dir);
  expect(result.status).toBe(1);
  const [, line, column] =
    re(
      /crossings\.al-qaim-albu-kamal: expected each key once in its object \(ids must be unique\), /,
      /got "al-qaim-albu-kamal" a second time — .* \(line (\d+), column (\d+)\)/,
    ).exec(result.stderr) ?? [];
  expect(line, result.stderr).toBeDefined();
  const before = text.slice(0, second);
  expect([Number(line), Number(column)]).toEqual([before.split('\n').length, second - before.lastIndexOf('\n')]);
});
