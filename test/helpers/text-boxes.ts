/**
 * The boxes a rendered chart's texts cover, measured from the SVG itself (translate transforms,
 * x/y/dy in px or em, text-anchor, font size and weight as drawn), so a test can check that no
 * label runs into another or off the artboard, whatever drew it (d3 or Plot).
 */
import { readFileSync } from 'node:fs';
import { textWidth } from '../../src/charts/kit/text.ts';

export interface TextBox {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Classes the stylesheet sets a weight or letter-spacing on (src/styles/marks.css), read once. */
const STYLED = (() => {
  const css = readFileSync('src/styles/marks.css', 'utf8');
  const out = new Map<string, { weight?: number; spacing?: number }>();
  for (const rule of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const weight = /font-weight:\s*(\d+)/.exec(rule[2]!)?.[1];
    const spacing = /letter-spacing:\s*([\d.]+)em/.exec(rule[2]!)?.[1];
    if (!weight && !spacing) continue;
    for (const selector of rule[1]!.split(','))
      for (const cls of selector
        .trim()
        .match(/^\.([\w-]+)$/)
        ?.slice(1) ?? [])
        out.set(cls, { weight: weight ? Number(weight) : undefined, spacing: spacing ? Number(spacing) : undefined });
  }
  return out;
})();

const inherited = (el: Element, attr: string): string | null => {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = e.getAttribute(attr);
    if (v) return v;
  }
  return null;
};

function styleOf(el: Element): { weight: number; letterSpacing: number } {
  let weight: number | undefined;
  let letterSpacing: number | undefined;
  for (let e: Element | null = el; e; e = e.parentElement) {
    weight ??= e.getAttribute('font-weight') ? Number(e.getAttribute('font-weight')) : undefined;
    for (const cls of (e.getAttribute('class') ?? '').split(/\s+/)) {
      const s = STYLED.get(cls);
      weight ??= s?.weight;
      letterSpacing ??= s?.spacing;
    }
  }
  return { weight: weight ?? 400, letterSpacing: letterSpacing ?? 0 };
}

/** Sum of the translate() offsets on an element and its ancestors. */
function offset(el: Element): [number, number] {
  let x = 0,
    y = 0;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const m = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/.exec(e.getAttribute('transform') ?? '');
    if (m) {
      x += Number(m[1]);
      y += Number(m[2] ?? 0);
    }
  }
  return [x, y];
}

const length = (v: string | null, size: number): number =>
  !v ? 0 : v.endsWith('em') ? Number.parseFloat(v) * size : Number.parseFloat(v);

/** One box per drawn line of text (a <text>, or each of its <tspan> lines). */
export function textBoxes(svg: Element): TextBox[] {
  const boxes: TextBox[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const size = Number(inherited(text, 'font-size') ?? 16);
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    const style = styleOf(text);
    const [ox, oy] = offset(text);
    let x = length(text.getAttribute('x'), size);
    let y = length(text.getAttribute('y'), size) + length(text.getAttribute('dy'), size);
    const dx = length(text.getAttribute('dx'), size);
    const spans = [...text.querySelectorAll('tspan')];
    const lines = spans.length
      ? spans.map((span) => {
          if (span.hasAttribute('x')) x = length(span.getAttribute('x'), size);
          if (span.hasAttribute('y')) y = length(span.getAttribute('y'), size);
          y += length(span.getAttribute('dy'), size);
          return { words: span.textContent ?? '', x, y };
        })
      : [{ words: text.textContent ?? '', x, y }];
    for (const line of lines) {
      const words = line.words.trim();
      if (!words) continue;
      const w = textWidth(words, size, style);
      const left = ox + dx + line.x - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
      const base = oy + line.y;
      // From cap height to just below the baseline: what the eye takes as the label's extent.
      boxes.push({ text: words, x0: left, x1: left + w, y0: base - size * 0.72, y1: base + size * 0.18 });
    }
  }
  return boxes;
}

/** Pairs of boxes that overlap by more than `slack` px both ways, as readable strings. */
export function overlapping(boxes: readonly TextBox[], slack = 0.5): string[] {
  const out: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack)
        out.push(`"${a.text}" × "${b.text}"`);
  return out;
}

/** Boxes that run off the artboard. */
export function outside(boxes: readonly TextBox[], width: number, height: number): string[] {
  return boxes
    .filter((b) => b.x0 < -0.5 || b.x1 > width + 0.5 || b.y0 < -0.5 || b.y1 > height + 0.5)
    .map((b) => `"${b.text}" at ${b.x0.toFixed(0)}–${b.x1.toFixed(0)}, ${b.y0.toFixed(0)}–${b.y1.toFixed(0)}`);
}
