/** /charts.json: the manifest of every chart, in registry order. */
import type { APIRoute } from 'astro';
import { embeds } from '../embed/model.ts';
import { manifestEntry } from '../embed/oembed.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify({ charts: embeds(site).map(manifestEntry) }, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
