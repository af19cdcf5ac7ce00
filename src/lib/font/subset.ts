/**
 * The chart typeface cut down to what the charts draw (harfbuzz's hb-subset, through
 * subset-font): woff2 for browsers, TrueType for resvg, which cannot read woff2. Layout tables
 * (GSUB, GPOS: kerning, Arabic joining) are kept, so a browser shapes the subset exactly as
 * kit/text.ts measures the full font; hinting is dropped (charts are drawn with
 * text-rendering: geometricPrecision, and hinted advances would differ from the measured ones).
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import {
  ARABIC_RANGES,
  CHART_FAMILY,
  FACES,
  facePath,
  loadFace,
  scriptOf,
  type Face,
  type Script,
} from '../../charts/kit/font.ts';

/** Always in the Latin subset, whatever the charts say today: nothing typed on a keyboard falls back. */
export const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** Bumped when what the subsets contain changes without their inputs changing (the cache key of src/cli/font.ts). */
export const SUBSET_VERSION = 4;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text that SVG <text> elements draw (their <tspan>s included), entities decoded, one string per element. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]*>/g, '')));
}

/** Characters that draw nothing and never make a browser look for another font. */
const INVISIBLE = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** The characters drawn, sorted by code point, without controls and default-ignorables. */
export function drawnCharacters(texts: Iterable<string>): string[] {
  const chars = new Set<string>();
  for (const text of texts) for (const ch of text) if (!INVISIBLE.test(ch)) chars.add(ch);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/**
 * The characters each script's faces must hold: the drawn ones of that script, and printable
 * ASCII in the Latin one.
 */
export function charactersByScript(drawn: Iterable<string>): Record<Script, string> {
  const latin = new Set(PRINTABLE_ASCII);
  const arabic = new Set<string>();
  for (const ch of drawn) (scriptOf(ch.codePointAt(0)!) === 'arabic' ? arabic : latin).add(ch);
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  return { latin: sorted(latin), arabic: sorted(arabic) };
}

/** Characters a face lacks: a browser would draw them in another font, at widths nobody measured. */
export function missingCharacters(face: Face, chars: string): string[] {
  const font = loadFace(face);
  return [...chars].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
}

export interface SubsetFace {
  face: Face;
  /** File names, without a hash: the site's bundler adds one from the content. */
  woff2: string;
  ttf: string;
}

export function fileStem(face: Face): string {
  return `frontier-sans${face.script === 'latin' ? '' : `-${face.script}`}-${face.weight}`;
}

/** Both formats of one face, subset to `chars`. */
export async function subsetFace(face: Face, chars: string): Promise<{ woff2: Buffer; ttf: Buffer }> {
  const source = readFileSync(facePath(face));
  // noHinting is an option of subset-font that its type declarations do not list. Names kept
  // beyond harfbuzz's default 0-6 (copyright, family, style, …): the licence and its URL (13, 14),
  // as the OFL asks of each copy, and the typographic family and style (16, 17), which resvg
  // matches the semibold face by.
  const options = { noHinting: true, preserveNameIds: [13, 14, 16, 17] } as Parameters<typeof subsetFont>[2] & {
    noHinting: boolean;
  };
  return {
    woff2: await subsetFont(source, chars, { ...options, targetFormat: 'woff2' }),
    ttf: await subsetFont(source, chars, { ...options, targetFormat: 'truetype' }),
  };
}

/** The faces to ship for these characters: the Latin ones always, the Arabic ones when Arabic is drawn. */
export function facesToShip(byScript: Record<Script, string>): Face[] {
  return FACES.filter((f) => byScript[f.script].length > 0);
}

const range = ([from, to]: readonly [number, number]) =>
  `U+${from.toString(16).toUpperCase().padStart(4, '0')}-${to.toString(16).toUpperCase().padStart(4, '0')}`;

/** The @font-face rules for the shipped subsets, their URLs relative to the stylesheet. */
export function fontFaceCss(faces: readonly SubsetFace[]): string {
  const families = [...new Set(faces.map((f) => f.face.family))].join(', ');
  // For whoever reads the generated file; the minifier drops it, and the fonts carry their licence.
  const notice =
    `/* ${families}: © 2017 IBM Corp., Reserved Font Name "Plex", SIL Open Font License 1.1 (/fonts/OFL.txt); ` +
    'subset to the characters the charts draw. */';
  const rule = ({ face, woff2 }: SubsetFace) =>
    [
      `@font-face {`,
      `  font-family: '${CHART_FAMILY}';`,
      `  font-style: normal;`,
      `  font-weight: ${face.weight};`,
      // Chart labels are placed with this face's metrics: in a fallback they would misfit (overlap,
      // cross the frame) until it arrived. So they wait for it, unseen, rather than show wrong; the
      // pages preload both weights, so the wait is that fetch, and the text outside charts is in
      // system fonts, never waiting. After the block period (3 s) a failed face falls back.
      `  font-display: block;`,
      `  src: url('./${woff2}') format('woff2');`,
      ...(face.script === 'arabic' ? [`  unicode-range: ${ARABIC_RANGES.map(range).join(', ')};`] : []),
      `}`,
    ].join('\n');
  return [notice, ...faces.map(rule)].join('\n');
}
