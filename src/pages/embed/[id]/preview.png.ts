/** /embed/<id>/preview.png: the chart's complete state as an image, for social cards and <noscript>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { PREVIEW_WIDTH, embedById } from '../../../embed/model.ts';
import { svgToPng } from '../../../lib/preview/png.ts';
import { lightPng } from '../../../lib/preview/encode.ts';

export const getStaticPaths: GetStaticPaths = () => charts.map((chart) => ({ params: { id: chart.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const { chart } = embedById(site, params.id!);
  const png = await lightPng(svgToPng(chart.artboards.at(-1)!.svg, { width: PREVIEW_WIDTH }), `${chart.id}'s preview`);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
