/**
 * What a phone reader sees of the story's graphics, measured in the page: shared by the bench
 * (src/cli/bench-browser.ts) and the browser tests (test/browser/phone.test.ts). Each function
 * runs inside the page (page.evaluate), so it is self-contained: no imports, no outer names.
 */

export interface ChartText {
  chart: string;
  words: string;
  /** The size the text is drawn at on screen, CSS px: its font size times the SVG's scale. */
  px: number;
}

/** Every text of the graphics shown right now (active states, the artboard that fits), on screen. */
export function shownChartTexts(): ChartText[] {
  const shown = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.opacity === '0') return false;
    }
    return true;
  };
  const texts: ChartText[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>('.artboard > svg')) {
    const box = svg.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight || box.width === 0 || !shown(svg)) continue;
    for (const t of svg.querySelectorAll<SVGTextContentElement>('text, tspan')) {
      const words = [...t.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('')
        .trim();
      const at = t.getBoundingClientRect();
      if (!words || at.bottom <= 0 || at.top >= innerHeight) continue;
      const ctm = t.getScreenCTM()!;
      texts.push({
        chart: svg.closest<HTMLElement>('[data-chart]')?.dataset.chart ?? '',
        words: words.slice(0, 40),
        px: Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b),
      });
    }
  }
  return texts;
}

/**
 * The share (0–1) of a section's shown graphic, as far as it is on screen, that step text
 * covers: points on a grid over it, each asking which element is on top there.
 */
export function graphicCoveredByText(chart: string): number {
  const svg = [...document.querySelectorAll(`.scrolly[data-chart="${chart}"] .step .artboard > svg`)].find((s) => {
    if (s.getBoundingClientRect().width === 0) return false;
    return getComputedStyle(s.closest('.step-figure')!).opacity !== '0';
  });
  if (!svg) return 0;
  const box = svg.getBoundingClientRect();
  const [top, bottom] = [Math.max(0, box.top), Math.min(innerHeight, box.bottom)];
  if (bottom - top < 1) return 0;
  const n = 10;
  let hits = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = box.left + ((i + 0.5) / n) * box.width;
      const y = top + ((j + 0.5) / n) * (bottom - top);
      if (document.elementFromPoint(x, y)?.closest('.step-text')) hits++;
    }
  return hits / (n * n);
}

/**
 * In a section's shown graphic: pairs of texts that overlap each other, and texts that run past
 * the graphic's edge, as the browser draws them (its own glyph boxes, the shipped font).
 */
export function textClashes(chart: string): string[] {
  const svg = [...document.querySelectorAll(`.scrolly[data-chart="${chart}"] .step .artboard > svg`)].find((s) => {
    if (s.getBoundingClientRect().width === 0) return false;
    return getComputedStyle(s.closest('.step-figure')!).opacity !== '0';
  });
  if (!svg) return [];
  const edge = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')]
    .filter((t) => (t.textContent ?? '').trim())
    .map((t) => ({ words: (t.textContent ?? '').trim().slice(0, 30), box: t.getBoundingClientRect() }));
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (overlap(a.box, b.box)) found.push(`"${a.words}" overlaps "${b.words}"`);
    if (a.box.left < edge.left - 0.5 || a.box.right > edge.right + 0.5) found.push(`"${a.words}" runs past the edge`);
  });
  return found;
}
