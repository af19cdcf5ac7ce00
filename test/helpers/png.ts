/** Reading PNGs as a viewer would (sharp, libvips' decoder), and comparing what they show. */
import sharp from 'sharp';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
}

export async function decodePng(png: Buffer): Promise<Pixels> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, pixels: data };
}

/** Width and height from the IHDR chunk, which follows the 8-byte signature and its own length and type. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('expected a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Mean absolute difference per colour channel, 0–255, between two images of one size. */
export function meanColourError(a: Pixels, b: Pixels): number {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`expected images of one size, got ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.pixels.length; i += 4)
    for (let c = 0; c < 3; c++) sum += Math.abs(a.pixels[i + c]! - b.pixels[i + c]!);
  return sum / (a.width * a.height * 3);
}

/** Pixels within `tolerance` of a colour on every channel, in a box (the whole image by default). */
export function countNear(
  img: Pixels,
  rgb: readonly number[],
  tolerance: number,
  box = { x: 0, y: 0, w: img.width, h: img.height },
): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * img.width + x) * 4;
      if ([0, 1, 2].every((c) => Math.abs(img.pixels[i + c]! - rgb[c]!) <= tolerance)) n++;
    }
  return n;
}

/** A token's light value from src/styles/tokens.css, as [r, g, b]. */
export function lightColour(tokensCss: string, name: string): [number, number, number] {
  const m = new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?#([0-9a-f]{6})`, 'i').exec(tokensCss);
  if (!m) throw new Error(`tokens.css has no colour --${name}`);
  return [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16)) as [number, number, number];
}
