/**
 * The public origin the build writes into every absolute URL (canonical links, Open Graph and
 * Twitter tags, the social card's address, the JSON-LD, sitemap, robots.txt, embed code, oEmbed,
 * /charts.json). FRONTIER_SITE names it; on Netlify and Cloudflare Pages the host's own variable
 * stands in. A deploy there with neither is refused: its links would all lead to localhost.
 * Elsewhere (a local build, the tests) it falls back to localhost, with a warning.
 */
export const LOCAL_SITE = 'http://localhost:4321';

export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteChoice {
  site: string;
  /** Where it came from, for the build's log. */
  from: string;
  /** Printed by the build when set: the site is a stand-in. */
  warning?: string;
}

function absolute(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable}: expected an absolute URL such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${variable}: expected an http(s) URL, got "${value}"`);
  return url.origin;
}

export function chooseSite(env: Env): SiteChoice {
  if (env.FRONTIER_SITE) return { site: absolute(env.FRONTIER_SITE, 'FRONTIER_SITE'), from: 'FRONTIER_SITE' };
  // Netlify's URL is the site's main address (its custom domain once it has one).
  if (env.NETLIFY === 'true' && env.URL) return { site: absolute(env.URL, 'URL (Netlify)'), from: 'URL (Netlify)' };
  // Cloudflare's is this deployment's own *.pages.dev address: right, but not a custom domain.
  if (env.CF_PAGES === '1' && env.CF_PAGES_URL)
    return {
      site: absolute(env.CF_PAGES_URL, 'CF_PAGES_URL (Cloudflare Pages)'),
      from: 'CF_PAGES_URL (Cloudflare Pages)',
      warning:
        `FRONTIER_SITE is not set: absolute URLs use this deployment's address, ${env.CF_PAGES_URL}. ` +
        'If the site has a domain of its own, set FRONTIER_SITE=https://your.domain in the build settings.',
    };
  const host = env.NETLIFY === 'true' ? 'Netlify' : env.CF_PAGES === '1' ? 'Cloudflare Pages' : null;
  if (host)
    throw new Error(
      `FRONTIER_SITE is not set and ${host} gave no site URL: every canonical link, social card, sitemap entry ` +
        `and embed code would point at ${LOCAL_SITE}. Set FRONTIER_SITE=https://your.domain in the build settings.`,
    );
  return {
    site: LOCAL_SITE,
    from: 'the local default',
    warning:
      `FRONTIER_SITE is not set: canonical links, Open Graph and Twitter tags, the JSON-LD, sitemap.xml, ` +
      `robots.txt, the embed code, oEmbed and /charts.json point at ${LOCAL_SITE}. ` +
      'Fine for a local build; for one you deploy, set FRONTIER_SITE=https://your.domain.',
  };
}
