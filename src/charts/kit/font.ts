/**
 * The chart typeface: IBM Plex Sans (and IBM Plex Sans Arabic for Arabic script), shipped from
 * npm under the OFL 1.1, served as 'Frontier Sans'. Two weights only, Regular 400 and SemiBold
 * 600: a label asking for 700 is drawn in 600, as the browser's font matching would pick.
 *
 * This module says which file draws which text and loads the full woff2 from node_modules with
 * fontkit, synchronously, for measuring (kit/text.ts). The subsets served to browsers and given
 * to resvg are cut from the same files at build time (src/lib/font/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/** The CSS family name charts are drawn in (src/styles/marks.css). */
export const CHART_FAMILY = 'Frontier Sans';

export type Script = 'latin' | 'arabic';
export type Weight = 400 | 600;

export interface Face {
  script: Script;
  weight: Weight;
  /** The npm package and the woff2 inside it. */
  package: string;
  file: string;
  /** The family name inside the font (its name table), which resvg matches on. */
  family: string;
}

export const FACES: readonly Face[] = [
  {
    script: 'latin',
    weight: 400,
    package: '@ibm/plex-sans',
    file: 'fonts/complete/woff2/IBMPlexSans-Regular.woff2',
    family: 'IBM Plex Sans',
  },
  {
    script: 'latin',
    weight: 600,
    package: '@ibm/plex-sans',
    file: 'fonts/complete/woff2/IBMPlexSans-SemiBold.woff2',
    family: 'IBM Plex Sans',
  },
  {
    script: 'arabic',
    weight: 400,
    package: '@ibm/plex-sans-arabic',
    file: 'fonts/complete/woff2/IBMPlexSansArabic-Regular.woff2',
    family: 'IBM Plex Sans Arabic',
  },
  {
    script: 'arabic',
    weight: 600,
    package: '@ibm/plex-sans-arabic',
    file: 'fonts/complete/woff2/IBMPlexSansArabic-SemiBold.woff2',
    family: 'IBM Plex Sans Arabic',
  },
];

/**
 * The characters the Arabic face draws (the @font-face unicode-range of its subset): the Arabic
 * blocks and presentation forms. Everything else, spaces and Latin digits included, is Latin.
 */
export const ARABIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

export function scriptOf(codePoint: number): Script {
  return ARABIC_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) ? 'arabic' : 'latin';
}

/**
 * The weight drawn for a CSS weight, with 400 and 600 available: above 500 is 600, the rest 400
 * (CSS font matching).
 */
export function drawnWeight(weight = 400): Weight {
  return weight > 500 ? 600 : 400;
}

export function faceFor(script: Script, weight?: number): Face {
  const w = drawnWeight(weight);
  return FACES.find((f) => f.script === script && f.weight === w)!;
}

/**
 * The full woff2 in node_modules. Resolved from process.cwd(), the project root, which holds
 * under Node, Vitest and Astro's bundled build alike (a bundled module has no useful own path).
 */
export function facePath(face: Face): string {
  return join(process.cwd(), 'node_modules', face.package, face.file);
}

const loaded = new Map<Face, fontkit.Font>();

/** The face as fontkit reads it, once per process. */
export function loadFace(face: Face): fontkit.Font {
  let font = loaded.get(face);
  if (!font) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(facePath(face));
    } catch {
      throw new Error(
        `src/charts/kit/font.ts: expected the ${face.package} package installed (npm ci), got no ${facePath(face)}`,
      );
    }
    const created = fontkit.create(bytes);
    if (!('layout' in created))
      throw new Error(`src/charts/kit/font.ts: expected one font in ${facePath(face)}, got a collection`);
    font = created;
    loaded.set(face, font);
  }
  return font;
}
