/**
 * npm run bench, side by side: our border-map embed (SVG drawn at build time, its CSS inline)
 * against the same chart drawn in the browser by Observable Plot and d3
 * (src/cli/side-by-side/border-map-plot.ts, bundled here with esbuild from node_modules, reading
 * the same TopoJSON). One local server sends both, brotli-compressed as a static host would, with
 * the site's headers. Chromium loads each cold as a slow phone (Lighthouse's mobile settings:
 * 412 × 823 at 1.75×, CPU 4× slower, 150 ms latency, 1.6 Mbps down, 750 kbps up, no cache), five
 * times, alternating. Medians: first paint (paint timing), chart on screen (one observer injected
 * in both pages: the first frame painted once the chart's <svg> is whole in the DOM and the fonts
 * its text uses are loaded), bytes transferred and JS bytes (CDP). It reports; it never fails.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import type { Row } from './bench-table.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { fileFor } from './serve.ts';
import { headersFor, parseHeadersFile } from '../lib/http/headers-file.ts';

const OURS = '/embed/border-map/';
const THEIRS = '/side-by-side/';
const LOADS = 5;

export interface Load {
  firstPaint: number;
  /** When the chart's <svg> was whole in the DOM, before its fonts had necessarily loaded. */
  chartInDom: number;
  chartOnScreen: number;
  bytes: number;
  jsBytes: number;
}
export interface SideBySide {
  ours: Load;
  theirs: Load;
}

/**
 * The client-side page: the same heading, the same chart font (our page's @font-face rules and
 * preloads, so only where the chart is drawn differs), its CSS inline as ours, then a module
 * that fetches the TopoJSON and draws.
 */
async function writeTheirPage(dist: string, dir: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ['src/cli/side-by-side/border-map-plot.ts'],
    outfile: join(dir, 'border-map-plot.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  for (const name of ['basemap', 'border'])
    copyFileSync(join('data/geo', `${name}.topojson`), join(dir, `${name}.topojson`));
  const { document } = parseHTML(readFileSync(join(dist, OURS, 'index.html'), 'utf8'));
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  const fontFaces = (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).join('');
  const preloads = [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.outerHTML).join('');
  const title = document.querySelector('title')!.textContent;
  const heading = document.querySelector('h1, h2, .figure-title')?.textContent ?? title;
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${title}</title>${preloads}<style>${fontFaces}` +
      'body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;background:#fff}' +
      'header,main{padding-inline:12px}h1{font-size:18px;line-height:1.3;margin:12px 0 8px}' +
      '#chart{margin:0}#chart svg{display:block}.credit{font-size:13px;color:#595959}</style>' +
      '<script type="module" src="./border-map-plot.js"></script></head>' +
      `<body><header><h1>${heading}</h1></header><main><figure id="chart"></figure>` +
      '<p class="credit">Sources: Natural Earth</p></main></body></html>',
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Both pages from one origin, text sent as brotli (quality 11, made once per file). */
async function startServer(dist: string, theirs: string): Promise<{ url: string; close: () => void }> {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith(THEIRS) ? fileFor(theirs, path.slice(THEIRS.length - 1)) : fileFor(dist, path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, ...Object.fromEntries(headersFor(rules, path)) };
    let body: Buffer = readFileSync(file);
    if (/text|json|svg/.test(type) && /\bbr\b/.test(String(request.headers['accept-encoding']))) {
      body = compressed.get(file) ?? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      compressed.set(file, body);
      headers['content-encoding'] = 'br';
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => server.close(),
  };
}

/**
 * Injected before any of the page's own code, the same in both pages: sets window.chartOnScreen
 * to the time of the first frame painted once the chart's <svg> is whole (the parser has gone past
 * it, or the script appended it whole) and the fonts its text uses have loaded.
 */
function chartObserver(): void {
  let seen = false;
  const whole = (svg: Element) => {
    if (document.readyState !== 'loading') return true;
    for (let node: Node | null = svg; node && node !== document; node = node.parentNode)
      if (node.nextSibling) return true;
    return false;
  };
  const check = () => {
    const svg = document.querySelector('svg.chart');
    if (seen || !svg || !whole(svg)) return;
    seen = true;
    observer.disconnect();
    (window as unknown as { chartInDom: number }).chartInDom = performance.now();
    // Style and layout now, so that the faces its text uses start loading and fonts.ready waits for them.
    svg.getBoundingClientRect();
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          (window as unknown as { chartOnScreen: number }).chartOnScreen = performance.now();
        }),
      ),
    );
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', check);
}

async function coldLoad(browser: Browser, url: string, throttled = true): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(chartObserver);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const types = new Map<string, string>();
  const load: Load = { firstPaint: 0, chartInDom: 0, chartOnScreen: 0, bytes: 0, jsBytes: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    load.bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') load.jsBytes += e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => 'chartOnScreen' in window, undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const times = await page.evaluate(() => {
    const seen = window as unknown as { chartInDom: number; chartOnScreen: number };
    return {
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
      chartInDom: seen.chartInDom,
      chartOnScreen: seen.chartOnScreen,
    };
  });
  await context.close();
  return { ...load, ...times };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const medians = (loads: Load[]): Load => ({
  firstPaint: median(loads.map((l) => l.firstPaint)),
  chartInDom: median(loads.map((l) => l.chartInDom)),
  chartOnScreen: median(loads.map((l) => l.chartOnScreen)),
  bytes: median(loads.map((l) => l.bytes)),
  jsBytes: median(loads.map((l) => l.jsBytes)),
});

/** Null when no Chromium is installed. */
export async function measureSideBySide(dist: string): Promise<SideBySide | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'frontier-side-by-side-'));
  mkdirSync(dir, { recursive: true });
  await writeTheirPage(dist, dir);
  const server = await startServer(dist, dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const pages = { ours: `${server.url}${OURS}`, theirs: `${server.url}${THEIRS}` };
    // Unthrottled once each: the server compresses every file before anything is timed.
    for (const url of Object.values(pages)) await coldLoad(browser, url, false);
    const loads: { ours: Load[]; theirs: Load[] } = { ours: [], theirs: [] };
    for (let i = 0; i < LOADS; i += 1)
      for (const side of ['ours', 'theirs'] as const) loads[side].push(await coldLoad(browser, pages[side]));
    return { ours: medians(loads.ours), theirs: medians(loads.theirs) };
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const met = (ok: boolean) => (ok ? 'ok' : 'not met');

export function sideBySideRows({ ours, theirs }: SideBySide): Row[] {
  const sooner = theirs.chartOnScreen / ours.chartOnScreen;
  const fewer = theirs.bytes / ours.bytes;
  return [
    {
      metric: 'first paint',
      value: `ours ${ms(ours.firstPaint)} · theirs ${ms(theirs.firstPaint)} · ${ms(Math.abs(theirs.firstPaint - ours.firstPaint))} ${ours.firstPaint <= theirs.firstPaint ? 'sooner' : 'later'}`,
      budget: 'no later than theirs',
      status: met(ours.firstPaint <= theirs.firstPaint),
    },
    {
      // Before its fonts: ours is parsed from the HTML, theirs drawn once script and data are in.
      metric: 'chart whole in the DOM',
      value: `ours ${ms(ours.chartInDom)} · theirs ${ms(theirs.chartInDom)}`,
      budget: '',
      status: '',
    },
    {
      metric: 'chart on screen',
      value: `ours ${ms(ours.chartOnScreen)} · theirs ${ms(theirs.chartOnScreen)} · ${sooner.toFixed(2)}× sooner`,
      budget: '≥ 3× sooner',
      status: met(sooner >= 3),
    },
    {
      metric: 'bytes transferred',
      value: `ours ${kb(ours.bytes)} · theirs ${kb(theirs.bytes)} · ${fewer.toFixed(1)}× fewer`,
      budget: '≥ 10× fewer',
      status: met(fewer >= 10),
    },
    {
      metric: 'JS bytes',
      value: `ours ${kb(ours.jsBytes)} · theirs ${kb(theirs.jsBytes)} · ${(theirs.jsBytes / ours.jsBytes).toFixed(0)}× less`,
      budget: '',
      status: '',
    },
  ];
}
