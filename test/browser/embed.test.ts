/**
 * Every chart embedded as other sites embed it: cross-origin (the host on localhost, the embeds on
 * 127.0.0.1), sandboxed, at 320, 600 and 1000 px; with our snippet, with pym.js as published on
 * npm, and with a Datawrapper-style listener. Plus each embed page alone: options, JS off, axe.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
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

test('the snippet reserves about the height the chart settles at (600 px): the host barely moves', async () => {
  const misses: string[] = [];
  expect(manifest).toHaveLength(CHART_IDS.length);
  for (const entry of manifest) {
    const { page } = await hostPage(local(entry.embedCode), 600);
    const reserved = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const m = await settled(page, await embedFrame(page));
    if (Math.abs(reserved - m.content) / m.content > 0.1)
      misses.push(`${entry.id}: reserved ${reserved}, settled ${m.content}`);
    await page.context().close();
  }
  expect(misses).toEqual([]);
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
  test('?step=<n> shows that state alone; with no step, every state is stacked in order', async () => {
    const { page } = await openPage(browser, '/embed/border-map/?step=2');
    const visible = () =>
      page
        .locator('.embed-state')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetHeight > 0).map((e) => e.id));
    expect(await visible()).toEqual(['step-2']);
    await page.goto(new URL('/embed/border-map/', siteUrl()).href);
    const all = await visible();
    expect(all.length).toBeGreaterThan(2);
    expect(all).toEqual(all.map((_, i) => `step-${i + 1}`));
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
    '%s is complete with JavaScript off: title, every state with its caption, credit, sources and the link back',
    async (id) => {
      const { page, errors } = await openPage(browser, `/embed/${id}/`, {
        javaScriptEnabled: false,
        viewport: { width: 600, height: 800 },
      });
      expect(await page.locator('h1').textContent()).toBe(manifest.find((c) => c.id === id)!.title);
      const states = page.locator('.embed-state');
      expect(await states.count()).toBeGreaterThan(0);
      for (const state of await states.all()) {
        // One artboard shows, the one for this width.
        expect(
          await state
            .locator('.artboard svg')
            .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).length),
        ).toBe(1);
        expect((await state.locator('figcaption').textContent())!.length).toBeGreaterThan(20);
      }
      expect(await page.locator('.chart-sources > summary').textContent()).toMatch(/^Sources: /);
      expect(await page.locator('.chart-sources .source-items a').count()).toBeGreaterThan(0);
      expect(await page.locator('.embed-footer > a').getAttribute('href')).toMatch(/\/#[a-z0-9-]+$/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  test.each(['detention-map', 'border-map'])(
    '%s: no map label overlaps another label or a marker, as the browser draws them (320 and 1000 px)',
    async (id) => {
      for (const width of [320, 1000]) {
        const { page } = await openPage(browser, `/embed/${id}/`, { viewport: { width, height: 800 } });
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
        expect(clashes, `${width} px`).toEqual([]);
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
