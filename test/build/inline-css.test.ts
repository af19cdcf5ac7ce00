/**
 * One round trip: every built page carries its CSS inline and links nothing render-blocking,
 * and dist/_headers allows each inline <style> by its SHA-256 in the one policy serving its path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { headersFor, matches, parseHeadersFile } from '../../src/lib/http/headers-file.ts';

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const pathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
/** What Chromium hashes: the element's text, from the bytes as written (read here without a DOM). */
const styleTexts = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('the story, the changes page and every embed are built', () => {
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'changes/index.html', 'embed/border-map/index.html']));
});

test.each(pages)('%s has its CSS inline, allowed by hash in the one policy serving it', (file) => {
  const html = readFileSync(join('dist', file), 'utf8');
  const styles = styleTexts(html);
  expect(styles.length).toBeGreaterThan(0);
  const policies = rules.filter(
    (r) =>
      matches(r.pattern, pathOf(file)) && r.headers.some(([name]) => name.toLowerCase() === 'content-security-policy'),
  );
  expect(policies.map((r) => r.pattern)).toHaveLength(1);
  const csp = headersFor(rules, pathOf(file)).get('content-security-policy')!;
  expect(csp).not.toContain('unsafe-inline');
  const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src '))!;
  for (const text of styles) expect(styleSrc).toContain(sha256(text));
});

test.each(pages)('%s links no render-blocking stylesheet or script, and has no style attribute', (file) => {
  const { document } = parseHTML(readFileSync(join('dist', file), 'utf8'));
  expect(document.querySelectorAll('link[rel~="stylesheet"]').length).toBe(0);
  for (const script of document.querySelectorAll('script[src]'))
    expect(
      script.getAttribute('type') === 'module' || script.hasAttribute('defer') || script.hasAttribute('async'),
      script.outerHTML,
    ).toBe(true);
  expect(document.querySelectorAll('[style]').length).toBe(0);
});

test('dist/_headers sets no header twice on any page, and repeats each page kind’s font preloads as a Link header', () => {
  for (const file of pages) {
    const names = rules
      .filter((r) => matches(r.pattern, pathOf(file)))
      .flatMap((r) => r.headers.map(([name]) => name.toLowerCase()));
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      file,
    ).toEqual([]);
  }
  for (const file of ['index.html', 'embed/border-map/index.html']) {
    const { document } = parseHTML(readFileSync(join('dist', file), 'utf8'));
    const preloads = [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute('href'));
    expect(preloads.length, file).toBeGreaterThan(0);
    const link = headersFor(rules, pathOf(file)).get('link') ?? '';
    expect(
      [...link.matchAll(/<([^>]+)>; rel=preload/g)].map((m) => m[1]),
      file,
    ).toEqual(preloads);
  }
});
