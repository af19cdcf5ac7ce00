/**
 * The boxes a map's labels and marker symbols cover, read back from its SVG: each label line
 * measured as the kit measures it (kit/text.ts, in the weight, slant and letter-spacing it is drawn
 * in), each symbol from its shape and the translations of the groups it sits in. The unit tests'
 * version of what test/browser/embed.test.ts checks on the page.
 */
import { PLACE_KINDS } from '../../src/charts/kit/map/place-label.ts';
import { LEADING } from '../../src/charts/kit/placer.ts';
import { textWidth } from '../../src/charts/kit/text.ts';

export interface Found {
  what: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const translation = (el: Element): [number, number] => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** Where an element's own origin is on the artboard: the sum of its groups' translations. */
function origin(el: Element): [number, number] {
  let x = 0,
    y = 0;
  for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) {
    const [dx, dy] = translation(e);
    x += dx;
    y += dy;
  }
  return [x, y];
}

/** Each line of each label in `.labels`, as the placer's line box (LEADING × size, baseline 0.3 em up). */
export function labelBoxes(svg: Element): (Found & { label: Element })[] {
  const boxes: (Found & { label: Element })[] = [];
  for (const label of svg.querySelectorAll('.labels text')) {
    const anchor = label.getAttribute('text-anchor') ?? 'start';
    const kind = Object.values(PLACE_KINDS).find((k) => label.classList.contains(k.className));
    for (const span of label.querySelectorAll('tspan')) {
      const text = span.textContent ?? '';
      const size = Number(span.getAttribute('font-size'));
      const weight = Number(span.getAttribute('font-weight') ?? kind?.style.weight ?? 400);
      const width = textWidth(text, size, { ...kind?.style, weight });
      const x = Number(span.getAttribute('x')),
        y = Number(span.getAttribute('y'));
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const y1 = y + size * 0.3;
      boxes.push({ what: text, label, x0, x1: x0 + width, y0: y1 - size * LEADING, y1 });
    }
  }
  return boxes;
}

/** Half the size of a symbol: a circle's radius, a square's half side, a diamond's reach. */
function halfSize(symbol: Element): number {
  if (symbol.tagName.toLowerCase() === 'circle') return Number(symbol.getAttribute('r'));
  if (symbol.tagName.toLowerCase() === 'rect') return Number(symbol.getAttribute('width')) / 2;
  return Math.max(...(symbol.getAttribute('d')!.match(/-?[\d.]+/g) ?? []).map((n) => Math.abs(Number(n))));
}

/** The marker symbols drawn in a layer (`.sites`, `.crossings`), each named by its table row. */
export function symbolBoxes(svg: Element, selector: string): Found[] {
  return [...svg.querySelectorAll(selector)].map((symbol) => {
    const [gx, gy] = origin(symbol);
    const r = halfSize(symbol);
    // A square is drawn from its corner: its centre is half a side in.
    const corner = (a: string) => (symbol.hasAttribute(a) ? Number(symbol.getAttribute(a)) + r : 0);
    const [x, y] = [gx + corner('x'), gy + corner('y')];
    const row = symbol.closest('[data-row]')?.getAttribute('data-row') ?? '?';
    return { what: `marker ${row}`, x0: x - r, x1: x + r, y0: y - r, y1: y + r };
  });
}

/** Whether two boxes share more than `tolerance` px each way (rounding to 0.1 px aside). */
export const clash = (a: Found, b: Found, tolerance = 0.5): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > tolerance && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > tolerance;

/**
 * Every clash on a map: a line of one label over a line of another, a label over a marker
 * symbol, a label past the artboard's edge.
 */
export function labelClashes(svg: Element, markers: string): string[] {
  const width = Number(svg.getAttribute('width'));
  const labels = labelBoxes(svg);
  const symbols = symbolBoxes(svg, markers);
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (a.label !== b.label && clash(a, b)) found.push(`${a.what} × ${b.what}`);
    for (const m of symbols) if (clash(a, m)) found.push(`${a.what} × ${m.what}`);
    if (a.x0 < 0 || a.x1 > width || a.y0 < 0) found.push(`${a.what} past the edge`);
  });
  return found;
}
