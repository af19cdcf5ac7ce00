/**
 * Inline <style> and <script> under a strict Content-Security-Policy, without 'unsafe-inline':
 * each element's SHA-256, taken from its exact text, is added to the policy that serves it. A
 * hash covers an element's text only: a `style="…"` attribute or an `on…="…"` handler could be
 * allowed only by 'unsafe-inline' or 'unsafe-hashes', so a page with one is refused instead.
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

export interface InlineSources {
  /** The text of each <style>, as the browser hashes it. */
  styles: string[];
  /** The text of each <script> without src that runs (JSON-LD and other data blocks do not). */
  scripts: string[];
  /** Attributes no hash can allow, described for an error message: `<rect style="…">`. */
  forbidden: string[];
}

/** Types a <script> runs as. Any other type is a data block (JSON-LD), which CSP does not govern. */
const EXECUTABLE =
  /^(module|importmap|speculationrules|(text|application)\/(x-)?(javascript|ecmascript)|text\/(jscript|livescript|javascript1\.[0-5]))?$/i;

/** The HTML parser turns CR LF and lone CR into LF before any element sees its text. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n');

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/** A page's inline sources, from its HTML or its parsed document. */
export function inlineSources(page: string | HtmlDocument): InlineSources {
  const document = typeof page === 'string' ? parseHTML(page).document : page;
  const styles = [...document.querySelectorAll('style')].map((s) => asParsed(s.textContent ?? ''));
  const scripts = [...document.querySelectorAll('script:not([src])')]
    .filter((s) => EXECUTABLE.test((s.getAttribute('type') ?? '').trim()))
    .map((s) => asParsed(s.textContent ?? ''));
  const forbidden = [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      .filter((a) => a.name === 'style' || /^on/i.test(a.name))
      .map((a) => `<${element.localName} ${a.name}="${a.value.slice(0, 40)}${a.value.length > 40 ? '…' : ''}">`),
  );
  return { styles, scripts, forbidden };
}

/** The CSP source expression allowing an inline element with this exact text: `'sha256-…'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface Hashes {
  style: readonly string[];
  script: readonly string[];
}

/**
 * The policy with each hash added to its directive (`style-src`, `script-src`), once each and in
 * sorted order, so the same pages give the same header. A hash for a directive the policy does not
 * name is an error: falling back to default-src silently would make the rules hard to read.
 */
export function withHashes(policy: string, hashes: Hashes): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const [name, add] of [
    ['style-src', hashes.style],
    ['script-src', hashes.script],
  ] as const) {
    if (!add.length) continue;
    const i = directives.findIndex((d) => d.split(/\s+/)[0]!.toLowerCase() === name);
    if (i < 0) throw new Error(`the policy has no ${name} directive to add ${add.length} hash(es) to: "${policy}"`);
    const sources = directives[i]!.split(/\s+/);
    directives[i] = [...sources, ...[...new Set(add)].filter((h) => !sources.includes(h)).sort()].join(' ');
  }
  return directives.join('; ');
}

/** Directives a <meta> element cannot deliver (the browser ignores them and says so in the console). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** A policy as a <meta http-equiv> can carry it: without the directives only a header can. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}
