import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { headersFor, matches, parseHeadersFile } from '../../src/lib/http/headers-file.ts';

test('a pattern with * matches any run of characters, and nothing else', () => {
  expect(matches('/*', '/')).toBe(true);
  expect(matches('/_astro/*', '/_astro/index.abc.css')).toBe(true);
  expect(matches('/_astro/*', '/index.html')).toBe(false);
  expect(matches('/embed/*/', '/embed/border-map/')).toBe(true);
  expect(matches('/a.b', '/axb')).toBe(false);
});

test('every matching rule applies; a header set twice is joined, as static hosts do; names case-insensitive', () => {
  const rules = parseHeadersFile(
    '/*\n  X-One: 1\n  Cache-Control: no-cache\n\n# comment\n/_astro/*\n  cache-control: immutable\n',
  );
  expect(Object.fromEntries(headersFor(rules, '/_astro/x.css'))).toEqual({
    'x-one': '1',
    'cache-control': 'no-cache, immutable',
  });
  expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'x-one': '1', 'cache-control': 'no-cache' });
});

test('a header line outside any rule is an error naming the line', () => {
  expect(() => parseHeadersFile('  X-One: 1')).toThrow(
    '_headers line 1: expected "Name: value" under a URL pattern, got "X-One: 1"',
  );
});

test("the site's own headers file gives its pages a CSP that forbids framing by other sites", () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  for (const path of ['/', '/changes/', '/404.html']) {
    const csp = headersFor(rules, path).get('content-security-policy')!;
    expect(csp, path).toContain("frame-ancestors 'self'");
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("style-src 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
  }
});

test('the headers file sets no header twice on any path the site has', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  for (const path of [
    '/',
    '/changes/',
    '/404.html',
    '/no-such-page/',
    '/embed/border-map/',
    '/embed/border-map/preview.png',
    '/oembed/border-map.json',
    '/charts.json',
    '/_astro/a.js',
    '/favicon.svg',
  ]) {
    const names = rules
      .filter((r) => matches(r.pattern, path))
      .flatMap((r) => r.headers.map(([name]) => `${path} ${name.toLowerCase()}`));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  }
});

test('embed pages may be framed by any site, and send no X-Frame-Options', () => {
  const headers = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/embed/border-map/');
  expect(headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
  expect(headers.has('x-frame-options')).toBe(false);
});
