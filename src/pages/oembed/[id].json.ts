/** /oembed/<id>.json: the oEmbed 1.0 response for one chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../charts/registry.ts';
import { embedById } from '../../embed/model.ts';
import { oembedResponse } from '../../embed/oembed.ts';

export const getStaticPaths: GetStaticPaths = () => charts.map((chart) => ({ params: { id: chart.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const origin = new URL(site!);
  return new Response(JSON.stringify(oembedResponse(embedById(origin, params.id!), origin), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
