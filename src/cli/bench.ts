/**
 * npm run bench — builds the site, then prints the story page's and each embed page's weight and
 * size against budgets, the chart font's woff2 files among them, what each page's first round
 * trip carries, and our border map side by side with the same chart drawn in the browser
 * (bench-side-by-side.ts).
 * It reports; it never fails a build or a test (figures depend on the machine and on content).
 *
 * Compression as a static host serves it: gzip level 6 and brotli quality 11.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { build } from './build.ts';
import { type BrowserFigures, browserRows, measureInBrowser } from './bench-browser.ts';
import { check, printTable, type Row } from './bench-table.ts';
import { measureSideBySide, sideBySideRows } from './bench-side-by-side.ts';

const KB = 1000;

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

function weigh(bytes: Buffer): Weight {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (ws: Weight[]): Weight =>
  ws.reduce((a, w) => ({ raw: a.raw + w.raw, gzip: a.gzip + w.gzip, brotli: a.brotli + w.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

interface PageFigures {
  html: Weight;
  /** The CSS inline in the HTML (counted in it), and any stylesheet it links (render-blocking). */
  inlineCss: Weight;
  css: Weight;
  js: Weight;
  /** The chart font files (woff2, already compressed: raw bytes are what travels). */
  fonts: { files: string[]; bytes: number };
  elements: number;
  firstChart: FirstChart;
}

/** The HTML before a page's first chart <svg>, and through the end of it: raw and brotli bytes. */
export interface FirstChart {
  before: { raw: number; brotli: number };
  through: { raw: number; brotli: number };
}

/**
 * What a first round trip can carry: about 14 KB, TCP's usual initial window (10 segments).
 * Brotli of a prefix stands for the bytes a streaming server sends before that point.
 */
export const ROUND_TRIP = 14 * KB;

export function firstChart(html: Buffer): FirstChart {
  const start = html.indexOf('<svg');
  const end = start < 0 ? -1 : html.indexOf('</svg>', start);
  const prefix = (n: number) => ({ raw: n, brotli: weigh(html.subarray(0, n)).brotli });
  return {
    before: prefix(start < 0 ? html.length : start),
    through: prefix(end < 0 ? html.length : end + '</svg>'.length),
  };
}

/** The woff2 files a page can load: the ones its CSS's @font-face rules and its preloads name. */
export function pageFonts(dist: string, css: string[], preloads: string[]): { files: string[]; bytes: number } {
  const urls = new Set(preloads);
  for (const text of css) for (const m of text.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) urls.add(m[1]!);
  const files = [...urls].sort();
  return { files, bytes: files.reduce((n, url) => n + statSync(join(dist, url.replace(/^\//, ''))).size, 0) };
}

/** What a reader downloads before scrolling: the HTML and everything it loads at once. */
export function measurePage(dist: string, page: string): PageFigures {
  const htmlBytes = readFileSync(join(dist, page));
  const { document } = parseHTML(htmlBytes.toString('utf8'));
  const local = (href: string) => readFileSync(join(dist, href.replace(/^\//, '')));
  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
    local(l.getAttribute('href')!),
  );
  const inline = [...document.querySelectorAll('style')].map((s) => Buffer.from(s.textContent ?? ''));
  const js = [...document.querySelectorAll('script')].map((s) =>
    weigh(s.getAttribute('src') ? local(s.getAttribute('src')!) : Buffer.from(s.textContent ?? '')),
  );
  const preloads = [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) => l.getAttribute('href')!);
  return {
    html: weigh(htmlBytes),
    inlineCss: sum(inline.map(weigh)),
    css: sum(stylesheets.map(weigh)),
    js: sum(js),
    fonts: pageFonts(
      dist,
      [...inline, ...stylesheets].map((b) => b.toString('utf8')),
      preloads,
    ),
    elements: document.querySelectorAll('*').length,
    firstChart: firstChart(htmlBytes),
  };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
/** The chart font, every weight a page may load (woff2 bytes). */
const FONT_BUDGET = 45 * KB;

export function benchRows(figures: PageFigures, buildMs: number, browser: BrowserFigures | null = null): Row[] {
  const beforeScroll = sum([figures.html, figures.css, figures.js]);
  const row = (metric: string, w: Weight): Row => ({
    metric,
    value: `${kb(w.raw)} raw · ${kb(w.gzip)} gz · ${kb(w.brotli)} br`,
    budget: '',
    status: '',
  });
  return [
    row('story HTML', figures.html),
    row('story CSS, inline (in the HTML)', figures.inlineCss),
    {
      metric: 'story stylesheets linked (render-blocking)',
      value: kb(figures.css.raw),
      budget: kb(0),
      status: check(figures.css.raw, 0),
    },
    {
      // Head, CSS, masthead and intro: what a phone shows first, in the first round trip's bytes.
      metric: 'story first screen (HTML before the first chart, br)',
      value: `${kb(figures.firstChart.before.brotli)} (${kb(figures.firstChart.before.raw)} raw)`,
      budget: kb(ROUND_TRIP),
      status: check(figures.firstChart.before.brotli, ROUND_TRIP),
    },
    row('story JS', figures.js),
    {
      metric: `chart font (${figures.fonts.files.length} woff2)`,
      value: kb(figures.fonts.bytes),
      budget: kb(FONT_BUDGET),
      status: check(figures.fonts.bytes, FONT_BUDGET),
    },
    // The font's regular weight is preloaded: count every weight, as the first charts use both.
    {
      metric: 'total before scroll (gz, fonts included)',
      value: kb(beforeScroll.gzip + figures.fonts.bytes),
      budget: kb(250 * KB),
      status: check(beforeScroll.gzip + figures.fonts.bytes, 250 * KB),
    },
    {
      metric: 'JS total (gz)',
      value: kb(figures.js.gzip),
      budget: kb(30 * KB),
      status: check(figures.js.gzip, 30 * KB),
    },
    { metric: 'DOM elements', value: String(figures.elements), budget: '1400', status: check(figures.elements, 1400) },
    {
      metric: 'build time',
      value: `${(buildMs / 1000).toFixed(1)} s`,
      budget: '60.0 s',
      status: check(buildMs, 60_000),
    },
    ...(browser
      ? browserRows(browser)
      : [
          {
            metric: 'in Chromium',
            value: 'not measured: no Chromium (apt-get install chromium)',
            budget: '',
            status: '',
          },
        ]),
  ];
}

/**
 * Each chart's embed page: everything it loads (gz, the chart font included) against 60 KB, its
 * JS against 5 KB, its font against the font budget.
 */
export function embedRows(dist: string): Row[] {
  return readdirSync(join(dist, 'embed'))
    .sort()
    .map((id) => {
      const f = measurePage(dist, join('embed', id, 'index.html'));
      const total = sum([f.html, f.css, f.js]).gzip + f.fonts.bytes;
      return {
        metric: `embed ${id} (total · JS · font)`,
        value: `${kb(total)} · ${kb(f.js.gzip)} · ${kb(f.fonts.bytes)}`,
        budget: `${kb(60 * KB)} · ${kb(5 * KB)} · ${kb(FONT_BUDGET)}`,
        status: total <= 60 * KB && f.js.gzip <= 5 * KB && f.fonts.bytes <= FONT_BUDGET ? 'ok' : 'OVER',
      };
    });
}

/**
 * One round trip: each embed page's HTML (its CSS inline) and the part of it through its first
 * chart, brotli, against 14 KB; and that it links no stylesheet, which would cost another.
 */
export function embedRoundTripRows(dist: string): Row[] {
  return readdirSync(join(dist, 'embed'))
    .sort()
    .map((id) => {
      const f = measurePage(dist, join('embed', id, 'index.html'));
      const ok = f.html.brotli <= ROUND_TRIP && f.firstChart.through.brotli <= ROUND_TRIP && f.css.raw === 0;
      return {
        metric: `embed ${id} (HTML br · through its first chart · stylesheets)`,
        value: `${kb(f.html.brotli)} · ${kb(f.firstChart.through.brotli)} · ${f.css.raw ? kb(f.css.raw) : 'none'}`,
        budget: `${kb(ROUND_TRIP)} · ${kb(ROUND_TRIP)} · none`,
        status: ok ? 'ok' : 'OVER',
      };
    });
}

/** The resize script alone, bundled and minified as the build does, against its 1 KB budget. */
export async function resizeScriptRow(): Promise<Row> {
  const { build: bundle } = await import('esbuild');
  const out = await bundle({
    entryPoints: ['src/scripts/embed-resize.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  const gz = gzipSync(Buffer.from(out.outputFiles[0]!.contents), { level: 6 }).length;
  return { metric: 'embed resize script (gz)', value: kb(gz), budget: kb(1 * KB), status: check(gz, 1 * KB) };
}

if (import.meta.main) {
  const result = build('dist');
  if (!result.ok) process.exit(1);
  console.log('\nStory page (dist/index.html), against budgets:\n');
  printTable(benchRows(measurePage('dist', 'index.html'), result.ms, await measureInBrowser('dist')));
  console.log('\nEmbed pages (dist/embed/<id>/), against budgets:\n');
  printTable([...embedRows('dist'), await resizeScriptRow()]);
  console.log('\nOne round trip: each embed page with its CSS inline (brotli, as a host sends it):\n');
  printTable(embedRoundTripRows('dist'));
  console.log(
    '\nSide by side: /embed/border-map/ against the same map drawn in the browser by Observable Plot + d3\n' +
      '(mobile 412 × 823, CPU 4×, 150 ms latency, 1.6 Mbps down, 750 kbps up, cold cache; medians of 5):\n',
  );
  const sideBySide = await measureSideBySide('dist');
  printTable(
    sideBySide
      ? sideBySideRows(sideBySide)
      : [
          {
            metric: 'side by side',
            value: 'not measured: no Chromium (apt-get install chromium)',
            budget: '',
            status: '',
          },
        ],
  );
}
