/**
 * npm run build — validate data/, cut the chart font to what the charts draw (src/cli/font.ts),
 * then build the site into a staging folder, check its chart text is all in that font, write its
 * headers file with the hashes of the pages' inline CSS (src/lib/http/site-headers.ts), and swap
 * it into dist/ only when everything passed. Bad data or a failing build leaves dist/ as it was.
 *
 *   node src/cli/build.ts [--out dist]      FRONTIER_DATA_DIR=… to build from another data/
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../data/problems.ts';
import { dataDir, validateDataDir } from '../data/validate.ts';
import { FONT_DIR_VARIABLE, makeFonts } from '../lib/font/shipped.ts';
import { uncoveredText } from '../lib/font/coverage.ts';
import { writeSiteHeaders } from '../lib/http/site-headers.ts';

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

  // The chart font cut to what the charts draw: Astro bundles it (and resvg draws with it).
  let fonts: string;
  try {
    fonts = makeFonts(root);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`\nThe chart font could not be made. Nothing was built; ${out}/ is unchanged.`);
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
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [FONT_DIR_VARIABLE]: fonts },
    },
  );
  if (astro.status !== 0 || !existsSync(join(staging, 'index.html'))) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\nThe site did not build (astro exited with ${astro.status ?? astro.signal}). ${out}/ is unchanged.`,
    );
    return { ok: false, ms: performance.now() - started };
  }
  // What the pages draw must be what the font was cut for, or a browser would fall back.
  const uncovered = uncoveredText(staging, fonts);
  if (uncovered.length) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      '\nChart text in the built pages uses characters the shipped chart font does not have:\n' +
        `${uncovered.map((u) => `  ${u}`).join('\n')}\n${out}/ is unchanged.`,
    );
    return { ok: false, ms: performance.now() - started };
  }

  // Pages carry their CSS inline (nothing render-blocking): each policy lists their hashes, and
  // each page kind's font preloads go in a Link header, fetched before the HTML is parsed.
  try {
    writeSiteHeaders(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${error instanceof Error ? error.message : error}\n${out}/ is unchanged.`);
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
