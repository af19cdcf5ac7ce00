/**
 * npm test — everything, in order: type check, lint (format and lint rules, biome.jsonc), data
 * check, then every Vitest project (unit, data, build, browser). Ends with one plain line,
 * "N passed, N failed", for CI and humans.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name: string) => join('node_modules', '.bin', name);
const run = (label: string, command: string, args: string[]) => {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok: boolean) => (ok ? passed++ : failed++);

count(run('Type check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
count(run('Lint (biome ci)', bin('biome'), ['ci', '--error-on-warnings', '.']));
count(run('Data check (npm run check-data)', process.execPath, ['src/cli/check-data.ts']));

mkdirSync('.build', { recursive: true });
const report = join('.build', 'vitest-report.json');
rmSync(report, { force: true });
const vitestOk = run('Tests: unit, data, build, browser (vitest)', process.execPath, [
  bin('vitest'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A run that failed outside any test (a setup error, a crashed file) still counts as a failure.
  if (!vitestOk && results.numFailedTests === 0) failed++;
  if (results.numTotalTests === 0) failed++;
} catch {
  failed++;
  console.error('vitest wrote no report: it did not run');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
