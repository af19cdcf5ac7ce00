// Static output only: every page, chart and table is complete HTML at build time.
import { defineConfig } from 'astro/config';
import { fontDir } from './src/lib/font/shipped.ts';

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

export default defineConfig({
  // The public origin, used for canonical and absolute URLs. Override at deploy time.
  site: process.env.FRONTIER_SITE ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [chartFont],
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
