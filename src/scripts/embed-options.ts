/**
 * The embed page's query options, applied before it reports its height: ?theme=light|dark|auto
 * forces or frees the colour scheme, ?plain drops the header and footer. On the complete chart's
 * page (the embed code's), ?step=<n> and ?steps=all open the page of that state or of the stacked
 * sequence, keeping the other options (?theme, ?plain, pym.js's ?childId); without scripts the
 * complete chart stays. The host may switch the theme later by posting
 * {type: "frontier:theme", theme} from the parent window only.
 */
import { sequencePath, stepPath } from '../lib/embed/paths.ts';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

export function applyTheme(root: HTMLElement, theme: unknown): void {
  if (typeof theme !== 'string' || !THEMES.includes(theme)) return;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** The 1-based state asked for, or null when there is none of that number. */
export function chosenStep(value: string | null, count: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= count ? n : null;
}

/**
 * Where the complete chart's page should go for its query (path, the other options and the
 * hash), or null to stay: ?step=<n> (1…count) opens that state, ?steps=all the sequence.
 */
export function forwardTarget(search: string, hash: string, id: string, count: number): string | null {
  const query = new URLSearchParams(search);
  const step = chosenStep(query.get('step'), count);
  const path = step !== null ? stepPath(id, step) : query.get('steps') === 'all' ? sequencePath(id) : null;
  if (path === null) return null;
  // The other options as written (a bare ?plain stays bare).
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair && !['step', 'steps'].includes([...new URLSearchParams(pair).keys()][0] ?? ''))
    .join('&');
  return `${path}${rest ? `?${rest}` : ''}${hash}`;
}

/** Applies the options; true when the page is leaving for another state's page. */
export function applyOptions(win: Window = window): boolean {
  const doc = win.document;
  const main = doc.querySelector<HTMLElement>('[data-chart]');
  const count = main?.dataset.steps;
  if (main?.dataset.chart && count !== undefined) {
    const target = forwardTarget(win.location.search, win.location.hash, main.dataset.chart, Number(count));
    if (target !== null) {
      win.location.replace(target);
      return true;
    }
  }
  const query = new URLSearchParams(win.location.search);
  const root = doc.documentElement;
  applyTheme(root, query.get('theme'));
  if (query.has('plain')) root.classList.add('is-plain');
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || win.parent === win) return;
    const data = event.data as { type?: unknown; theme?: unknown } | null;
    if (data && data.type === 'frontier:theme') applyTheme(root, data.theme);
  });
  return false;
}
