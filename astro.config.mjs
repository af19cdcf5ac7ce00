// Static output only: every page, chart and table is complete HTML at build time.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fontDir } from './src/lib/font/shipped.ts';
import { chooseSite } from './src/lib/site-url.ts';

// The public origin, used for canonical and absolute URLs (src/lib/site-url.ts): FRONTIER_SITE,
// else the host's own variable; a Netlify or Cloudflare Pages build with neither stops here.
const site = chooseSite(process.env);

/**
 * The chart font, cut at build time to what the charts draw (src/cli/font.ts), is imported by
 * the layouts as `frontier-font/…`: its @font-face rules and its woff2 files, which the bundler
 * then emits under /_astro/ with content-hashed names (cached immutably, see public/_headers).
 */
const chartFont = {
  name: 'frontier-chart-font',
  hooks: {
    'astro:config:setup': ({ updateConfig }) => {
      updateConfig({ vite: { resolve: { alias: { 'frontier-font': fontDir() } } } });
    },
  },
};

/** Says, once per build, when the site's absolute URLs are a stand-in. */
const siteNotice = {
  name: 'frontier-site',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (site.warning) logger.warn(site.warning);
      else logger.info(`absolute URLs point at ${site.site} (from ${site.from})`);
    },
  },
};

export default defineConfig({
  site: site.site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    chartFont,
    siteNotice,
    // The story and /changes/; embeds are noindex (canonical to the story), so not listed.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
  ],
  build: {
    format: 'directory',
    // Every page's CSS inline, in one <style>: its first paint needs no second round trip. The
    // CSP stays strict: the build adds each <style>'s SHA-256 to dist/_headers (src/lib/http/site-headers.ts).
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
