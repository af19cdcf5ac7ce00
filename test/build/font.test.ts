/**
 * The chart font in the built site: self-hosted woff2 subsets with content-hashed names, cached
 * immutably, allowed by the CSP, preloaded where charts are drawn, covering every character the
 * pages draw in SVG text, shaping as the full font does, and made the same way on every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { parseHTML } from 'linkedom';
import { expect, inject, test } from 'vitest';
import { faceFor, facePath } from '../../src/charts/kit/font.ts';
import { drawnCharacters, subsetFace, svgTexts } from '../../src/lib/font/subset.ts';

const ASSET = /^\/_astro\/frontier-sans-(400|600)\.[\w-]{8}\.woff2$/;
const page = (path: string) => parseHTML(readFileSync(join('dist', path), 'utf8')).document;
const pages = (dir = 'dist'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );

/** The woff2 files the @font-face rules of a page's inline CSS name, by weight. */
function fontFaces(path: string): Map<string, string> {
  const faces = new Map<string, string>();
  for (const style of page(path).querySelectorAll('style')) {
    for (const rule of (style.textContent ?? '').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      expect(rule[1]).toMatch(/font-family:\s*["']?Frontier Sans["']?/);
      // Labels placed with this face's metrics wait for it rather than misfit in a fallback.
      expect(rule[1]).toMatch(/font-display:\s*block/);
      faces.set(/font-weight:\s*(\d+)/.exec(rule[1]!)![1]!, /url\(["']?([^"')]+)["']?\)/.exec(rule[1]!)![1]!);
    }
  }
  return faces;
}

const shipped = () =>
  readdirSync('dist/_astro')
    .filter((f) => f.endsWith('.woff2'))
    .sort();
const open = (file: string) => fontkit.create(readFileSync(join('dist/_astro', file))) as fontkit.Font;

test(
  'two weights ship, as woff2 named by their content, declared for the story, ' +
    'the embeds and the changes page alike',
  () => {
    expect(
      shipped()
        .map((f) => `/_astro/${f}`)
        .every((url) => ASSET.test(url)),
    ).toBe(true);
    expect(shipped()).toHaveLength(2);
    for (const path of ['index.html', 'embed/border-map/index.html', 'changes/index.html']) {
      const faces = fontFaces(path);
      expect([...faces.keys()].sort(), path).toEqual(['400', '600']);
      expect([...faces.values()].map((url) => url.replace('/_astro/', '')).sort()).toEqual(shipped());
    }
  },
);

test('the story and every embed preload both weights; a page without charts does not', () => {
  const preloads = (path: string) =>
    [...page(path).querySelectorAll('link[rel="preload"]')].map((l) => [
      l.getAttribute('href'),
      l.getAttribute('as'),
      l.getAttribute('type'),
      l.hasAttribute('crossorigin'),
    ]);
  const faces = fontFaces('index.html');
  const both = ['400', '600'].map((weight) => [faces.get(weight), 'font', 'font/woff2', true]);
  expect(preloads('index.html')).toEqual(both);
  for (const id of readdirSync('dist/embed')) expect(preloads(`embed/${id}/index.html`), id).toEqual(both);
  expect(preloads('changes/index.html')).toEqual([]);
});

test(
  'the font files are served cacheable for a year, immutable, to any origin (sandboxed embeds), ' +
    'and allowed by the CSP',
  async () => {
    const site = inject('siteUrl');
    for (const file of shipped()) {
      const response = await fetch(new URL(`/_astro/${file}`, site));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('font/woff2');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
    for (const path of ['/', '/embed/border-map/'])
      expect((await fetch(new URL(path, site))).headers.get('content-security-policy')).toContain("font-src 'self'");
  },
);

test(
  'the licence travels with the font: in each file\u2019s names, ' + 'and as /fonts/OFL.txt, the package\u2019s own',
  () => {
    expect(readFileSync('dist/fonts/OFL.txt', 'utf8')).toBe(
      readFileSync('node_modules/@ibm/plex-sans/LICENSE.txt', 'utf8'),
    );
    for (const file of shipped()) {
      expect(open(file).getName('copyright', 'en'), file).toMatch(/IBM Corp/);
      expect(open(file).getName('license', 'en'), file).toMatch(/SIL Open Font License, Version 1\.1/);
    }
  },
);

test('every character drawn in SVG text on every page is in both shipped subsets', () => {
  const drawn = drawnCharacters(pages().flatMap((file) => svgTexts(readFileSync(file, 'utf8'))));
  expect(drawn.length).toBeGreaterThan(60);
  for (const file of shipped()) {
    const font = open(file);
    expect(
      drawn.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!)),
      file,
    ).toEqual([]);
  }
});

test('the subsets shape chart text exactly as the full fonts kit/text.ts measures', () => {
  const texts = [...new Set(pages().flatMap((file) => svgTexts(readFileSync(file, 'utf8'))))].slice(0, 400);
  for (const file of shipped()) {
    const weight = Number(/frontier-sans-(\d+)/.exec(file)![1]);
    const full = fontkit.create(readFileSync(facePath(faceFor('latin', weight)))) as fontkit.Font;
    const subset = open(file);
    for (const text of texts)
      expect(subset.layout(text).advanceWidth, `${text} (${weight})`).toBe(full.layout(text).advanceWidth);
  }
});

test('the subsets are what subsetting the package fonts gives, byte for byte: builds are reproducible', async () => {
  for (const file of shipped()) {
    const weight = Number(/frontier-sans-(\d+)/.exec(file)![1]);
    const chars = String.fromCodePoint(...open(file).characterSet);
    const { woff2 } = await subsetFace(faceFor('latin', weight), chars);
    expect(woff2.equals(readFileSync(join('dist/_astro', file))), file).toBe(true);
  }
});
