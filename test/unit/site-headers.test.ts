import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/http/headers-file.ts';
import { inlineSources, metaPolicy, sha256Source, withHashes } from '../../src/lib/http/inline-csp.ts';
import { pagePath, siteHeaders } from '../../src/lib/http/site-headers.ts';

test('a hash is the CSP source expression of the exact text (the CSP specification’s own example)', () => {
  expect(sha256Source("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  expect(sha256Source('a{b:c}')).not.toBe(sha256Source('a{b:c} '));
});

test('inline styles and running scripts are found, as the parser gives their text; data blocks are not scripts', () => {
  const found = inlineSources(
    '<html><head><style>a{b:c}\r\n</style><script type="module">go()</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script src="/x.js"></script>' +
      '</head><body><p>x</p></body></html>',
  );
  expect(found).toEqual({ styles: ['a{b:c}\n'], scripts: ['go()'], forbidden: [] });
});

test('style attributes and inline handlers are reported: no hash can allow them', () => {
  expect(
    inlineSources('<p style="color:red" onclick="go()">x</p><svg><rect style="fill:red"/></svg>').forbidden,
  ).toEqual(['<p style="color:red">', '<p onclick="go()">', '<rect style="fill:red">']);
});

test('hashes join their directive once each, sorted; a directive the policy lacks is an error', () => {
  const policy = "default-src 'self'; style-src 'self'; script-src 'self'";
  expect(withHashes(policy, { style: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], script: [] })).toBe(
    "default-src 'self'; style-src 'self' 'sha256-a' 'sha256-b'; script-src 'self'",
  );
  expect(() => withHashes("default-src 'self'", { style: ["'sha256-a'"], script: [] })).toThrow(
    /no style-src directive/,
  );
});

test('a <meta> policy leaves out the directives only a header can carry', () => {
  expect(metaPolicy("default-src 'self'; frame-ancestors *; style-src 'self'")).toBe(
    "default-src 'self'; style-src 'self'",
  );
});

test('a built file is served at its directory’s URL', () => {
  expect(pagePath('index.html')).toBe('/');
  expect(pagePath('embed/border-map/index.html')).toBe('/embed/border-map/');
  expect(pagePath('404.html')).toBe('/404.html');
});

const HEADERS = [
  '# comment kept',
  '/*',
  '  X-Content-Type-Options: nosniff',
  '/',
  "  Content-Security-Policy: default-src 'self'; style-src 'self'; frame-ancestors 'self'",
  '/404.html',
  "  Content-Security-Policy: default-src 'self'; style-src 'self'; frame-ancestors 'self'",
  '/embed/*',
  "  Content-Security-Policy: default-src 'self'; style-src 'self'; frame-ancestors *",
].join('\n');
const page = (css: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
const cspAt = (headers: string, path: string) =>
  headersFor(parseHeadersFile(headers), path).get('content-security-policy');

test('each page’s inline style is allowed by the one rule serving it, and by no other', () => {
  const { headers, rewritten } = siteHeaders(HEADERS, [
    { file: 'index.html', html: page('story{}') },
    { file: 'embed/a/index.html', html: page('embed{}') },
    { file: 'embed/b/index.html', html: page('embed{}') },
  ]);
  expect(headers).toContain('# comment kept');
  expect(cspAt(headers, '/')).toBe(
    `default-src 'self'; style-src 'self' ${sha256Source('story{}')}; frame-ancestors 'self'`,
  );
  expect(cspAt(headers, '/embed/a/')).toBe(
    `default-src 'self'; style-src 'self' ${sha256Source('embed{}')}; frame-ancestors *`,
  );
  expect(cspAt(headers, '/404.html')).toBe("default-src 'self'; style-src 'self'; frame-ancestors 'self'");
  expect(rewritten.size).toBe(0);
});

test('the 404 page is allowed under every wildcard rule, and carries its policy in a <meta> for any other URL', () => {
  const { headers, rewritten } = siteHeaders(HEADERS, [
    { file: 'index.html', html: page('story{}') },
    { file: '404.html', html: page('missing{}') },
  ]);
  expect(cspAt(headers, '/embed/nothing/')).toContain(sha256Source('missing{}'));
  expect(cspAt(headers, '/')).not.toContain(sha256Source('missing{}'));
  expect(rewritten.get('404.html')).toBe(
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' ${sha256Source('missing{}')}">` +
      '<style>missing{}</style></head><body></body></html>',
  );
});

test('a page with no policy, with two, or with a style attribute stops the build, each named', () => {
  const twice = `${HEADERS}\n/embed/a/\n  Content-Security-Policy: default-src 'none'`;
  expect(() =>
    siteHeaders(twice, [
      { file: 'changes/index.html', html: page('x{}') },
      { file: 'embed/a/index.html', html: page('x{}', '<div style="top:0"></div>') },
    ]),
  ).toThrow(
    [
      'Pages that a strict Content-Security-Policy would break:',
      '  changes/index.html (served at /changes/) has no Content-Security-Policy: add a rule for it to public/_headers',
      '  embed/a/index.html: <div style="top:0">: no hash can allow an inline style or handler; use a class',
      '  embed/a/index.html (served at /embed/a/) takes a Content-Security-Policy from 2 rules (/embed/*, /embed/a/); hosts would enforce each: give it one',
    ].join('\n'),
  );
});

test('the preloads every page under a rule has are repeated in a Link header; none when they differ', () => {
  const preload = '<link rel="preload" href="/_astro/font.woff2" as="font" type="font/woff2" crossorigin>';
  const withPreload = (css: string) =>
    `<!DOCTYPE html><html><head>${preload}<style>${css}</style></head><body></body></html>`;
  const rules = (headers: string) => parseHeadersFile(headers);
  const same = siteHeaders(HEADERS, [
    { file: 'embed/a/index.html', html: withPreload('a{}') },
    { file: 'embed/b/index.html', html: withPreload('a{}') },
    { file: 'index.html', html: page('story{}') },
  ]).headers;
  expect(headersFor(rules(same), '/embed/a/').get('link')).toBe(
    '</_astro/font.woff2>; rel=preload; as="font"; type="font/woff2"; crossorigin',
  );
  expect(headersFor(rules(same), '/').has('link')).toBe(false);
  const differing = siteHeaders(HEADERS, [
    { file: 'embed/a/index.html', html: withPreload('a{}') },
    { file: 'embed/b/index.html', html: page('a{}') },
  ]).headers;
  expect(headersFor(rules(differing), '/embed/a/').has('link')).toBe(false);
});
