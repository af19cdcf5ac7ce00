/**
 * Every chart embedded as other sites embed it: cross-origin (the host on localhost, the embeds on
 * 127.0.0.1), sandboxed, at 320, 600 and 1000 px; with our snippet, with pym.js as published on
 * npm, and with a Datawrapper-style listener. Plus each embed page alone (the complete chart, a
 * state, the sequence): options, JS off, axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { axe, describeViolations, launch, openPage, siteUrl } from './browser.ts';
import { startHost, type Host } from './host.ts';
import { CHART_IDS } from '../../src/charts/ids.ts';

interface ManifestEntry {
  id: string;
  title: string;
  embedUrl: string;
  embedCode: string;
}

let browser: Browser;
let host: Host;
let manifest: ManifestEntry[];
beforeAll(async () => {
  browser = await launch();
  host = await startHost();
  manifest = ((await (await fetch(new URL('/charts.json', siteUrl()))).json()) as { charts: ManifestEntry[] }).charts;
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The built site's public origin is a placeholder here: point URLs at the test server. */
const local = (text: string) => text.replaceAll(new URL(manifest[0]!.embedUrl).origin, siteUrl());
const WIDTHS = [320, 600, 1000];

async function hostPage(html: string, width: number): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors.push(`${m.text()} (${m.location().url})`) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(host.page(html));
  return { page, errors, requests };
}

async function embedFrame(page: Page, selector = 'iframe'): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Waits (up to 10 s) until the iframe is as tall as its page (±1 px) and the page has nothing
 * left to scroll, then returns what it measured last; a test then asserts on it.
 */
async function settled(page: Page, frame: Frame, selector = 'iframe') {
  const measure = async () => {
    const inner = await frame.evaluate(() => ({
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrollable: document.documentElement.scrollHeight > window.innerHeight + 1,
    }));
    return { iframe: await page.$eval(selector, (f) => f.getBoundingClientRect().height), ...inner };
  };
  const started = Date.now();
  let m = await measure();
  while ((Math.abs(m.iframe - m.content) > 1 || m.scrollable) && Date.now() - started < 10_000) {
    await page.waitForTimeout(100);
    m = await measure();
  }
  return m;
}

describe('the manifest', () => {
  test('lists every chart in the registry, each with its embed code', () => {
    expect(manifest.map((c) => c.id).sort()).toEqual([...CHART_IDS].sort());
    for (const c of manifest) expect(c.embedCode).toContain(`src="${c.embedUrl}"`);
  });
});

describe.each(WIDTHS)('embedded with our snippet at %i px', (width) => {
  test.each(CHART_IDS)(
    '%s settles at its content height, with no inner scrollbar, no error and no third-party request',
    async (id) => {
      const entry = manifest.find((c) => c.id === id)!;
      const { page, errors, requests } = await hostPage(local(entry.embedCode), width);
      const frame = await embedFrame(page);
      const m = await settled(page, frame);
      expect(Math.abs(m.iframe - m.content)).toBeLessThanOrEqual(1);
      expect(m.scrollable).toBe(false);
      expect(m.content).toBeGreaterThan(200);
      // The chart's scripts ran inside the sandbox: the height came from them.
      expect(await page.$eval('iframe', (f) => f.getAttribute('sandbox'))).toBe(
        'allow-scripts allow-popups allow-popups-to-escape-sandbox',
      );
      expect(errors).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(host.origin) && !url.startsWith(siteUrl()))).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      await page.context().close();
    },
  );
});

test(
  'each embed settles within the height its snippet reserves at 600 px (at most 3% taller, 10% shorter), ' +
    'and no taller than 1,600 px: the host barely moves',
  async () => {
    const misses: string[] = [];
    expect(manifest).toHaveLength(CHART_IDS.length);
    for (const entry of manifest) {
      const { page } = await hostPage(local(entry.embedCode), 600);
      const reserved = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
      const m = await settled(page, await embedFrame(page));
      if (m.content > reserved * 1.03 || m.content < reserved * 0.9 || m.content > 1600)
        misses.push(`${entry.id}: reserved ${reserved}, settled ${m.content}`);
      await page.context().close();
    }
    expect(misses).toEqual([]);
  },
);

test('an embed code pointed at ?step=<n> shows that state, sandboxed, and the iframe fits it', async () => {
  const entry = manifest.find((c) => c.id === 'border-map')!;
  const code = local(entry.embedCode).replace(
    `src="${local(entry.embedUrl)}"`,
    `src="${local(entry.embedUrl)}?step=3"`,
  );
  expect(code).toContain('?step=3"');
  const { page, errors } = await hostPage(code, 600);
  const frame = await embedFrame(page);
  await expect.poll(() => frame.url()).toBe(new URL('/embed/border-map/step/3/', siteUrl()).href);
  await frame.waitForLoadState('load');
  const m = await settled(page, frame);
  expect(Math.abs(m.iframe - m.content)).toBeLessThanOrEqual(1);
  expect(await frame.locator('figure').evaluateAll((f) => f.map((e) => e.getAttribute('data-state')))).toEqual([
    'nineveh',
  ]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the embed is not told where it is embedded: no referrer, no host URL or title in its address', async () => {
  const entry = manifest[0]!;
  const context = await browser.newContext();
  const page = await context.newPage();
  const embedRequest = page.waitForRequest((r) => r.url().startsWith(local(entry.embedUrl)));
  await page.goto(host.page(local(entry.embedCode)));
  const request = await embedRequest;
  expect(request.headers().referer).toBeUndefined();
  expect(request.url()).toBe(local(entry.embedUrl));
  const frame = await embedFrame(page);
  expect(await frame.evaluate(() => document.referrer)).toBe('');
  await context.close();
});

describe('messages', () => {
  const foreign =
    `<iframe id="foreign" title="Another site" sandbox="allow-scripts" ` +
    `srcdoc="<script>function go(){parent.postMessage({type:'frontier:height',height:777},'*');` +
    `parent.postMessage({'datawrapper-height':{x:777}},'*');` +
    `try{parent.frames[0].postMessage({type:'frontier:theme',theme:'dark'},'*')}catch(e){}}` +
    `go();setInterval(go,50)</script>"></iframe>`;

  test('from a foreign frame, the host itself or with a bad height they are ignored; ours are obeyed', async () => {
    const entry = manifest.find((c) => c.id === 'border-length')!;
    const { page } = await hostPage(`${local(entry.embedCode)}${foreign}`, 600);
    const frame = await embedFrame(page, 'iframe[data-frontier-embed]');
    const m = await settled(page, frame, 'iframe[data-frontier-embed]');
    await page.waitForTimeout(300);
    const height = () => page.$eval('iframe[data-frontier-embed]', (f) => f.getBoundingClientRect().height);
    expect(await height()).toBe(m.content);
    // The foreign frame's theme message did not reach the chart's colours.
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await page.evaluate(() => window.postMessage({ type: 'frontier:height', height: 888 }, '*'));
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e9, 20, '500', null]) {
      await frame.evaluate((h) => parent.postMessage({ type: 'frontier:height', height: h }, '*'), bad);
    }
    await page.waitForTimeout(200);
    expect(await height()).toBe(m.content);
    // The same path with a good height works, so the checks above could have failed.
    await frame.evaluate(() => parent.postMessage({ type: 'frontier:height', height: 1234 }, '*'));
    await expect.poll(height).toBe(1234);
    await page.context().close();
  });

  test('the host can switch the theme at run time', async () => {
    const entry = manifest.find((c) => c.id === 'border-map')!;
    const { page } = await hostPage(local(entry.embedCode), 600);
    const frame = await embedFrame(page);
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.evaluate(() =>
      document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'frontier:theme', theme: 'dark' }, '*'),
    );
    await expect.poll(background).toBe('rgb(18, 20, 22)');
    await page.context().close();
  });
});

describe('with the listeners other tools publish', () => {
  test.each(CHART_IDS)('pym.js (from npm, unmodified) resizes our iframe for %s', async (id) => {
    const entry = manifest.find((c) => c.id === id)!;
    const html =
      `<div id="pym-${id}"></div><script src="/pym.v1.min.js"></script><script>new ` +
      `pym.Parent(${JSON.stringify(`pym-${id}`)}, ${JSON.stringify(local(entry.embedUrl))}, { ` +
      `sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox', title: ` +
      `${JSON.stringify(entry.title)} });</script>`;
    const { page, errors } = await hostPage(html, 600);
    const frame = await embedFrame(page);
    const m = await settled(page, frame);
    expect(Math.abs(m.iframe - m.content)).toBeLessThanOrEqual(1);
    expect(m.content).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Datawrapper publishes its listener only inside its embed codes, not on npm: this host runs one
  // written to the same contract (find the iframe whose window sent {"datawrapper-height": {id: h}}
  // and set its CSS height), with no knowledge of our own message.
  test.each(CHART_IDS)('a Datawrapper-style host listener resizes our iframe for %s', async (id) => {
    const entry = manifest.find((c) => c.id === id)!;
    const html =
      `<iframe title=${JSON.stringify(entry.title)} src="${local(entry.embedUrl)}" ` +
      `style="width:100%;border:none" ` +
      `height="400"></iframe><script>window.addEventListener("message",function(e){var ` +
      `d=e.data&&e.data["datawrapper-height"];if(!d)return;var ` +
      `fs=document.querySelectorAll("iframe");for(var k in d)for(var ` +
      `i=0;i<fs.length;i++)if(fs[i].contentWindow===e.source)fs[i].style.height=d[k]+"px"});</script>`;
    const { page } = await hostPage(html, 600);
    const m = await settled(page, await embedFrame(page));
    expect(Math.abs(m.iframe - m.content)).toBeLessThanOrEqual(1);
    expect(m.content).not.toBe(400);
    await page.context().close();
  });
});

describe('an embed page on its own', () => {
  /** Errors but the requests a page aborts as it forwards to another (its font, still loading). */
  const realErrors = (errors: string[]) => errors.filter((e) => !/^request failed: .* \(net::ERR_ABORTED\)$/.test(e));
  /** The states a reader sees: each shown figure's state id, top to bottom. */
  const shownStates = (page: Page) =>
    page
      .locator('figure')
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetHeight > 0)
          .map((e) => e.closest('[data-state]')!.getAttribute('data-state')),
      );

  test('with no option it shows the complete chart once; ?step=<n> lands on that state\u2019s page, keeping ?theme', async () => {
    const { page, errors } = await openPage(browser, '/embed/border-map/');
    expect(await shownStates(page)).toEqual(['complete']);
    await page.goto(new URL('/embed/border-map/?step=2&theme=dark', siteUrl()).href);
    await page.waitForURL(/\/step\/2\//);
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/embed/border-map/step/2/?theme=dark');
    expect(await shownStates(page)).toEqual(['kurdistan']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
    // A step it does not have leaves the complete chart.
    await page.goto(new URL('/embed/border-map/?step=9', siteUrl()).href);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/embed/border-map/');
    expect(await shownStates(page)).toEqual(['complete']);
    expect(realErrors(errors)).toEqual([]);
    await page.context().close();
  });

  test('?steps=all lands on the sequence: every state stacked, in the story\u2019s order', async () => {
    const { page, errors } = await openPage(browser, '/embed/timeline/?steps=all');
    await page.waitForURL(/\/steps\/$/);
    await page.waitForLoadState('load');
    const states = await shownStates(page);
    expect(states).toEqual(['fighting', 'prisons', 'iraq', 'transfers', 'coalition', 'february']);
    const tops = await page.locator('figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(realErrors(errors)).toEqual([]);
    await page.context().close();
  });

  test('?theme=dark and ?theme=light override the reader\u2019s scheme; ?plain drops header and footer', async () => {
    const { page } = await openPage(browser, '/embed/border-map/?theme=dark', { colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
    await page.goto(new URL('/embed/border-map/?theme=light', siteUrl()).href);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.goto(new URL('/embed/border-map/?plain', siteUrl()).href);
    expect(await page.locator('.embed-header').isVisible()).toBe(false);
    expect(await page.locator('.embed-footer').isVisible()).toBe(false);
    expect(await page.locator('.figure-credit').isVisible()).toBe(true);
    await page.context().close();
  });

  test.each(CHART_IDS)(
    '%s is complete with JavaScript off: title, its chart once (one artboard) described for screen readers, ' +
      'credit, sources and the link back; each state\u2019s page and the sequence show theirs with captions',
    async (id) => {
      const { page, errors } = await openPage(browser, `/embed/${id}/?step=2`, {
        javaScriptEnabled: false,
        viewport: { width: 600, height: 800 },
      });
      expect(await page.locator('h1').textContent()).toBe(manifest.find((c) => c.id === id)!.title);
      // Without scripts ?step=<n> cannot forward: the complete chart shows, once.
      expect(await shownStates(page)).toEqual(['complete']);
      const shownArtboards = (scope: Locator) =>
        scope
          .locator('.artboard svg')
          .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).length);
      expect(await shownArtboards(page.locator('figure'))).toBe(1);
      const caption = page.locator('figure figcaption');
      expect((await caption.textContent())!.length).toBeGreaterThan(20);
      expect(await caption.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
      expect(await page.locator('.chart-sources > summary').textContent()).toMatch(/^Sources: /);
      expect(await page.locator('.chart-sources .source-items a').count()).toBeGreaterThan(0);
      expect(await page.locator('.embed-footer > a').getAttribute('href')).toMatch(/\/#[a-z0-9-]+$/);
      for (const path of [`/embed/${id}/step/1/`, `/embed/${id}/steps/`]) {
        await page.goto(new URL(path, siteUrl()).href);
        const figures = await page.locator('figure').all();
        expect(figures.length, path).toBeGreaterThan(0);
        for (const figure of figures) {
          expect(await shownArtboards(figure), path).toBe(1);
          const text = figure.locator('figcaption');
          expect((await text.textContent())!.length, path).toBeGreaterThan(20);
          expect(await text.evaluate((e) => e.getBoundingClientRect().height), path).toBeGreaterThan(10);
        }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  test.each(['detention-map', 'border-map'])(
    '%s: no map label overlaps another label or a marker, as the browser draws them (320 and 1000 px, every state)',
    async (id) => {
      for (const [width, path] of [320, 1000].flatMap((w) =>
        [`/embed/${id}/`, `/embed/${id}/steps/`].map((p) => [w, p] as const),
      )) {
        const { page } = await openPage(browser, path, { viewport: { width, height: 800 } });
        await page.evaluate(() => document.fonts.ready);
        const clashes = await page.$$eval('.artboard svg', (svgs) => {
          const boxes = (svg: Element, selector: string) =>
            [...svg.querySelectorAll(selector)].map((e) => ({ e, r: e.getBoundingClientRect() }));
          const meet = (a: DOMRect, b: DOMRect) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          const name = (e: Element) => (e.textContent ?? '').slice(0, 30);
          const found: string[] = [];
          for (const svg of svgs) {
            if (svg.getBoundingClientRect().height === 0) continue;
            const labels = boxes(svg, '.labels text');
            const marks = boxes(svg, '.site-symbol, .crossing-symbol');
            labels.forEach((a, i) => {
              for (const b of labels.slice(i + 1)) if (meet(a.r, b.r)) found.push(`${name(a.e)} × ${name(b.e)}`);
              for (const m of marks) if (meet(a.r, m.r)) found.push(`${name(a.e)} × a marker`);
            });
          }
          return found;
        });
        expect(clashes, `${path} at ${width} px`).toEqual([]);
        await page.context().close();
      }
    },
  );

  test.each(CHART_IDS)(
    '%s: its first state\u2019s page and the sequence have no accessibility violations (axe, dark, 1000 px)',
    async (id) => {
      for (const path of [`/embed/${id}/step/1/`, `/embed/${id}/steps/`]) {
        const { page } = await openPage(browser, path, {
          colorScheme: 'dark',
          viewport: { width: 1000, height: 800 },
          bypassCSP: true,
        });
        const violations = await axe(page);
        expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
        await page.context().close();
      }
    },
  );

  test.each(CHART_IDS)('%s has no accessibility violations (axe), light and dark, 320 and 1000 px', async (id) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [320, 1000]) {
        const { page } = await openPage(browser, `/embed/${id}/`, {
          colorScheme,
          viewport: { width, height: 800 },
          bypassCSP: true,
        });
        const violations = await axe(page);
        expect(violations, `${colorScheme} ${width}px: ${describeViolations(violations)}`).toEqual([]);
        await page.context().close();
      }
    }
  });
});

test('in the story, "Copy embed code" puts the chart\u2019s embed code on the clipboard', async () => {
  const { page, errors } = await openPage(browser, '/', { permissions: ['clipboard-read', 'clipboard-write'] });
  const box = page.locator('#border-map details.embed-code');
  await box.locator('summary').click();
  await box.locator('button.embed-code-copy').click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(manifest.find((c) => c.id === 'border-map')!.embedCode);
  expect(await box.locator('[role="status"]').textContent()).toBe('Copied');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the "What changed" page has no accessibility violations, light and dark, and no errors', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { page, errors } = await openPage(browser, '/changes/', { colorScheme, bypassCSP: true });
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }
});
