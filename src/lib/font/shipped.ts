/**
 * Where this build's chart-font subsets are (src/cli/font.ts makes them), synchronously.
 * `npm run build` makes them before Astro starts and passes the folder in FRONTIER_FONT_DIR;
 * anything else that needs them (`astro dev`, the preview images under Vitest) makes them on
 * first use, through the same command, and keeps the folder in that variable for the process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Script, Weight } from '../../charts/kit/font.ts';

export interface FontManifest {
  /** The characters each script's subsets cover. */
  characters: Record<Script, string>;
  faces: { script: Script; weight: Weight; family: string; woff2: string; ttf: string }[];
}

export const FONT_DIR_VARIABLE = 'FRONTIER_FONT_DIR';

/** Runs src/cli/font.ts and returns the folder it made or reused. */
export function makeFonts(root = process.cwd()): string {
  const result = spawnSync(process.execPath, [join(root, 'src/cli/font.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: process.env,
  });
  const dir = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 || !dir)
    throw new Error(
      `src/cli/font.ts: expected the chart font subsets made, got exit ${result.status ?? result.signal}:\n` +
        result.stderr,
    );
  return dir;
}

/** The subsets' folder: the one the build made, or one made now. */
export function fontDir(): string {
  let dir = process.env[FONT_DIR_VARIABLE];
  if (!dir || !existsSync(join(dir, 'manifest.json'))) process.env[FONT_DIR_VARIABLE] = dir = makeFonts();
  return dir;
}

export function readManifest(dir = fontDir()): FontManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as FontManifest;
}
