/**
 * Where a rendered chart draws its marks, read back from its SVG, and the checks every chart's
 * tests make with those boxes and its texts' (text-boxes.ts): that no label covers another label
 * or a mark, and none runs off the artboard. Whatever drew the chart (d3, Plot, the kit's placer),
 * an element's place is its own geometry moved by its and its groups' translations, and its size
 * is what the stylesheet and its attributes draw it at. The unit tests' version of what
 * test/browser/embed.test.ts checks on the page.
 */
import { readFileSync } from 'node:fs';
import { inflate, overlapArea, type Box } from '../../src/charts/kit/box.ts';

/** A box on the artboard, with what drew it. */
export interface Drawn extends Box {
  /** What a failure names it by: a line's words, or a mark's shape and table row. */
  what: string;
  /** The element drawn: a line's <text>, or the mark. */
  el: Element;
}

// Translations

const TRANSLATE = /^\s*translate\(\s*(-?[\d.]+(?:e-?\d+)?)(?:[\s,]+(-?[\d.]+(?:e-?\d+)?))?\s*\)\s*$/;

/** How far an element's own transform moves it. Charts only translate; anything else would make every box wrong, so it throws. */
function translation(el: Element): [number, number] {
  const transform = el.getAttribute('transform');
  if (!transform) return [0, 0];
  const m = TRANSLATE.exec(transform);
  if (!m) throw new Error(`svg-boxes: expected a translate(), got transform="${transform}"`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

/** Where an element's own origin lies on the artboard: its translation and its groups', summed. */
export function origin(el: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const [dx, dy] = translation(e);
    [x, y] = [x + dx, y + dy];
  }
  return [x, y];
}

export const moved = (b: Box, [dx, dy]: readonly [number, number]): Box => ({
  x0: b.x0 + dx,
  x1: b.x1 + dx,
  y0: b.y0 + dy,
  y1: b.y1 + dy,
});

// Styles, as the browser resolves them

interface Rule {
  selector: string;
  /** Classes in the selector: CSS lets the more specific rule win, then the later. */
  specificity: number;
  order: number;
  declarations: Map<string, string>;
}

/**
 * The rules of src/styles/marks.css (the only stylesheet that styles chart marks), filed under
 * the last class of their selector, so an element is matched only against rules that can apply.
 */
const RULES = (() => {
  const css = readFileSync('src/styles/marks.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const byClass = new Map<string, Rule[]>();
  let order = 0;
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = new Map(
      [...body!.matchAll(/([\w-]+)\s*:\s*([^;]+)/g)].map(([, property, value]) => [property!, value!.trim()]),
    );
    for (const selector of selectors!.split(',').map((s) => s.trim())) {
      const key = /\.([\w-]+)$/.exec(selector)?.[1];
      if (!key) continue;
      const rule = { selector, specificity: selector.split('.').length - 1, order: order++, declarations };
      byClass.set(key, [...(byClass.get(key) ?? []), rule]);
    }
  }
  return byClass;
})();

/** Whether rule `a` wins over rule `b`: the more specific, then the later. */
const wins = (a: Rule, b: Rule | undefined): boolean =>
  !b || a.specificity > b.specificity || (a.specificity === b.specificity && a.order > b.order);

/** The value the stylesheet gives an element itself (not inherited): the winning rule's. */
function fromStylesheet(el: Element, property: string): string | undefined {
  let best: Rule | undefined;
  for (const cls of (el.getAttribute('class') ?? '').split(/\s+/))
    for (const rule of RULES.get(cls) ?? [])
      if (rule.declarations.has(property) && wins(rule, best) && el.matches(rule.selector)) best = rule;
  return best?.declarations.get(property);
}

/**
 * A property as drawn: an inline style beats a stylesheet rule, which beats a presentation
 * attribute (SVG attributes count for less than any CSS); the nearest group that sets it passes
 * it on (every property read here is inherited).
 */
export function drawn(el: Element, property: string): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const value = inline(e, property) ?? fromStylesheet(e, property) ?? e.getAttribute(property);
    if (value) return value;
  }
  return undefined;
}

/** The value an element's style attribute gives a property. */
function inline(el: Element, property: string): string | undefined {
  for (const declaration of (el.getAttribute('style') ?? '').split(';')) {
    const [name, value] = declaration.split(':').map((s) => s.trim());
    if (name === property && value) return value;
  }
  return undefined;
}

// Marks

const num = (el: Element, name: string): number => Number.parseFloat(el.getAttribute(name) ?? '0');

type Point = readonly [number, number];

/** The box round some points. */
const around = (points: readonly Point[]): Box => ({
  x0: Math.min(...points.map(([x]) => x)),
  x1: Math.max(...points.map(([x]) => x)),
  y0: Math.min(...points.map(([, y]) => y)),
  y1: Math.max(...points.map(([, y]) => y)),
});

/**
 * Points along an SVG arc from `from` (arguments as in the path, made absolute), its centre found
 * as in SVG 1.1 § F.6.5, every 2°: its box is then within a thousandth of its radius of the true one.
 */
function arcPoints([x1, y1]: Point, [rx0, ry0, degrees, large, sweep, x2, y2]: readonly number[]): Point[] {
  let [rx, ry] = [Math.abs(rx0!), Math.abs(ry0!)];
  if (!rx || !ry) return [[x2!, y2!]];
  const [cos, sin] = [Math.cos((degrees! * Math.PI) / 180), Math.sin((degrees! * Math.PI) / 180)];
  const [hx, hy] = [(x1 - x2!) / 2, (y1 - y2!) / 2];
  const [px, py] = [cos * hx + sin * hy, -sin * hx + cos * hy];
  // Radii too small to reach are scaled up until they do.
  const scale = Math.max(1, Math.hypot(px / rx, py / ry));
  [rx, ry] = [rx * scale, ry * scale];
  const q = (rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px) / (rx * rx * py * py + ry * ry * px * px);
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, q));
  const [cpx, cpy] = [(k * rx * py) / ry, (-k * ry * px) / rx];
  const [cx, cy] = [cos * cpx - sin * cpy + (x1 + x2!) / 2, sin * cpx + cos * cpy + (y1 + y2!) / 2];
  const start = Math.atan2((py - cpy) / ry, (px - cpx) / rx);
  let turn = Math.atan2((-py - cpy) / ry, (-px - cpx) / rx) - start;
  if (sweep && turn < 0) turn += 2 * Math.PI;
  if (!sweep && turn > 0) turn -= 2 * Math.PI;
  const steps = Math.max(1, Math.ceil(Math.abs(turn) / (Math.PI / 90)));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = start + (turn * i) / steps;
    return [cx + rx * cos * Math.cos(t) - ry * sin * Math.sin(t), cy + rx * sin * Math.cos(t) + ry * cos * Math.sin(t)];
  });
}

/** How many numbers each path command takes. */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7 };

/** A relative command's numbers made absolute, from the current point. */
function absolute(command: string, v: readonly number[], [x, y]: Point): number[] {
  if (command === 'H') return [v[0]! + x];
  if (command === 'V') return [v[0]! + y];
  if (command === 'A') return [...v.slice(0, 5), v[5]! + x, v[6]! + y];
  return v.map((n, i) => n + (i % 2 ? y : x));
}

/**
 * Where one segment of a path ends, and the points besides its end that bound it: a Bézier
 * keeps within the hull of its control points (S and T reflect the last one), an arc is traced.
 */
function segment(command: string, v: readonly number[], from: Point, reflected: Point): { end: Point; by: Point[] } {
  const pair = (i: number): Point => [v[i]!, v[i + 1]!];
  if (command === 'H') return { end: [v[0]!, from[1]], by: [] };
  if (command === 'V') return { end: [from[0], v[0]!], by: [] };
  if (command === 'A') return { end: pair(5), by: arcPoints(from, v) };
  if (command === 'C') return { end: pair(4), by: [pair(0), pair(2)] };
  if (command === 'S') return { end: pair(2), by: [reflected, pair(0)] };
  if (command === 'Q') return { end: pair(2), by: [pair(0)] };
  if (command === 'T') return { end: pair(0), by: [reflected] };
  return { end: pair(0), by: [] };
}

/** The box of a path's outline, whatever commands draw it (absolute or relative). */
function pathExtent(d: string): Box {
  const points: Point[] = [];
  let [at, start, control]: [Point, Point, Point] = [
    [0, 0],
    [0, 0],
    [0, 0],
  ];
  let previous = '';
  for (const [, letter, args] of d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/gi)) {
    const command = letter!.toUpperCase();
    if (command === 'Z') [at, control, previous] = [start, start, 'Z'];
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    for (let i = 0; command !== 'Z' && i + ARITY[command]! <= numbers.length; i += ARITY[command]!) {
      const raw = numbers.slice(i, i + ARITY[command]!);
      const v = letter === command ? raw : absolute(command, raw, at);
      // S reflects the last control point of a cubic, T of a quadratic; otherwise the current point.
      const smooth = (command === 'S' && 'CS'.includes(previous)) || (command === 'T' && 'QT'.includes(previous));
      const reflected: Point = smooth ? [2 * at[0] - control[0], 2 * at[1] - control[1]] : at;
      const { end, by } = segment(command, v, at, reflected);
      points.push(...by, end);
      [control, at, previous] = [command === 'A' ? end : (by.at(-1) ?? end), end, command];
      // A moveto starts a subpath (Z returns there); the pairs after it are linetos.
      if (command === 'M' && i === 0) start = end;
    }
  }
  return around(points);
}

/** A shape's outline in its own coordinates, before translations and stroke. */
function outline(el: Element): Box {
  const tag = el.tagName.toLowerCase();
  if (tag === 'circle' || tag === 'ellipse') {
    const [cx, cy] = [num(el, 'cx'), num(el, 'cy')];
    const [rx, ry] = tag === 'circle' ? [num(el, 'r'), num(el, 'r')] : [num(el, 'rx'), num(el, 'ry')];
    return { x0: cx - rx, x1: cx + rx, y0: cy - ry, y1: cy + ry };
  }
  if (tag === 'rect') {
    const [x, y] = [num(el, 'x'), num(el, 'y')];
    return { x0: x, x1: x + num(el, 'width'), y0: y, y1: y + num(el, 'height') };
  }
  if (tag === 'line')
    return around([
      [num(el, 'x1'), num(el, 'y1')],
      [num(el, 'x2'), num(el, 'y2')],
    ]);
  if (tag === 'polyline' || tag === 'polygon') {
    const n = (el.getAttribute('points') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    return around(n.flatMap((x, i): Point[] => (i % 2 ? [] : [[x, n[i + 1]!]])));
  }
  if (tag === 'path') return pathExtent(el.getAttribute('d') ?? '');
  throw new Error(`svg-boxes: expected a shape (circle, ellipse, rect, line, polyline, polygon, path), got <${tag}>`);
}

/** Half the width of an element's stroke, which is painted half outside its outline; 0 unstroked. */
function halfStroke(el: Element): number {
  const stroke = drawn(el, 'stroke');
  if (!stroke || stroke === 'none') return 0;
  const width = drawn(el, 'stroke-width') ?? '1';
  if (!/^[\d.]+(px)?$/.test(width)) throw new Error(`svg-boxes: expected a stroke width in px, got "${width}"`);
  return Number.parseFloat(width) / 2;
}

const corners = (b: Box): string => `(${b.x0.toFixed(1)},${b.y0.toFixed(1)})–(${b.x1.toFixed(1)},${b.y1.toFixed(1)})`;

/** The box each shape matched by `selector` covers on the artboard, its stroke included. */
export const markBoxes = (root: ParentNode, selector: string): Drawn[] =>
  [...root.querySelectorAll(selector)].map((el) => {
    const box = inflate(moved(outline(el), origin(el)), halfStroke(el));
    const row = el.closest('[data-row]')?.getAttribute('data-row');
    return { ...box, el, what: `${el.tagName.toLowerCase()} ${row ?? corners(box)}` };
  });

// Checks

/** An overlap of rounding size is let pass: coordinates are written to 0.1 px. */
const SLIVER = 1;

/**
 * Whether two boxes overlap: by more than `slack` px each way, or by more than a sliver (1 px²)
 * all told, as a long thin overlap does. A negative slack asks for that much room between them.
 */
export function clash(a: Box, b: Box, slack = 0.5): boolean {
  const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return (dx > slack && dy > slack) || overlapArea(a, b) > SLIVER;
}

/** Every pair that clashes, one box from `a` and one from `b` (or two of `a`), named for a test's message. */
export function clashes(a: readonly Drawn[], b: readonly Drawn[] = a, slack = 0.5): string[] {
  const found: string[] = [];
  for (const [i, p] of a.entries())
    for (const q of b === a ? a.slice(i + 1) : b) if (clash(p, q, slack)) found.push(`${p.what} × ${q.what}`);
  return found;
}

/** Boxes that reach past the edges of the artboard `svg`, or within `margin` px of them. */
export function offArtboard(boxes: readonly Drawn[], svg: Element, margin = 0): string[] {
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`svg-boxes: expected the <svg>, got <${svg.tagName}>`);
  const [width, height] = [num(svg, 'width'), num(svg, 'height')];
  return boxes
    .filter((b) => b.x0 < margin || b.y0 < margin || b.x1 > width - margin || b.y1 > height - margin)
    .map((b) => `${b.what} at ${corners(b)}`);
}
