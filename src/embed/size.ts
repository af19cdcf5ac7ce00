/**
 * The height an embed page will have at a given width, estimated at build time from its parts
 * (title, the figure's artboard and caption if shown, credit, the two disclosures closed,
 * footer), so the host snippet and the oEmbed response can reserve about the right space before
 * the chart reports its real height. The constants mirror src/styles/embed.css and figure.css.
 * The page's text is in the reader's system font, which the build cannot measure: it is measured
 * with the chart typeface, widened to DejaVu Sans (Linux's system-ui, the widest common one, 12%
 * wider), so narrower system fonts leave a line to spare rather than lack one. The browser tests
 * check the estimate against the page.
 */
import { textWidth, wrap } from '../charts/kit/text.ts';

export interface EmbedLayoutInput {
  title: string;
  /** The figure's artboards (SVG strings, narrowest first). */
  artboards: { width: number; svg: string }[];
  /** Its caption, when shown (the complete chart's description is for screen readers only). */
  caption: string | null;
  /** The credit line, and the sources line that opens their list. */
  credit: string;
  sources: string;
  /** The data disclosure's summary. */
  data: string;
  /** The footer's two items: the link back to the story, and the date and version. */
  footer: [string, string];
  notices: number;
}

/** Where figure.css switches to the wide artboard, and the page's side padding. */
export const WIDE_FROM = 560;
const PAD = 12;
const TITLE = { size: 18, weight: 700, line: 1.3 * 18, after: 8 };
const CAPTION = { size: 14, line: 1.4 * 14, before: 6 };
const FIGURE_AFTER = 16;
/** The credit and the sources line (13 px); a disclosure's summary is at least 24 px tall, 4 px below the block above. */
const SMALL = { size: 13, line: 1.45 * 13 };
const DISCLOSURE = { gap: 4, min: 24 };
/** The data disclosure's summary: 15 px, 1.4, padded 8 px above and below. */
const DATA = { size: 15, line: 1.4 * 15, pad: 8 };
/** The footer: padded 8 px above and 12 below; its items are 24 px tall, 16 px apart, or a row each 4 px apart. */
const FOOTER = { before: 8, after: 12, item: 24, gap: 16, rowGap: 4 };
const NOTICE = 60;
/** How much wider the system font sets a line than the chart typeface (DejaVu Sans, measured). */
const SYSTEM_FONT = 1.12;

export function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('expected an SVG with a viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

const lines = (text: string, size: number, width: number, weight = 400) =>
  Math.max(1, wrap(text, size, width / SYSTEM_FONT, { weight }).length);
const widthOf = (text: string, size: number) => textWidth(text, size) * SYSTEM_FONT;

export function estimateHeight(input: EmbedLayoutInput, width: number): number {
  const inner = width - PAD * 2;
  const artboard = width >= WIDE_FROM ? input.artboards.at(-1)! : input.artboards[0]!;
  const box = viewBoxSize(artboard.svg);
  const disclosure = (text: string, size: number, line: number, pad: number) =>
    DISCLOSURE.gap + Math.max(DISCLOSURE.min, lines(text, size, inner) * line + pad * 2);
  const [back, version] = input.footer;
  const footerFits = widthOf(back, SMALL.size) + FOOTER.gap + widthOf(version, SMALL.size) <= inner;
  const height =
    PAD +
    lines(input.title, TITLE.size, inner, TITLE.weight) * TITLE.line +
    TITLE.after +
    input.notices * NOTICE +
    (box.height * inner) / box.width +
    (input.caption === null ? 0 : CAPTION.before + lines(input.caption, CAPTION.size, inner) * CAPTION.line) +
    FIGURE_AFTER +
    lines(input.credit, SMALL.size, inner) * SMALL.line +
    disclosure(input.sources, SMALL.size, SMALL.line, 0) +
    disclosure(input.data, DATA.size, DATA.line, DATA.pad) +
    FOOTER.before +
    (footerFits ? FOOTER.item : FOOTER.item * 2 + FOOTER.rowGap) +
    FOOTER.after;
  return Math.ceil(height);
}
