/** The built embed files, read as a host, a crawler or an oEmbed consumer would: one set per chart in the registry. */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { SECTIONS } from '../../src/story/sections.ts';
import { embedById } from '../../src/embed/model.ts';
import { expectShortCreditWithEverySource } from '../helpers/credit.ts';

const SITE = 'http://localhost:4321';
const read = (path: string) => parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document as unknown as Document;
const page = (id: string) => read(`/embed/${id}/`);
/** The ids of the chart SVGs on a page (each SVG's title id: <chart>[-<state>]-<width>-title). */
const svgIds = (doc: Document) => [...doc.querySelectorAll('svg[role="img"] > title')].map((e) => e.id);
const json = (path: string) => JSON.parse(readFileSync(`dist${path}`, 'utf8'));
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(charts.map((c) => [c.id, c] as const))('embed of %s', (id, chart) => {
  test(
    'is a page with the chart alone: title, its complete state once as inline SVG (one artboard per ' +
      'width, no story state), its description for screen readers, sources, as-of date, the table ' +
      'behind a disclosure, a link back',
    () => {
      const doc = page(id);
      expect(doc.querySelector('h1')?.textContent).toBe(chart.title);
      expect(doc.querySelectorAll('figure')).toHaveLength(1);
      expect(doc.querySelector('figure')?.getAttribute('data-state')).toBe('complete');
      expect(svgIds(doc)).toEqual(chart.widths.map((w) => `${id}-${w}-title`));
      expect(doc.querySelector('.embed-state, .embed-states')).toBeNull();
      const caption = doc.querySelector('figure > figcaption');
      expect(caption?.textContent).toBe(embedById(SITE, id).chart.description);
      expect(caption?.classList.contains('visually-hidden')).toBe(true);
      expect(doc.querySelector('.figure-credit')?.textContent).toMatch(/Facts as of/);
      expectShortCreditWithEverySource(doc.documentElement, embedById(SITE, id).chart);
      expect(doc.querySelector('details.chart-table table.data-table')).not.toBeNull();
      const section = SECTIONS.find((s) => s.chart === id);
      expect(doc.querySelector('.embed-footer a')?.getAttribute('href')).toBe(`${SITE}/#${section?.id ?? id}`);
    },
  );

  test('has a page per story state, showing that state alone with its caption, and one with them all in order', () => {
    const alts = embedById(SITE, id).states.map((s) => s.alt);
    expect(alts).toHaveLength(chart.steps.length);
    chart.steps.forEach((step, k) => {
      const doc = read(`/embed/${id}/step/${k + 1}/`);
      expect(doc.querySelector('h1')?.textContent).toBe(chart.title);
      expect(doc.querySelectorAll('figure')).toHaveLength(1);
      expect(doc.querySelector('figure')?.getAttribute('data-state')).toBe(step.id);
      expect(svgIds(doc)).toEqual(chart.widths.map((w) => `${id}-${step.id}-${w}-title`));
      const caption = doc.querySelector('figure > figcaption');
      expect(caption?.textContent).toBe(alts[k]);
      expect(caption?.classList.contains('visually-hidden')).toBe(false);
      expect(doc.querySelector('details.chart-table table.data-table')).not.toBeNull();
    });
    const all = read(`/embed/${id}/steps/`);
    const states = [...all.querySelectorAll('ol.embed-states > li.embed-state')];
    expect(states.map((li) => li.getAttribute('data-state'))).toEqual(chart.steps.map((s) => s.id));
    expect(states.map((li) => li.id)).toEqual(chart.steps.map((_, k) => `step-${k + 1}`));
    expect(states.map((li) => li.querySelector('figcaption')?.textContent)).toEqual(alts);
    expect(svgIds(all)).toEqual(chart.steps.flatMap((s) => chart.widths.map((w) => `${id}-${s.id}-${w}-title`)));
  });

  test('every page of it (complete, each state, all of them) is canonical to the story and not indexed', () => {
    const section = SECTIONS.find((s) => s.chart === id);
    const paths = [`/embed/${id}/`, `/embed/${id}/steps/`, ...chart.steps.map((_, k) => `/embed/${id}/step/${k + 1}/`)];
    for (const path of paths) {
      const doc = read(path);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(
        `${SITE}/#${section?.id ?? id}`,
      );
      expect(meta(doc, 'robots'), path).toBe('noindex');
    }
  });

  test('is canonical to its place in the story, not indexed, with absolute social cards and oEmbed discovery', () => {
    const doc = page(id);
    const section = SECTIONS.find((s) => s.chart === id);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/#${section?.id ?? id}`);
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(meta(doc, 'og:image')).toBe(`${SITE}/embed/${id}/preview.png`);
    expect(meta(doc, 'og:image:alt')).toBe(doc.querySelector('.figure-description')?.textContent);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'og:title')).toBe(chart.title);
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute('href')).toBe(`${SITE}/oembed/${id}.json`);
  });

  test('has a preview image, made at build time, 1200 px wide', () => {
    const bytes = readFileSync(`dist/embed/${id}/preview.png`);
    const { width, height } = pngSize(bytes);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(300);
  });

  test('has an oEmbed 1.0 rich response whose html is the embed code, with size and thumbnail', () => {
    const o = json(`/oembed/${id}.json`);
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: chart.title,
      provider_name: 'Frontier',
      provider_url: `${SITE}/`,
      thumbnail_url: `${SITE}/embed/${id}/preview.png`,
      thumbnail_width: 1200,
    });
    expect(o.width).toBe(600);
    expect(o.height).toBeGreaterThan(200);
    // The height oEmbed gives is the space the embed code reserves: both are the complete chart's.
    expect(o.html).toContain(`aspect-ratio:600/${o.height};`);
    expect(o.html).toContain(`width="600" height="${o.height}"`);
    expect(o.height).toBe(embedById(SITE, id).size.height);
    expect(o.thumbnail_height).toBe(pngSize(readFileSync(`dist/embed/${id}/preview.png`)).height);
    const manifest = json('/charts.json').charts.find((c: { id: string }) => c.id === id);
    expect(o.html).toBe(manifest.embedCode);
  });
});

test('embeds are sized like charts: the space reserved at 600 px is at most 800 px for most, 1,600 px for any', () => {
  const heights = json('/charts.json')
    .charts.map((c: { embedCode: string }) => Number(/aspect-ratio:600\/(\d+)/.exec(c.embedCode)![1]))
    .sort((a: number, b: number) => a - b);
  expect(heights).toHaveLength(charts.length);
  const median = (heights[(heights.length - 1) >> 1] + heights[heights.length >> 1]) / 2;
  expect(median).toBeLessThanOrEqual(800);
  expect(heights.at(-1)).toBeLessThanOrEqual(1600);
});

describe('the embed code', () => {
  const code: string = json('/charts.json').charts[0].embedCode;
  const doc = parseHTML(`<!doctype html><html><body>${code}</body></html>`).document as unknown as Document;
  const iframe = doc.querySelector('iframe')!;

  test(
    'is a titled, lazy, sandboxed iframe with no same-origin or top navigation, no referrer, ' +
      'and its space reserved',
    () => {
      expect(iframe.getAttribute('title')).toBe(charts[0]!.title);
      expect(iframe.getAttribute('loading')).toBe('lazy');
      expect(iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
      expect(iframe.getAttribute('referrerpolicy')).toBe('no-referrer');
      expect(iframe.getAttribute('style')).toMatch(/aspect-ratio:600\/\d+/);
    },
  );

  test('carries a listener that sets only the height of the iframe that sent the message, within 50–10,000 px', () => {
    const script = doc.querySelector('script')!.textContent!;
    expect(script).toContain('contentWindow===e.source');
    expect(script).toContain('isFinite(h)');
    expect(script).toMatch(/h<50\|\|h>10000/);
    expect(script).not.toMatch(/location|eval|Function\(|innerHTML|src=/);
  });
});

describe('the manifest', () => {
  test('lists every chart with its URLs, embed code, sources, as-of date and version', () => {
    const list = json('/charts.json').charts;
    expect(list.map((c: { id: string }) => c.id)).toEqual(charts.map((c) => c.id));
    for (const c of list) {
      expect(Object.keys(c).sort()).toEqual(
        [
          'asOf',
          'description',
          'embedCode',
          'embedUrl',
          'id',
          'imageUrl',
          'oembedUrl',
          'sequenceUrl',
          'sources',
          'steps',
          'title',
          'version',
        ].sort(),
      );
      expect(c.embedUrl).toBe(`${SITE}/embed/${c.id}/`);
      expect(c.sequenceUrl).toBe(`${SITE}/embed/${c.id}/steps/`);
      const chart = charts.find((x) => x.id === c.id)!;
      expect(c.steps).toEqual(
        chart.steps.map((s, k) => ({
          n: k + 1,
          id: s.id,
          alt: embedById(SITE, c.id).states[k]!.alt,
          embedUrl: `${SITE}/embed/${c.id}/step/${k + 1}/`,
        })),
      );
      for (const url of [c.sequenceUrl, ...c.steps.map((s: { embedUrl: string }) => s.embedUrl)])
        expect(existsSync(`dist${new URL(url).pathname}index.html`), url).toBe(true);
      expect(c.version).toMatch(/^[0-9a-f]{10}$/);
      expect(c.sources.length).toBeGreaterThan(0);
      expect(existsSync(`dist/oembed/${c.id}.json`)).toBe(true);
    }
  });

  test('each embed page shows the version the manifest gives', () => {
    const list = json('/charts.json').charts;
    expect(list).toHaveLength(charts.length);
    for (const c of list) expect(page(c.id).querySelector('.embed-version')?.textContent).toContain(c.version);
  });
});

test('the story offers each chart\u2019s embed code, as text that works without JavaScript', () => {
  const doc = parseHTML(readFileSync('dist/index.html', 'utf8')).document as unknown as Document;
  const manifest = json('/charts.json').charts;
  // A textarea's text is escapable raw text: browsers decode its entities, linkedom does not.
  const decode = (text: string) =>
    text.replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
    );
  expect(manifest).toHaveLength(charts.length);
  for (const c of manifest)
    expect(decode(doc.querySelector(`#${c.id} textarea.embed-code-text`)?.innerHTML ?? '')).toBe(c.embedCode);
});
