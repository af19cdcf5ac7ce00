/**
 * npm run build — validate data/, then build the site into a staging folder and swap it into
 * dist/ only when everything passed. Bad data or a failing build leaves dist/ as it was.
 *
 *   node src/cli/build.ts [--out dist]      FRONTIER_DATA_DIR=… to build from another data/
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../data/problems.ts';
import { dataDir, validateDataDir } from '../data/validate.ts';

export interface BuildResult {
  ok: boolean;
  ms: number;
}

export function build(out = 'dist', root = process.cwd()): BuildResult {
  const started = performance.now();
  const result = validateDataDir(dataDir());
  if (!result.ok) {
    console.error(formatReport(result.problems));
    console.error(
      `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in data/. ` +
        `Nothing was built; ${out}/ is unchanged.`,
    );
    return { ok: false, ms: performance.now() - started };
  }

  const staging = join(root, '.build', `staging-${process.pid}`);
  const previous = join(root, '.build', `previous-${process.pid}`);
  mkdirSync(join(root, '.build'), { recursive: true });
  // Leftovers of an interrupted build (one build at a time is assumed).
  for (const name of readdirSync(join(root, '.build')))
    if (/^(staging|previous)-\d+$/.test(name)) rmSync(join(root, '.build', name), { recursive: true, force: true });
  const astro = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (astro.status !== 0 || !existsSync(join(staging, 'index.html'))) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nThe site did not build (astro exited with ${astro.status ?? astro.signal}). ${out}/ is unchanged.`,
    );
    return { ok: false, ms: performance.now() - started };
  }

  // Two renames: dist/ is missing only for the instant between them, never half-written.
  const target = resolve(root, out);
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  const ms = performance.now() - started;
  console.log(`Built ${out}/ in ${(ms / 1000).toFixed(1)} s.`);
  return { ok: true, ms };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
  process.exitCode = build(values.out).ok ? 0 : 1;
}
