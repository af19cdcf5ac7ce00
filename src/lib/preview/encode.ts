/**
 * A rendered preview made light enough to share: the truecolour PNG from resvg re-encoded as a
 * palette PNG by libvips and libimagequant (sharp). Charts are drawn in a few flat token colours
 * plus their anti-aliased edges, so 256 well-chosen colours are usually the image itself, lossless
 * or nearly; a busier picture steps down the ladder until it fits, never below 16 colours.
 */
import sharp, { type PngOptions } from 'sharp';

/** What a preview or social card may weigh: small enough for a card or a thumbnail on a slow line. */
export const PREVIEW_MAX_BYTES = 100_000;

/** Best first: the first encoding within the budget wins. Same input, same bytes (tested). */
const LADDER: readonly PngOptions[] = [
  // Quality 100 keeps every colour of a picture that has 256 or fewer: lossless.
  { palette: true, quality: 100 },
  { palette: true, quality: 90 },
  { palette: true, quality: 80 },
  // 4-bit: half the bytes per pixel before compression; text stays sharp, soft edges coarser.
  { palette: true, colours: 16 },
];

export async function lightPng(png: Buffer, what: string, maxBytes = PREVIEW_MAX_BYTES): Promise<Buffer> {
  const tried: string[] = [];
  for (const options of LADDER) {
    const out = await sharp(png)
      .png({ ...options, compressionLevel: 9, effort: 10 })
      .toBuffer();
    if (out.length <= maxBytes) return out;
    tried.push(`${(out.length / 1000).toFixed(1)} KB at ${describe(options)}`);
  }
  throw new Error(
    `src/lib/preview/encode.ts: expected ${what} to fit in ${maxBytes / 1000} KB as a palette PNG, got ` +
      `${tried.join(', ')}. Draw less into it (fewer labels, a smaller artboard) or raise PREVIEW_MAX_BYTES.`,
  );
}

function describe(options: PngOptions): string {
  return options.colours ? `${options.colours} colours` : `256 colours, quality ${options.quality}`;
}
