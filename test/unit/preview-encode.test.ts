/**
 * Light previews: the resvg render re-encoded as a palette PNG (sharp, libimagequant) within
 * 100 KB, looking as the truecolour render does, the same bytes on every build, and a clear
 * error, not a heavy file, when a picture cannot fit.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartById } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { fontFiles, svgToPixels, svgToPng } from '../../src/lib/preview/png.ts';
import { lightPng, PREVIEW_MAX_BYTES } from '../../src/lib/preview/encode.ts';
import { countNear, decodePng, lightColour, meanColourError, pngSize } from '../helpers/png.ts';

beforeAll(() => void fontFiles(), 60_000);
const tokensCss = readFileSync('src/styles/tokens.css', 'utf8');

describe('lightPng on a real chart', () => {
  // The timeline: the tallest preview and the most text, so the heaviest to encode.
  const svg = renderChart(chartById('timeline'), loadSiteData()).artboards.at(-1)!.svg;
  const truecolour = svgToPng(svg, { width: 1200 });
  let light: Buffer;
  beforeAll(async () => {
    light = await lightPng(truecolour, 'the timeline preview');
  }, 60_000);

  test('is a palette PNG within 100 KB, of the same size in pixels, from a heavier truecolour one', () => {
    expect(truecolour.length).toBeGreaterThan(PREVIEW_MAX_BYTES);
    expect(light.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);
    expect(pngSize(light)).toEqual(pngSize(truecolour));
    // IHDR colour type 3: indexed colour.
    expect(light[25]).toBe(3);
  });

  test('looks like the truecolour render: small mean colour error, text cores kept in the label colour', async () => {
    const before = svgToPixels(svg, { width: 1200 });
    const after = await decodePng(light);
    expect(meanColourError(before, after)).toBeLessThan(1);
    const label = lightColour(tokensCss, 'label');
    const cores = countNear(before, label, 6);
    expect(cores).toBeGreaterThan(5_000);
    expect(countNear(after, label, 6)).toBeGreaterThan(cores * 0.95);
  });

  test('gives the same bytes twice', async () => {
    expect((await lightPng(truecolour, 'the timeline preview')).equals(light)).toBe(true);
  });
});

test('a picture that cannot fit fails, naming it, the budget and what was tried', async () => {
  // Noise: 120 × 120 random pixels take 7 KB even at 4 bits a pixel, over a 5 KB budget.
  const noise = await sharp(randomBytes(120 * 120 * 3), { raw: { width: 120, height: 120, channels: 3 } })
    .png()
    .toBuffer();
  await expect(lightPng(noise, 'the noise test card', 5_000)).rejects.toThrow(
    /expected the noise test card to fit in 5 KB as a palette PNG, got [\d.]+ KB at 256 colours, quality 100, .* KB at 16 colours/,
  );
}, 30_000);
