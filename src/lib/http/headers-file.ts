/**
 * The `_headers` file format read by static hosts (Netlify, Cloudflare Pages): a URL pattern on
 * its own line, then indented `Name: value` lines. `*` matches any run of characters. Every rule
 * that matches a path applies, in file order; when two set the same header, the values are
 * joined with ", " as those hosts do (two CSPs would then both be enforced, so the file sets
 * each header for a path once). One file holds every header the site sends, so `npm start` and
 * tests see what production sends.
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0)
      throw new Error(
        `_headers line ${i + 1}: expected "Name: value" under a URL pattern, got ${JSON.stringify(line.trim())}`,
      );
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers for one URL path, names lower-cased, repeated ones joined. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
