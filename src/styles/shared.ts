/**
 * The stylesheets every page shares, in cascade order, and the chart font: its @font-face rules
 * and the URLs of its two weights for <link rel="preload">, both from the subset cut at build
 * time (the `frontier-font` alias, astro.config.mjs). The bundler emits the font files under
 * /_astro/ with content-hashed names. Only Astro's build resolves these imports.
 */
import './tokens.css';
import './base.css';
import './figure.css';
import './marks.css';
import 'frontier-font/fonts.css';

import chartFontRegular from 'frontier-font/frontier-sans-400.woff2?url';
import chartFontSemibold from 'frontier-font/frontier-sans-600.woff2?url';

/**
 * Both weights, fetched with the HTML rather than when layout first meets a label: charts set
 * names and keys in 600, and their labels wait for the face (font-display: block, subset.ts).
 */
export const chartFontPreloads = [chartFontRegular, chartFontSemibold];
