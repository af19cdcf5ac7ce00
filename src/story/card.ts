/**
 * The story's social card: 1200 × 630 (the Open Graph and Twitter large-image shape), the
 * headline set in the chart typeface beside the story's lead chart in its complete state, both
 * drawn from what the story shows (its masthead, its first section's chart), never separate art.
 * Rendered to PNG at build time by src/pages/card.png.ts, with the chart's own light theme.
 */
import { chartSvg, serialize } from '../charts/svg.ts';
import { textWidth, wrap } from '../charts/kit/text.ts';
import { viewBoxSize } from '../embed/size.ts';

export const CARD = { width: 1200, height: 630 } as const;

/** The card's own marks, in the token colours (resolved to the light theme when rendered). */
export const CARD_CSS = `
.card-accent { fill: var(--border-line); }
.card-kicker { fill: var(--text-muted); font-weight: 600; }
.card-headline { fill: var(--text); font-weight: 600; }
`;

const MARGIN = 56;
const GAP = 40;
const KICKER_SIZE = 20;
const KICKER_SPACING = 0.06;
/** Largest first: the first size whose lines fit the space is used. */
const HEADLINE_SIZES = [60, 56, 52, 48, 44, 40, 36, 32];
const LEADING = 1.12;

export interface CardInput {
  kicker: string;
  headline: string;
  /** The lead chart's SVG, at its widest artboard. */
  chartSvg: string;
  /** What the card shows, for its <title>/<desc> (and og:image:alt). */
  description: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chart scaled to fit a box, centred in it. */
function scaleInto(chart: { width: number; height: number }, box: Box): Box {
  const k = Math.min(box.width / chart.width, box.height / chart.height);
  const width = chart.width * k;
  const height = chart.height * k;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/**
 * Text beside the chart suits a square or tall chart (a map); text above it a wide one. The
 * layout that draws the chart larger is chosen.
 */
function layout(chart: { width: number; height: number }): { text: Box; chart: Box } {
  const sideText = { x: MARGIN, y: MARGIN, width: 460, height: CARD.height - 2 * MARGIN };
  const side = scaleInto(chart, {
    x: sideText.x + sideText.width + GAP,
    y: 24,
    width: CARD.width - (sideText.x + sideText.width + GAP) - 24,
    height: CARD.height - 48,
  });
  const topText = { x: MARGIN, y: 40, width: CARD.width - 2 * MARGIN, height: 170 };
  const stacked = scaleInto(chart, {
    x: MARGIN,
    y: topText.y + topText.height + 16,
    width: CARD.width - 2 * MARGIN,
    height: CARD.height - (topText.y + topText.height + 16) - 24,
  });
  return side.width * side.height >= stacked.width * stacked.height
    ? { text: sideText, chart: side }
    : { text: topText, chart: stacked };
}

/** The headline at the largest size whose lines fit the box under the kicker; throws if none does. */
function headlineLines(headline: string, box: Box): { size: number; lines: string[] } {
  const room = box.height - (KICKER_SIZE * 2 + 16);
  for (const size of HEADLINE_SIZES) {
    const lines = wrap(headline, size, box.width, { weight: 600 });
    const fits = lines.every((l) => textWidth(l, size, { weight: 600 }) <= box.width);
    if (fits && lines.length * size * LEADING <= room) return { size, lines };
  }
  throw new Error(
    `src/story/card.ts: expected the headline to fit the social card at ${HEADLINE_SIZES.at(-1)} px, got "${headline}"`,
  );
}

/** Places the chart's root <svg> in the card: its viewBox kept, its size and position set. */
function placed(svg: string, box: Box): string {
  const open = /^<svg\b[^>]*>/.exec(svg.trimStart());
  if (!open) throw new Error(`src/story/card.ts: expected the lead chart as an <svg>, got "${svg.slice(0, 60)}"`);
  const attrs = open[0]
    .replace(/\s(?:width|height|x|y|preserveAspectRatio)="[^"]*"/g, '')
    .replace(/^<svg/, `<svg x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}"`);
  return attrs + svg.trimStart().slice(open[0].length);
}

const r = (n: number) => Math.round(n * 100) / 100;

export function cardSvg(input: CardInput): string {
  const chartSize = viewBoxSize(input.chartSvg);
  const { text, chart } = layout(chartSize);
  const { size, lines } = headlineLines(input.headline, text);
  const lineHeight = size * LEADING;
  // The kicker and headline as one block, centred on the chart's middle.
  const blockHeight = 6 + 22 + KICKER_SIZE + 20 + lines.length * lineHeight;
  const top = Math.max(
    text.y,
    Math.min(chart.y + chart.height / 2 - blockHeight / 2, text.y + text.height - blockHeight),
  );
  const card = chartSvg({
    idPrefix: 'card',
    width: CARD.width,
    height: CARD.height,
    title: input.headline,
    description: input.description,
    className: 'card',
  });
  card
    .append('rect')
    .attr('class', 'card-accent')
    .attr('x', text.x)
    .attr('y', r(top))
    .attr('width', 64)
    .attr('height', 6);
  card
    .append('text')
    .attr('class', 'card-kicker')
    .attr('x', text.x)
    .attr('y', r(top + 28 + KICKER_SIZE * 0.75))
    .attr('font-size', KICKER_SIZE)
    .attr('letter-spacing', r(KICKER_SPACING * KICKER_SIZE))
    .text(input.kicker.toUpperCase());
  const headline = card.append('text').attr('class', 'card-headline').attr('font-size', size);
  const first = top + 28 + KICKER_SIZE + 20 + size * 0.8;
  lines.forEach((line, i) => {
    headline
      .append('tspan')
      .attr('x', text.x)
      .attr('y', r(first + i * lineHeight))
      .text(line);
  });
  return serialize(card).replace(/<\/svg>$/, `${placed(input.chartSvg, chart)}</svg>`);
}

/** Every string the card draws, for the font subset (src/cli/font.ts): resvg has no fallback font. */
export function cardTexts(input: Pick<CardInput, 'kicker' | 'headline'>): string[] {
  return [input.kicker.toUpperCase(), input.headline];
}
