/**
 * A chart SVG rasterised to PNG at build time, for social cards and the <noscript> fallback of
 * embed pages. The SVG is styled only by classes, so the light theme is inlined into it
 * (src/lib/preview/stylesheet.ts), and text is set in the chart font as the browser draws it, from
 * the same build-time subset (TrueType: resvg reads no woff2): the build machine's fonts would
 * make the image depend on where it was built, or drop the text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fontDir, readManifest } from '../font/shipped.ts';
import { Resvg, type RenderedImage, type ResvgRenderOptions } from '@resvg/resvg-js';
import { lightRules, lightTheme, PREVIEW_FONT } from './stylesheet.ts';

export interface PngOptions {
  /** Output width in px; the height follows the viewBox. */
  width: number;
  /** The only theme for now: social cards and fallbacks are shown outside the reader's scheme. */
  background?: 'light';
  /** Rules for what is not a chart mark (a card's headline), after marks.css, with its tokens resolved. */
  css?: string;
}

export function svgToPng(svg: string, options: PngOptions): Buffer {
  return render(svg, options).asPng();
}

/** The same render as RGBA pixels, row by row, for tests that look at what is drawn. */
export function svgToPixels(svg: string, options: PngOptions): { width: number; height: number; pixels: Buffer } {
  const image = render(svg, options);
  // `pixels` is a getter that copies the whole buffer on each read: read it once.
  return { width: image.width, height: image.height, pixels: image.pixels };
}

function render(svg: string, options: PngOptions): RenderedImage {
  const css = options.css ? `${lightTheme().css}\n${lightRules(options.css)}` : lightTheme().css;
  return new Resvg(withStylesheet(svg, css), resvgOptions(options)).render();
}

export function resvgOptions(options: PngOptions): ResvgRenderOptions {
  return {
    // The resvg option rather than a <rect>: it fills the whole canvas and adds nothing to the
    // SVG that its CSS could match.
    background: lightTheme().background,
    fitTo: { mode: 'width', value: options.width },
    // Shipped fonts only: system fonts would make the bytes depend on the machine. Italic labels
    // are drawn upright, in the regular face (only 400 and 600 ship).
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: PREVIEW_FONT,
      sansSerifFamily: PREVIEW_FONT,
    },
    logLevel: 'error',
  };
}

/** Puts the stylesheet first in the root <svg>. Nothing else changes, so ids and <use href> stay as drawn. */
export function withStylesheet(svg: string, css: string): string {
  const open = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(svg);
  if (!open) throw new Error(`src/lib/preview/png.ts: expected an <svg> element, got "${svg.slice(0, 60)}"`);
  const end = open.index + open[0].length;
  // A self-closing <svg/> has no children to style.
  if (open[0].endsWith('/>')) return svg;
  return `${svg.slice(0, end)}<style><![CDATA[${css}]]></style>${svg.slice(end)}`;
}

let fonts: string[] | undefined;

/** resvg skips a missing font file silently, and the text with it: fail the build instead. */
export function fontFiles(): string[] {
  if (!fonts) {
    const dir = fontDir();
    const files = readManifest(dir).faces.map((face) => join(dir, face.ttf));
    const missing = files.filter((file) => !existsSync(file));
    if (missing.length)
      throw new Error(
        `src/lib/preview/png.ts: expected the chart font subsets made by src/cli/font.ts, got no ${missing.join(', ')}`,
      );
    fonts = files;
  }
  return fonts;
}
