/**
 * The public origin a build writes into absolute URLs: never localhost by accident on a host
 * that deploys (Netlify, Cloudflare Pages), and said out loud when it is localhost elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { chooseSite, LOCAL_SITE } from '../../src/lib/site-url.ts';

describe('chooseSite', () => {
  test('FRONTIER_SITE wins, over the host’s own variables, as an origin', () => {
    expect(
      chooseSite({ FRONTIER_SITE: 'https://frontier.example/', NETLIFY: 'true', URL: 'https://x.netlify.app' }),
    ).toEqual({ site: 'https://frontier.example', from: 'FRONTIER_SITE' });
  });

  test('Netlify’s URL and Cloudflare Pages’ CF_PAGES_URL stand in when it is unset', () => {
    expect(chooseSite({ NETLIFY: 'true', URL: 'https://frontier.netlify.app' })).toMatchObject({
      site: 'https://frontier.netlify.app',
      from: 'URL (Netlify)',
    });
    const cloudflare = chooseSite({ CF_PAGES: '1', CF_PAGES_URL: 'https://ab12cd.frontier.pages.dev' });
    expect(cloudflare.site).toBe('https://ab12cd.frontier.pages.dev');
    // A per-deployment address: right, but worth a word about a custom domain.
    expect(cloudflare.warning).toMatch(/FRONTIER_SITE/);
  });

  test('a Netlify or Cloudflare Pages build with no site URL is refused, naming FRONTIER_SITE', () => {
    expect(() => chooseSite({ CF_PAGES: '1' })).toThrow(
      /FRONTIER_SITE is not set and Cloudflare Pages gave no site URL: .* http:\/\/localhost:4321\. Set FRONTIER_SITE=/,
    );
    expect(() => chooseSite({ NETLIFY: 'true' })).toThrow(/Netlify gave no site URL/);
  });

  test('elsewhere it is localhost, with a warning naming FRONTIER_SITE and what points there', () => {
    const local = chooseSite({ CI: 'true' });
    expect(local.site).toBe(LOCAL_SITE);
    expect(local.warning).toMatch(
      /^FRONTIER_SITE is not set: canonical links, Open Graph .* point at http:\/\/localhost:4321/,
    );
    expect(local.warning).toMatch(/sitemap\.xml, robots\.txt/);
  });

  test('a value that is not an absolute http(s) URL is an error, not a relative link', () => {
    expect(() => chooseSite({ FRONTIER_SITE: 'frontier.example' })).toThrow(
      'FRONTIER_SITE: expected an absolute URL such as https://example.org, got "frontier.example"',
    );
    expect(() => chooseSite({ FRONTIER_SITE: 'ftp://frontier.example' })).toThrow(/expected an http\(s\) URL/);
  });
});

describe('astro.config.mjs, loaded as Astro loads it', () => {
  /** The site the config resolves to with these variables (and none of the machine's host ones). */
  function loadConfig(env: Record<string, string>) {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['FRONTIER_SITE', 'NETLIFY', 'URL', 'CF_PAGES', 'CF_PAGES_URL'].includes(k),
      ),
    );
    return spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const c = await import('./astro.config.mjs'); console.log(c.default.site)"],
      { encoding: 'utf8', env: { ...clean, ...env } },
    );
  }

  test('takes the site from FRONTIER_SITE, or from the host, and refuses a Cloudflare build without one', () => {
    expect(loadConfig({ FRONTIER_SITE: 'https://frontier.example' }).stdout.trim()).toBe('https://frontier.example');
    expect(loadConfig({ CF_PAGES: '1', CF_PAGES_URL: 'https://ab12.frontier.pages.dev' }).stdout.trim()).toBe(
      'https://ab12.frontier.pages.dev',
    );
    const refused = loadConfig({ CF_PAGES: '1' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('FRONTIER_SITE is not set and Cloudflare Pages gave no site URL');
  }, 30_000);
});
