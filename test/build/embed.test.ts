/** The built embed files, read as a host, a crawler or an oEmbed consumer would: one set per chart in the registry. */
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { SECTIONS } from '../../src/story/sections.ts';
import { embedById } from '../../src/embed/model.ts';
import { expectShortCreditWithEverySource } from '../helpers/credit.ts';

const SITE = 'http://localhost:4321';
const page = (id: string) =>
  parseHTML(readFileSync(`dist/embed/${id}/index.html`, 'utf8')).document as unknown as Document;
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
    'is a page with the chart alone: title, every state as inline SVG, sources, as-of date, ' +
      'the table behind a disclosure, a link back',
    () => {
      const doc = page(id);
      expect(doc.querySelector('h1')?.textContent).toBe(chart.title);
      expect(doc.querySelectorAll('.embed-state').length).toBe(Math.max(1, chart.steps.length));
      expect(doc.querySelectorAll('.embed-state svg[role="img"]').length).toBe(
        Math.max(1, chart.steps.length) * chart.widths.length,
      );
      expect(doc.querySelector('.figure-credit')?.textContent).toMatch(/Facts as of/);
      expectShortCreditWithEverySource(doc.documentElement, embedById(SITE, id).chart);
      expect(doc.querySelector('details.chart-table table.data-table')).not.toBeNull();
      const section = SECTIONS.find((s) => s.chart === id);
      expect(doc.querySelector('.embed-footer a')?.getAttribute('href')).toBe(`${SITE}/#${section?.id ?? id}`);
    },
  );

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
    expect(o.thumbnail_height).toBe(pngSize(readFileSync(`dist/embed/${id}/preview.png`)).height);
    const manifest = json('/charts.json').charts.find((c: { id: string }) => c.id === id);
    expect(o.html).toBe(manifest.embedCode);
  });
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
          'sources',
          'title',
          'version',
        ].sort(),
      );
      expect(c.embedUrl).toBe(`${SITE}/embed/${c.id}/`);
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
