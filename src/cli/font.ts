/**
 * node src/cli/font.ts — the chart typeface subset to what the charts draw, before the site is
 * built: every chart rendered in every state and at every artboard width (what the story, the
 * embeds and the preview images show), the characters of their <text> collected, and the
 * faces cut to those plus printable ASCII. Prints the folder holding them on its last line.
 *
 * The folder, .build/font/<key>/, is named after everything that goes into it (characters,
 * source fonts, subsetting version), so an unchanged set is reused and two builds never write
 * the same folder differently. It holds:
 *   manifest.json   which file is which face, and the characters covered (src/lib/font/shipped.ts)
 *   fonts.css       the @font-face rules, imported by the layouts through the `frontier-font` alias
 *   *.woff2, *.ttf  the subsets, for browsers and for resvg
 *
 * Fails, naming the characters and the charts, when a chart draws a character the typeface lacks.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { charts } from '../charts/registry.ts';
import { renderAll } from '../charts/render.ts';
import { facePath } from '../charts/kit/font.ts';
import { loadSiteData } from '../data/load.ts';
import {
  charactersByScript,
  drawnCharacters,
  facesToShip,
  fileStem,
  fontFaceCss,
  missingCharacters,
  subsetFace,
  svgTexts,
  SUBSET_VERSION,
  type SubsetFace,
} from '../lib/font/subset.ts';
import type { FontManifest } from '../lib/font/shipped.ts';
import { cardTexts } from '../story/card.ts';
import { STORY_HEADLINE, STORY_KICKER } from '../story/masthead.ts';

/** How many subsets to keep in .build/font/ (each a few tens of KB); older ones are removed. */
const KEEP = 6;

/** Every chart's text as drawn, per chart id, and the social card's. */
function chartTexts(): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const chart of renderAll(charts, loadSiteData())) {
    const svgs = [...chart.artboards, ...chart.states.flatMap((s) => s.artboards)].map((a) => a.svg);
    texts.set(chart.id, svgs.flatMap(svgTexts));
  }
  // The social card draws its headline with these faces too (resvg, no fallback font).
  texts.set('the social card (src/story/masthead.ts)', cardTexts({ kicker: STORY_KICKER, headline: STORY_HEADLINE }));
  return texts;
}

export async function buildFonts(root = process.cwd()): Promise<string> {
  const texts = chartTexts();
  const byScript = charactersByScript(drawnCharacters([...texts.values()].flat()));
  const faces = facesToShip(byScript);

  const missing = faces.flatMap((face) => missingCharacters(face, byScript[face.script]).map((ch) => ({ face, ch })));
  if (missing.length) {
    const lines = [...new Set(missing.map((m) => m.ch))].map((ch) => {
      const where = [...texts].filter(([, ts]) => ts.some((t) => t.includes(ch))).map(([id]) => id);
      const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `  U+${code} ${JSON.stringify(ch)} in ${where.join(', ')}`;
    });
    throw new Error(
      `src/cli/font.ts: expected the chart typeface to have every character the charts draw, got none for:\n` +
        `${lines.join('\n')}\n` +
        'A browser would draw these in another font, wider or narrower than measured: use another character.',
    );
  }

  const hash = createHash('sha256').update(`v${SUBSET_VERSION}\n${JSON.stringify(byScript)}\n`);
  for (const face of faces) hash.update(readFileSync(facePath(face)));
  const base = resolve(root, '.build/font');
  const dir = join(base, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'manifest.json'))) {
    const now = new Date();
    utimesSync(dir, now, now);
    return dir;
  }

  const staging = join(base, `tmp-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const shipped: SubsetFace[] = [];
  for (const face of faces) {
    const { woff2, ttf } = await subsetFace(face, byScript[face.script]);
    const stem = fileStem(face);
    writeFileSync(join(staging, `${stem}.woff2`), woff2);
    writeFileSync(join(staging, `${stem}.ttf`), ttf);
    shipped.push({ face, woff2: `${stem}.woff2`, ttf: `${stem}.ttf` });
  }
  writeFileSync(join(staging, 'fonts.css'), `${fontFaceCss(shipped)}\n`);
  const manifest: FontManifest = {
    characters: byScript,
    faces: shipped.map(({ face, woff2, ttf }) => ({
      script: face.script,
      weight: face.weight,
      family: face.family,
      woff2,
      ttf,
    })),
  };
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Another build may have made the same folder meanwhile: its content is the same.
  if (existsSync(dir)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, dir);
  prune(base);
  return dir;
}

/** Keeps the most recently used subsets; removes older ones and leftovers of interrupted runs. */
function prune(base: string): void {
  const entries = readdirSync(base).map((name) => ({ name, path: join(base, name) }));
  for (const e of entries)
    if (
      /^tmp-\d+$/.test(e.name) &&
      e.name !== `tmp-${process.pid}` &&
      Date.now() - statSync(e.path).mtimeMs > 10 * 60_000
    )
      rmSync(e.path, { recursive: true, force: true });
  const subsets = entries
    .filter((e) => /^[0-9a-f]{16}$/.test(e.name))
    .sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs);
  for (const e of subsets.slice(KEEP)) rmSync(e.path, { recursive: true, force: true });
}

if (import.meta.main) {
  try {
    console.log(await buildFonts());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
