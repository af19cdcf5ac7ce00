/** /embed/<id>/preview.png: the chart's complete state as an image, for social cards and <noscript>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { PREVIEW_WIDTH, embedById } from '../../../embed/model.ts';
import { svgToPng } from '../../../lib/preview/png.ts';

export const getStaticPaths: GetStaticPaths = () => charts.map((chart) => ({ params: { id: chart.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const { chart } = embedById(site, params.id!);
  return new Response(new Uint8Array(svgToPng(chart.artboards.at(-1)!.svg, { width: PREVIEW_WIDTH })), {
    headers: { 'content-type': 'image/png' },
  });
};
