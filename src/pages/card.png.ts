/** /card.png: the story's social card (src/story/card.ts), drawn at build time in the chart typeface. */
import type { APIRoute } from 'astro';
import { CARD, CARD_CSS, cardSvg } from '../story/card.ts';
import { cardInput } from '../story/share.ts';
import { svgToPng } from '../lib/preview/png.ts';
import { lightPng } from '../lib/preview/encode.ts';

export const GET: APIRoute = async ({ site }) => {
  const png = svgToPng(cardSvg(cardInput(site)), { width: CARD.width, css: CARD_CSS });
  return new Response(new Uint8Array(await lightPng(png, 'the social card')), {
    headers: { 'content-type': 'image/png' },
  });
};
