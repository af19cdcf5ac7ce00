/**
 * Where a chart's placed labels and its marks fall, read back from the SVG it drew, so a test
 * can check that no label covers another label or a mark and none runs off the artboard. Label
 * lines are measured with the chart typeface (kit/text.ts) from their baseline: the ink of a
 * line spans about 0.75 em above it and 0.2 em below.
 */
import { overlapArea, type Box } from '../../src/charts/kit/box.ts';
import { textWidth } from '../../src/charts/kit/text.ts';

const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? NaN);

const translateOf = (el: Element): [number, number] => {
  const m = /translate\(([-\d.]+)(?:[ ,]+([-\d.]+))?\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
};

/** How far the groups round an element move it (Plot moves a dodged series with a translate). */
function offsetOf(el: Element): [number, number] {
  let [dx, dy] = [0, 0];
  for (let e = el.parentElement; e; e = e.parentElement) {
    const [x, y] = translateOf(e);
    [dx, dy] = [dx + x, dy + y];
  }
  return [dx, dy];
}

const shift = (b: Box, [dx, dy]: [number, number]): Box => ({
  x0: b.x0 + dx,
  x1: b.x1 + dx,
  y0: b.y0 + dy,
  y1: b.y1 + dy,
});

/** The size an element's text is drawn at: its own attribute or the nearest ancestor's. */
function sizeOf(el: Element): number {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const size = e.getAttribute('font-size');
    if (size) return Number(size);
  }
  return NaN;
}

export interface LabelBox extends Box {
  text: string;
}

/** One box per line of every label the kit's placer drew (`text.label`, lines as tspans with x and y). */
export function labelBoxes(root: ParentNode, selector = 'text.label'): LabelBox[] {
  const boxes: LabelBox[] = [];
  for (const text of root.querySelectorAll(selector)) {
    const anchor = text.getAttribute('text-anchor') ?? 'start';
    const lines: { x: number; y: number; size: number; width: number; text: string }[] = [];
    for (const span of text.querySelectorAll('tspan')) {
      const size = sizeOf(span);
      const weight = Number(span.getAttribute('font-weight') ?? text.getAttribute('font-weight') ?? 400);
      const width = textWidth(span.textContent ?? '', size, { weight });
      const last = lines.at(-1);
      // A tspan without its own position continues the line before it (a figure's "who said it").
      // A heading's first tspan takes its place from the text element.
      const at = (name: string) => num(span.hasAttribute(name) ? span : text, name);
      if (span.hasAttribute('x') || !last)
        lines.push({ x: at('x'), y: at('y'), size, width, text: span.textContent ?? '' });
      else [last.width, last.text] = [last.width + width, last.text + (span.textContent ?? '')];
    }
    for (const l of lines) {
      const x0 = anchor === 'end' ? l.x - l.width : anchor === 'middle' ? l.x - l.width / 2 : l.x;
      boxes.push({ x0, x1: x0 + l.width, y0: l.y - 0.75 * l.size, y1: l.y + 0.2 * l.size, text: l.text });
    }
  }
  return boxes;
}

/** The box of each circle (dots, rings) matched by `selector`. */
export const circleBoxes = (root: ParentNode, selector: string): Box[] =>
  [...root.querySelectorAll(selector)].map((c) => {
    const [x, y, r] = [num(c, 'cx'), num(c, 'cy'), num(c, 'r')];
    return shift({ x0: x - r, x1: x + r, y0: y - r, y1: y + r }, offsetOf(c));
  });

/** Pairs of boxes that share more than `tolerance` px² (rounding), described for a test's message. */
export function collisions(a: readonly (Box & { text?: string })[], b: readonly Box[] = a, tolerance = 1): string[] {
  const found: string[] = [];
  const name = (x: Box & { text?: string }) =>
    x.text ?? `(${Math.round(x.x0)},${Math.round(x.y0)})–(${Math.round(x.x1)},${Math.round(x.y1)})`;
  for (const [i, p] of a.entries())
    for (const [j, q] of b.entries()) {
      if (a === b && j <= i) continue;
      if (overlapArea(p, q) > tolerance) found.push(`${name(p)} × ${name(q)}`);
    }
  return found;
}

/** Labels that reach past the artboard's edges (x from 0 to `width`), with `margin` px to spare. */
export const offArtboard = (boxes: readonly LabelBox[], width: number, margin = 2): string[] =>
  boxes.filter((b) => b.x0 < margin || b.x1 > width - margin).map((b) => b.text);

/**
 * The box of each path matched by `selector`: a symbol placed with a translate (Plot's) as a
 * square of half-side `r` round that point; any other from its absolute M, L, H and V commands.
 */
export const pathBoxes = (root: ParentNode, selector: string, r = 4): Box[] =>
  [...root.querySelectorAll(selector)].map((p) => {
    if (p.hasAttribute('transform')) {
      const [x, y] = translateOf(p);
      return shift({ x0: x - r, x1: x + r, y0: y - r, y1: y + r }, offsetOf(p));
    }
    const xs: number[] = [];
    const ys: number[] = [];
    let [x, y] = [0, 0];
    for (const [, command, args] of (p.getAttribute('d') ?? '').matchAll(/([MLHV])([^MLHVZmlhvzACQSTacqst]*)/g)) {
      const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
      if (command === 'H') x = n.at(-1)!;
      else if (command === 'V') y = n.at(-1)!;
      else [x, y] = [n.at(-2)!, n.at(-1)!];
      xs.push(x);
      ys.push(y);
    }
    return shift({ x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) }, offsetOf(p));
  });

/** The box of each rect matched by `selector`. */
export const rectBoxes = (root: ParentNode, selector: string): Box[] =>
  [...root.querySelectorAll(selector)].map((r) => {
    const [x, y] = [num(r, 'x'), num(r, 'y')];
    return shift({ x0: x, x1: x + num(r, 'width'), y0: y, y1: y + num(r, 'height') }, offsetOf(r));
  });
