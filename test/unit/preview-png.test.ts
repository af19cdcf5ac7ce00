/**
 * Chart previews (social cards, <noscript> fallbacks) as a reader sees them: a PNG of the asked
 * width, text drawn with the shipped font, colours from the light tokens, never a black fill
 * where a style was lost, and the same bytes on every build.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { charts, chartById } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { fontFiles, resvgOptions, svgToPixels, svgToPng } from '../../src/lib/preview/png.ts';
import { lightTheme, resolveTheme } from '../../src/lib/preview/stylesheet.ts';
import { textWidth } from '../../src/charts/kit/text.ts';

// Outside a build, the chart font subsets are made on first use (src/cli/font.ts renders every chart): seconds.
beforeAll(() => void fontFiles(), 60_000);

const tokensCss = readFileSync('src/styles/tokens.css', 'utf8');
/** A token's light value, read here independently of the code under test. */
function light(name: string): [number, number, number] {
  const m = new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?#([0-9a-f]{6})`, 'i').exec(tokensCss);
  if (!m) throw new Error(`tokens.css has no colour --${name}`);
  return [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16)) as [number, number, number];
}

/** Width and height from the IHDR chunk, which follows the 8-byte signature and its own length and type. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Image = ReturnType<typeof svgToPixels>;
const pixel = (img: Image, x: number, y: number) => [
  ...img.pixels.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3),
];
/** Pixels in a box that differ from the background. */
function inked(img: Image, box: { x: number; y: number; w: number; h: number }, background = light('bg')) {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++)
      if (pixel(img, x, y).some((v, i) => Math.abs(v - background[i]!) > 8)) n++;
  return n;
}

const svg = (body: string) =>
  '<svg class="chart" viewBox="0 0 360 180" width="360" height="180" role="img" xmlns="http://www.w3.org/2000/svg">' +
  `<title>T</title><desc>D</desc>${body}</svg>`;
const LABEL = '<text class="label" x="20" y="60" font-size="40">Mosul</text>';

describe('svgToPng', () => {
  test('is a PNG of the asked width, its height in proportion to the viewBox', () => {
    const png = svgToPng(svg(LABEL), { width: 1200 });
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(pngSize(png)).toEqual({ width: 1200, height: 600 });
  });

  test('draws text, with the shipped fonts only, in the label colour', () => {
    expect(resvgOptions({ width: 360 }).font).toMatchObject({
      loadSystemFonts: false,
      defaultFontFamily: 'IBM Plex Sans',
    });
    // The chart font's TrueType subsets, made by src/cli/font.ts: regular and semibold.
    const files = resvgOptions({ width: 360 }).font?.fontFiles ?? [];
    expect(files.map((f) => f.replace(/^.*\.build\/font\/[0-9a-f]{16}\//, ''))).toEqual([
      'frontier-sans-400.ttf',
      'frontier-sans-600.ttf',
    ]);
    const withText = svgToPixels(svg(LABEL), { width: 360 });
    const without = svgToPixels(svg(''), { width: 360 });
    const textArea = { x: 20, y: 25, w: 140, h: 45 };
    expect(withText.pixels.equals(without.pixels)).toBe(false);
    expect(inked(without, textArea)).toBe(0);
    expect(inked(withText, textArea)).toBeGreaterThan(500);
    // The glyphs' solid cores are --label, not black (a lost style) nor a fallback grey.
    let darkest = [255, 255, 255];
    for (let y = textArea.y; y < textArea.y + textArea.h; y++)
      for (let x = textArea.x; x < textArea.x + textArea.w; x++) {
        const p = pixel(withText, x, y);
        if (p[0]! < darkest[0]!) darkest = p;
      }
    expect(darkest).toEqual(light('label'));
  });

  test('semibold and italic labels render too, semibold in the heavier face', () => {
    const ink = (cls: string) =>
      inked(svgToPixels(svg(`<text class="${cls}" x="20" y="60" font-size="40">Tigris</text>`), { width: 360 }), {
        x: 0,
        y: 20,
        w: 360,
        h: 55,
      });
    for (const cls of ['label label--country', 'label label--water']) expect(ink(cls)).toBeGreaterThan(500);
    expect(ink('label label--tripoint')).toBeGreaterThan(ink('label') * 1.1);
  });

  test('text is as wide as the chart measurer says: the same font as the browser', () => {
    for (const [text, cls, weight] of [
      ['Al-Qaim – Albu Kamal', 'label', 400],
      ['about 23,000–24,000', 'label label--tripoint', 600],
    ] as const) {
      const img = svgToPixels(svg(`<text class="${cls}" x="10" y="60" font-size="20">${text}</text>`), { width: 360 });
      const columns = Array.from({ length: img.width }, (_, x) => inked(img, { x, y: 35, w: 1, h: 35 }) > 0);
      const left = columns.indexOf(true);
      const right = columns.lastIndexOf(true) + 1;
      // Ink spans the advance less the first and last glyphs' side bearings (under 2 px at 20 px).
      const advance = textWidth(text, 20, { weight });
      expect(right - left, text).toBeLessThanOrEqual(advance + 1);
      expect(right - left, text).toBeGreaterThan(advance - 3);
    }
  });

  test('paints classes with the light token colours, on the light background', () => {
    const img = svgToPixels(
      svg(
        '<rect class="sea" x="0" y="0" width="180" height="180" />' +
          '<rect class="border-line" x="200" y="20" width="100" height="100" />',
      ),
      { width: 720 },
    );
    expect(pixel(img, 100, 100)).toEqual(light('sea'));
    expect(pixel(img, 700, 300)).toEqual(light('bg'));
    expect(pixel(img, 400, 40)).toEqual(light('border-line')); // on the stroke of .border-line
    expect(pixel(img, 500, 140)).toEqual(light('bg')); // and .border-line's `fill: none` applies
  });

  test('keeps ids: a layer drawn through <use href> is painted as itself', () => {
    const img = svgToPixels(
      svg(
        '<defs><g id="c-shared-1"><rect class="sea" width="100" height="100" />' +
          '<rect class="land" x="100" width="100" height="100" /></g></defs><use href="#c-shared-1" />',
      ),
      { width: 360 },
    );
    expect(pixel(img, 50, 50)).toEqual(light('sea'));
    expect(pixel(img, 150, 50)).toEqual(light('land'));
  });

  test('renders the same bytes twice', () => {
    const input = svg(`<rect class="sea" width="360" height="90" />${LABEL}`);
    expect(svgToPng(input, { width: 1200 }).equals(svgToPng(input, { width: 1200 }))).toBe(true);
  });
});

describe('real charts', () => {
  const data = loadSiteData();
  const widest = (id: string) => renderChart(chartById(id), data).artboards.at(-1)!.svg;

  test('border-map renders at 1200 px, in many colours, its map in the token colours', () => {
    const source = widest('border-map');
    const [, , w, h] = /viewBox="([^"]+)"/.exec(source)![1]!.split(' ').map(Number);
    const png = svgToPng(source, { width: 1200 });
    expect(pngSize(png)).toEqual({ width: 1200, height: Math.round((h! * 1200) / w!) });
    const img = svgToPixels(source, { width: 1200 });
    const colours = new Set<number>();
    for (let i = 0; i < img.pixels.length; i += 4) colours.add(img.pixels.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(50);
    // The map's own colours cover much of the picture.
    for (const token of ['land', 'land-focus', 'unit-border'])
      expect(countColour(img, light(token)), token).toBeGreaterThan(10_000);
  });

  // A class whose style did not reach resvg paints pure black; the palette has none (text is --label).
  test.each(charts.map((c) => c.id))('%s has no black fill where a style was lost', (id) => {
    expect(countColour(svgToPixels(widest(id), { width: 1200 }), [0, 0, 0])).toBe(0);
  });
});

function countColour(img: Image, [r, g, b]: number[]) {
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += 4)
    if (img.pixels[i] === r && img.pixels[i + 1] === g && img.pixels[i + 2] === b) n++;
  return n;
}

describe('the preview stylesheet', () => {
  test('leaves no custom property or light-dark() for resvg to fall back to black on', () => {
    expect(lightTheme().css).not.toMatch(/var\(|light-dark\(|@/);
    expect(lightTheme().background).toBe(
      `#${light('bg')
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('')}`,
    );
  });

  test('resolves light values, fallbacks and tokens made of tokens, drops at-rules, and maps fonts', () => {
    const tokens =
      ':root { --a: light-dark(#111111, #eeeeee); --b: var(--a); --bg: #fff; --text: #000; ' +
      '--font: system-ui, sans-serif; } @media (x) { :root { --a: red; } }';
    const { css } = resolveTheme(
      '.x { fill: var(--b); stroke: var(--none, var(--a)); } @media print { .x { fill: red; } } ' +
        '.y { font-family: var(--font); color: light-dark(#123456, #654321) }',
      tokens,
    );
    expect(css).toContain('.x { fill: #111111; stroke: #111111; }');
    expect(css).toContain(".y { font-family: 'IBM Plex Sans'; color: #123456 }");
    expect(css).not.toContain('red');
    expect(() => resolveTheme('.x { fill: var(--missing) }', tokens)).toThrow(/--missing/);
  });
});
