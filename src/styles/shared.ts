/**
 * The stylesheets every page shares, in cascade order, and the chart font: its @font-face rules
 * and the URL of its regular weight for <link rel="preload">, both from the subset cut at build
 * time (the `frontier-font` alias, astro.config.mjs). The bundler emits the font files under
 * /_astro/ with content-hashed names. Only Astro's build resolves these imports.
 */
import './tokens.css';
import './base.css';
import './figure.css';
import './marks.css';
import 'frontier-font/fonts.css';

export { default as chartFontRegular } from 'frontier-font/frontier-sans-400.woff2?url';
