/**
 * The height an embed page will have at a given width, estimated at build time from its parts
 * (title, each state's artboard and caption, credit, footer), so the host snippet and the oEmbed
 * response can reserve about the right space before the chart reports its real height. The
 * constants mirror src/styles/embed.css; the browser tests check the estimate against the page.
 */
import { wrap } from '../charts/kit/text.ts';

export interface EmbedLayoutInput {
  title: string;
  /** Per state: its artboards (SVG strings, narrowest first) and its caption. */
  states: { artboards: { width: number; svg: string }[]; caption: string }[];
  credit: string;
  notices: number;
}

/** Where embed.css switches to the wide artboard, and the page's side padding. */
export const WIDE_FROM = 560;
const PAD = 12;
const TITLE = { size: 18, line: 1.3 * 18, after: 8 };
const CAPTION = { size: 14, line: 1.4 * 14, before: 6, after: 16 };
const CREDIT = { size: 13, line: 1.45 * 13 };
/** The data disclosure (closed), the footer line and the gaps between them. */
const CHROME = 44 + 40 + PAD * 2;
const NOTICE = 60;

export function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('expected an SVG with a viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

const lines = (text: string, size: number, width: number) => Math.max(1, wrap(text, size, width).length);

export function estimateHeight(input: EmbedLayoutInput, width: number): number {
  const inner = width - PAD * 2;
  let height = PAD + lines(input.title, TITLE.size, inner) * TITLE.line + TITLE.after + input.notices * NOTICE;
  for (const state of input.states) {
    const artboard = width >= WIDE_FROM ? state.artboards.at(-1)! : state.artboards[0]!;
    const box = viewBoxSize(artboard.svg);
    height += (box.height * inner) / box.width;
    height += CAPTION.before + lines(state.caption, CAPTION.size, inner) * CAPTION.line + CAPTION.after;
  }
  // The credit is a line of method and date, then the sources' summary line (one block each).
  height +=
    input.credit.split('\n').reduce((n, block) => n + lines(block, CREDIT.size, inner), 0) * CREDIT.line + CHROME;
  return Math.ceil(height);
}
