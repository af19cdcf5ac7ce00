/** The build-time preview image: a PNG of the asked width, its text drawn with the shipped font, its colours from the tokens. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { chartById } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { svgToPixels, svgToPng } from '../../src/lib/preview/png.ts';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 200 100" width="200" height="100" role="img"><title>t</title>${body}</svg>`;
const lightOf = (token: string) => {
  const m = new RegExp(`--${token}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i').exec(readFileSync('src/styles/tokens.css', 'utf8'));
  return m![1]!.toLowerCase();
};
const hexAt = (image: { width: number; pixels: Buffer }, x: number, y: number) => {
  const i = (y * image.width + x) * 4;
  return `#${[...image.pixels.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

test('is a PNG of the width asked, its height in proportion', () => {
  const png = svgToPng(svg(''), { width: 1200 });
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 600]);
});

test('draws text with the font shipped from npm (no system fonts), and paints marks with the light tokens', () => {
  const blank = svgToPixels(svg('<rect class="sea" x="0" y="0" width="50" height="100"/>'), { width: 200 });
  const withText = svgToPixels(svg('<rect class="sea" x="0" y="0" width="50" height="100"/><text class="label" x="60" y="60" font-size="30">Rabia</text>'), { width: 200 });
  expect(hexAt(blank, 10, 50)).toBe(lightOf('sea'));
  expect(hexAt(blank, 100, 50)).toBe(lightOf('bg'));
  expect(withText.pixels.equals(blank.pixels)).toBe(false);
  // Some pixel of the text area is the label colour, or close to it (anti-aliasing).
  const label = Number.parseInt(lightOf('label').slice(1, 3), 16);
  let darkest = 255;
  for (let y = 30; y < 70; y++) for (let x = 60; x < 200; x++) darkest = Math.min(darkest, withText.pixels[(y * 200 + x) * 4]!);
  expect(darkest).toBeLessThanOrEqual(label + 40);
});

test('renders a real chart the same, byte for byte, twice', () => {
  const chart = renderChart(chartById('border-map'), loadSiteData());
  const a = svgToPng(chart.artboards.at(-1)!.svg, { width: 1200 });
  expect(a.readUInt32BE(16)).toBe(1200);
  expect(svgToPng(chart.artboards.at(-1)!.svg, { width: 1200 }).equals(a)).toBe(true);
  const pixels = svgToPixels(chart.artboards.at(-1)!.svg, { width: 300 }).pixels;
  expect(new Set(Array.from({ length: 500 }, (_, k) => pixels.readUInt32BE(k * Math.floor(pixels.length / 4 / 500) * 4))).size).toBeGreaterThan(5);
});
