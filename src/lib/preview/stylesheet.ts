/**
 * The chart stylesheet as resvg can apply it. resvg reads neither external stylesheets nor CSS
 * custom properties (an unresolved var() paints black), so marks.css is inlined with every
 * var(--x) replaced by the light value from tokens.css, and fonts mapped to the one shipped
 * with the project (src/lib/preview/png.ts loads it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The family inside the chart-font subsets png.ts loads ('Frontier Sans' is only the page's name for it). */
export const PREVIEW_FONT = 'IBM Plex Sans';

export interface PreviewTheme {
  /** CSS for a <style> inside the SVG: var() and light-dark() resolved, no at-rules. */
  css: string;
  /** The page background (--bg), which the chart is drawn on. */
  background: string;
}

let memo: PreviewTheme | undefined;

/**
 * The light theme from src/styles, read once per process. Paths are from process.cwd() (the
 * project root), which holds under Vitest and under Astro's bundled build alike.
 */
export function lightTheme(): PreviewTheme {
  if (!memo) {
    const read = (file: string) => readFileSync(join(process.cwd(), 'src/styles', file), 'utf8');
    memo = resolveTheme(read('marks.css'), read('tokens.css'));
  }
  return memo;
}

export function resolveTheme(marksCss: string, tokensCss: string): PreviewTheme {
  // marks.css may declare custom properties of its own; tokens.css wins on a clash.
  const tokens = lightTokens(`${tokensCss}\n${marksCss}`);
  const resolve = (value: string) => resolveValue(value, tokens, []);
  // What the page gives the chart by inheritance (base.css: body { color: var(--text) }): currentColor marks use it.
  const page = `svg { color: ${resolve('var(--text)')}; font-family: '${PREVIEW_FONT}'; }\n`;
  return { css: page + resolveRules(marksCss, tokens), background: resolve('var(--bg)') };
}

/** Other rules drawn with the tokens (a social card's own text), resolved as marks.css is. */
export function lightRules(css: string): string {
  const read = (file: string) => readFileSync(join(process.cwd(), 'src/styles', file), 'utf8');
  return resolveRules(css, lightTokens(read('tokens.css')));
}

function resolveRules(css: string, tokens: Map<string, string>): string {
  return withoutAtRules(withoutComments(css))
    .replace(
      /([{;]\s*)([\w-]+)(\s*:\s*)([^;{}]*[^;{}\s])/g,
      (_, before: string, property: string, colon: string, value: string) =>
        `${before}${property}${colon}${property === 'font-family' ? `'${PREVIEW_FONT}'` : resolveValue(value, tokens, [])}`,
    )
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Custom properties and their light values; the first declaration of each wins (:root comes
 * before the themed and @media overrides).
 */
export function lightTokens(tokensCss: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const m of withoutAtRules(withoutComments(tokensCss)).matchAll(/(--[\w-]+)\s*:\s*([^;{}]+)/g)) {
    if (!tokens.has(m[1]!)) tokens.set(m[1]!, m[2]!.trim());
  }
  return tokens;
}

/** Replaces var(--x[, fallback]) and light-dark(light, dark) until neither is left. */
function resolveValue(value: string, tokens: Map<string, string>, trail: string[]): string {
  return replaceCalls(value, (name, args) => {
    if (name === 'light-dark') return resolveValue(args[0] ?? '', tokens, trail);
    const [token = '', ...rest] = args;
    const fallback = rest.length ? rest.join(',') : undefined;
    if (trail.includes(token))
      throw new Error(`src/styles/tokens.css: ${token} refers to itself (${[...trail, token].join(' → ')})`);
    const raw = tokens.get(token) ?? fallback;
    if (raw === undefined)
      throw new Error(
        `src/styles/marks.css: expected ${token} in src/styles/tokens.css, ` +
          `got none (var(${args.join(',')}) has no fallback)`,
      );
    return resolveValue(raw.trim(), tokens, [...trail, token]);
  });
}

/** Rewrites each outermost var(...) or light-dark(...) call in value, its arguments split at top-level commas. */
function replaceCalls(value: string, replace: (name: string, args: string[]) => string): string {
  const start = /\b(var|light-dark)\(/g;
  let out = '';
  let from = 0;
  for (let m = start.exec(value); m; m = start.exec(value)) {
    const args: string[] = [];
    let depth = 0;
    let arg = m.index + m[0].length;
    let i = arg;
    for (; i < value.length; i++) {
      const c = value[i];
      if (c === '(') depth++;
      else if (c === ')' && depth-- === 0) break;
      else if (c === ',' && depth === 0) {
        args.push(value.slice(arg, i).trim());
        arg = i + 1;
      }
    }
    if (i === value.length) throw new Error(`src/styles: expected ")" to close "${m[0]}" in "${value}"`);
    args.push(value.slice(arg, i).trim());
    out += value.slice(from, m.index) + replace(m[1]!, args);
    from = start.lastIndex = i + 1;
  }
  return out + value.slice(from);
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * Drops @media, @supports and the like with their blocks: resvg skips them anyway, with a
 * warning, and the preview is one fixed context.
 */
function withoutAtRules(css: string): string {
  let out = '';
  let i = 0;
  for (let at = css.indexOf('@'); at !== -1; at = css.indexOf('@', i)) {
    out += css.slice(i, at);
    const semi = css.indexOf(';', at);
    const brace = css.indexOf('{', at);
    if (brace === -1 || (semi !== -1 && semi < brace)) {
      i = semi === -1 ? css.length : semi + 1;
      continue;
    }
    let depth = 0;
    for (i = brace; i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) break;
    }
    i++;
  }
  return out + css.slice(i);
}
