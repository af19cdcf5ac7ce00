/**
 * The embed page's query options, applied before first paint where they change layout:
 * ?step=<n> shows that state alone (no script: all states, stacked), ?theme=light|dark|auto
 * forces or frees the colour scheme, ?plain drops the header and footer. The host may switch
 * the theme later by posting {type: "frontier:theme", theme} from the parent window only.
 */
export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

export function applyTheme(root: HTMLElement, theme: unknown): void {
  if (typeof theme !== 'string' || !THEMES.includes(theme)) return;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** The 1-based state to show alone, or null for all of them. */
export function chosenStep(value: string | null, count: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= count ? n : null;
}

export function applyOptions(win: Window = window): void {
  const doc = win.document;
  const query = new URLSearchParams(win.location.search);
  const root = doc.documentElement;
  applyTheme(root, query.get('theme'));
  if (query.has('plain')) root.classList.add('is-plain');
  const states = [...doc.querySelectorAll<HTMLElement>('.embed-state')];
  const step = chosenStep(query.get('step'), states.length);
  if (step !== null) for (const [i, state] of states.entries()) state.hidden = i + 1 !== step;
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || win.parent === win) return;
    const data = event.data as { type?: unknown; theme?: unknown } | null;
    if (data && data.type === 'frontier:theme') applyTheme(root, data.theme);
  });
}
