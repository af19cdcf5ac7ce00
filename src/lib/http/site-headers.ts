/**
 * The built site's headers file, from the rules of public/_headers:
 *
 * - each Content-Security-Policy given the hashes of the inline <style> and <script> of the pages
 *   it serves (inline-csp.ts), so pages carry their CSS inline (no render-blocking stylesheet)
 *   under a policy without 'unsafe-inline';
 * - a `Link: <…>; rel=preload` header repeating the preloads (the chart font) the pages it serves
 *   all name, so a browser starts those fetches with the response's headers, before it has parsed
 *   the HTML (and a host that sends 103 Early Hints, as Cloudflare does, starts them sooner).
 *
 * Every HTML page must take its policy from exactly one rule: a host joins two matching values
 * into two policies, both enforced. The 404 page also answers URLs no rule names: its hashes go
 * into every wildcard rule's policy (it answers /embed/no-such-chart/ under the embeds' rule), and
 * it carries its own rule's policy in a <meta> as well, so it is under a strict policy wherever it
 * answers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { matches, parseHeadersFile } from './headers-file.ts';
import { type Hashes, inlineSources, metaPolicy, sha256Source, withHashes } from './inline-csp.ts';

export const NOT_FOUND_PAGE = '404.html';
const CSP = 'content-security-policy';

export interface BuiltPage {
  /** Its file in the built site, with forward slashes: `embed/border-map/index.html`. */
  file: string;
  html: string;
}

/** The URL path a static host serves a built file at: `changes/index.html` → `/changes/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface SiteHeaders {
  /** The headers file to publish. */
  headers: string;
  /** Pages whose HTML changed (the 404 page, given its <meta> policy), by file. */
  rewritten: Map<string, string>;
}

interface PageFacts extends Hashes {
  forbidden: string[];
  /** Its <link rel="preload"> elements as one Link header value ('' when none). */
  preloads: string;
}

function pageFacts(html: string): PageFacts {
  const { document } = parseHTML(html);
  const { styles, scripts, forbidden } = inlineSources(document);
  const preloads = [...document.querySelectorAll('link[rel="preload"][href]')].map((link) =>
    [
      `<${link.getAttribute('href')}>`,
      'rel=preload',
      ...(['as', 'type'] as const).flatMap((name) =>
        link.hasAttribute(name) ? [`${name}=${JSON.stringify(link.getAttribute(name))}`] : [],
      ),
      ...(link.hasAttribute('crossorigin') ? ['crossorigin'] : []),
    ].join('; '),
  );
  return {
    style: styles.map(sha256Source),
    script: scripts.map(sha256Source),
    forbidden,
    preloads: preloads.join(', '),
  };
}

const merge = (a: Hashes, b: Hashes): Hashes => ({
  style: [...a.style, ...b.style],
  script: [...a.script, ...b.script],
});

/** Throws one error listing every page that cannot be served under a strict policy. */
export function siteHeaders(headersText: string, pages: readonly BuiltPage[]): SiteHeaders {
  const rules = parseHeadersFile(headersText);
  const policyRules = rules.flatMap((rule, index) => {
    const values = rule.headers.filter(([name]) => name.toLowerCase() === CSP);
    const hasLink = rule.headers.some(([name]) => name.toLowerCase() === 'link');
    return values.length
      ? [{ index, pattern: rule.pattern, policy: values.map(([, v]) => v).join(', '), hasLink }]
      : [];
  });
  const added = new Map<number, Hashes>(policyRules.map((r) => [r.index, { style: [], script: [] }]));
  const preloads = new Map<number, Set<string>>(policyRules.map((r) => [r.index, new Set()]));
  const problems: string[] = [];
  let notFound: { page: BuiltPage; hashes: Hashes; policy: string } | undefined;

  for (const page of pages) {
    const path = pagePath(page.file);
    const facts = pageFacts(page.html);
    for (const attribute of facts.forbidden)
      problems.push(`${page.file}: ${attribute}: no hash can allow an inline style or handler; use a class`);
    const serving = policyRules.filter((r) => matches(r.pattern, path));
    if (serving.length !== 1) {
      problems.push(
        serving.length
          ? `${page.file} (served at ${path}) takes a Content-Security-Policy from ${serving.length} rules ` +
              `(${serving.map((r) => r.pattern).join(', ')}); hosts would enforce each: give it one`
          : `${page.file} (served at ${path}) has no Content-Security-Policy: add a rule for it to public/_headers`,
      );
      continue;
    }
    const rule = serving[0]!;
    added.set(rule.index, merge(added.get(rule.index)!, facts));
    preloads.get(rule.index)!.add(facts.preloads);
    if (page.file === NOT_FOUND_PAGE) notFound = { page, hashes: facts, policy: rule.policy };
  }
  if (notFound)
    for (const rule of policyRules.filter((r) => r.pattern.includes('*')))
      added.set(rule.index, merge(added.get(rule.index)!, notFound.hashes));

  const extra = new Map<number, string[]>();
  for (const rule of policyRules) {
    try {
      const lines = [`Content-Security-Policy: ${withHashes(rule.policy, added.get(rule.index)!)}`];
      // Only what every page under the rule preloads (and a Link the rule does not set itself).
      const [link, ...others] = preloads.get(rule.index)!;
      if (link && !others.length && !rule.hasLink) lines.push(`Link: ${link}`);
      extra.set(rule.index, lines);
    } catch (error) {
      problems.push(`public/_headers, rule ${rule.pattern}: ${(error as Error).message}`);
    }
  }
  if (problems.length)
    throw new Error(
      `Pages that a strict Content-Security-Policy would break:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );

  const rewritten = new Map<string, string>();
  if (notFound) {
    const meta = metaPolicy(withHashes(notFound.policy, notFound.hashes));
    rewritten.set(NOT_FOUND_PAGE, withMetaPolicy(notFound.page.html, meta));
  }
  return { headers: rewriteHeaders(headersText, extra), rewritten };
}

/** The same file, line for line (comments kept), each rule's policy replaced by its hashed one and its Link added. */
function rewriteHeaders(text: string, replacements: ReadonlyMap<number, string[]>): string {
  let rule = -1;
  const lines = text.split(/\r?\n/).map((line) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return line;
    if (!/^\s/.test(line)) {
      rule += 1;
      return line;
    }
    const indent = /^\s+/.exec(line)![0];
    const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
    const replacement = replacements.get(rule);
    return replacement && name === CSP ? replacement.map((l) => indent + l).join('\n') : line;
  });
  return [
    '# Generated by `npm run build` from public/_headers (src/lib/http/site-headers.ts): each',
    '# Content-Security-Policy lists the SHA-256 of the inline <style> and <script> of the pages it',
    '# serves, and a Link header repeats the preloads they all have.',
    ...lines,
  ].join('\n');
}

/** The policy as the page's first element after its charset, so it governs every element after it. */
function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!charset) throw new Error(`${NOT_FOUND_PAGE} has no <head> to put its policy in`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Every HTML file under dir, as built pages. */
export function builtPages(dir: string): BuiltPage[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
    .map((file) => ({ file: file.split(sep).join('/'), html: readFileSync(join(dir, file), 'utf8') }));
}

/** Writes dir/_headers (from the _headers the build copied there) and the 404 page's policy. */
export function writeSiteHeaders(dir: string): void {
  const { headers, rewritten } = siteHeaders(readFileSync(join(dir, '_headers'), 'utf8'), builtPages(dir));
  writeFileSync(join(dir, '_headers'), headers);
  for (const [file, html] of rewritten) writeFileSync(join(dir, file), html);
}
