/**
 * The check after a build: every character drawn by SVG <text> in the built pages is in the
 * shipped subsets. src/cli/font.ts collects the characters from the charts before the build;
 * this reads what was actually written, so a page drawing text some other way cannot slip by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scriptOf } from '../../charts/kit/font.ts';
import { readManifest } from './shipped.ts';
import { drawnCharacters, svgTexts } from './subset.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : /\.(html|svg)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** One line per character missing from the subsets: the character and the first page drawing it. */
export function uncoveredText(siteDir: string, fontDir: string): string[] {
  const { characters } = readManifest(fontDir);
  const missing = new Map<string, string>();
  for (const file of htmlFiles(siteDir)) {
    for (const ch of drawnCharacters(svgTexts(readFileSync(file, 'utf8')))) {
      if (!characters[scriptOf(ch.codePointAt(0)!)].includes(ch) && !missing.has(ch))
        missing.set(ch, relative(siteDir, file));
    }
  }
  return [...missing].map(
    ([ch, file]) =>
      `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(ch)} in ${file}`,
  );
}
