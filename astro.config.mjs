// Static output only: every page, chart and table is complete HTML at build time.
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public origin, used for canonical and absolute URLs. Override at deploy time.
  site: process.env.FRONTIER_SITE ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One external stylesheet, never inline <style>: keeps a strict CSP possible.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
