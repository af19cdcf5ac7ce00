/** /robots.txt: everything may be crawled (embeds say noindex themselves); where the sitemap is. */
import type { APIRoute } from 'astro';

/** Written by @astrojs/sitemap (astro.config.mjs). */
export const SITEMAP_PATH = '/sitemap-index.xml';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
