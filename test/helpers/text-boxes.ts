/**
 * Where a rendered chart draws its texts, read back from its SVG: one box per line, as wide as
 * kit/text.ts measures its words in the size, weight and letter-spacing they are drawn in (set on
 * them, on their groups or by the stylesheet), as tall as the chart face's glyphs for those words
 * reach, and placed by its anchor from where the line starts (x, y, dx, dy in px or em, moved by
 * the translations round it). Marks, and the checks made with both, are in svg-boxes.ts.
 */
import type { Box } from '../../src/charts/kit/box.ts';
import { faceFor, loadFace, scriptOf, type Script } from '../../src/charts/kit/font.ts';
import { LEADING } from '../../src/charts/kit/placer.ts';
import { textWidth, type TextStyle } from '../../src/charts/kit/text.ts';
import { clashes, drawn, markBoxes, moved, offArtboard, origin, type Drawn } from './svg-boxes.ts';

/**
 * How tall a line's box is: the ink of its words (the default), or the line box the kit's placer
 * reserved for it (LEADING × its size, the baseline 0.3 em above the bottom), which a test of
 * placed labels holds them to: a label's lines abut, two labels' never overlap.
 */
export type Extent = 'ink' | 'line';

/** How far a line reaches above and below its baseline, in ems. */
interface Reach {
  above: number;
  below: number;
}

const LINE_BOX: Reach = { above: LEADING - 0.3, below: 0.3 };

/** Words in one style on one line, after `before` px of room a dx left. */
interface Run {
  words: string;
  size: number;
  style: TextStyle;
  baseline: number;
  before: number;
}

/** One line of a text: where it starts, how it hangs from there, and its runs of words. */
interface Line {
  x: number;
  anchor: string;
  runs: Run[];
}

/** Stretches of one script: a browser draws each in the face that covers it (kit/font.ts). */
function scriptRuns(words: string): { script: Script; text: string }[] {
  const runs: { script: Script; text: string }[] = [];
  for (const ch of words) {
    const script = scriptOf(ch.codePointAt(0)!);
    const last = runs.at(-1);
    if (last?.script === script) last.text += ch;
    else runs.push({ script, text: ch });
  }
  return runs;
}

const inks = new Map<string, Reach>();

/**
 * How far the ink of some words reaches, from the outlines of the faces that draw them: a line
 * of digits stands on its baseline, one with a "g" or a bracket hangs below it.
 */
function inkOf(words: string, weight = 400): Reach {
  const key = `${weight}|${words}`;
  const known = inks.get(key);
  if (known) return known;
  const reach = { above: 0, below: 0 };
  for (const run of scriptRuns(words)) {
    const font = loadFace(faceFor(run.script, weight));
    const { minY, maxY } = font.layout(run.text).bbox;
    if (!Number.isFinite(minY) || !Number.isFinite(maxY)) continue;
    reach.above = Math.max(reach.above, maxY / font.unitsPerEm);
    reach.below = Math.max(reach.below, -minY / font.unitsPerEm);
  }
  inks.set(key, reach);
  return reach;
}

/** The font size an element's text is drawn at, px (browsers default to 16). */
function sizeOf(el: Element): number {
  const size = drawn(el, 'font-size') ?? '16';
  if (!/^[\d.]+(px)?$/.test(size)) throw new Error(`text-boxes: expected a font size in px, got "${size}"`);
  return Number.parseFloat(size);
}

/**
 * The weight and letter-spacing (in ems, as textWidth takes it) an element's text is drawn in.
 * Italic is not read: the chart font ships no italic, and the browser slants the upright face,
 * which keeps its advances (as the kit's placer measures it).
 */
function styleOf(el: Element, size: number): TextStyle {
  const weight = drawn(el, 'font-weight') ?? 'normal';
  const spacing = drawn(el, 'letter-spacing') ?? 'normal';
  return {
    weight: weight === 'normal' ? 400 : weight === 'bold' ? 700 : Number(weight),
    letterSpacing: spacing === 'normal' ? 0 : Number.parseFloat(spacing) / (spacing.endsWith('em') ? 1 : size),
  };
}

/** A position attribute in px (em are the element's font size). A list, one value a letter, is refused. */
function length(el: Element, name: string, size: number): number | undefined {
  const value = el.getAttribute(name)?.trim();
  if (!value) return undefined;
  if (/[\s,]/.test(value)) throw new Error(`text-boxes: expected one ${name}, got "${value}"`);
  return Number.parseFloat(value) * (value.endsWith('em') ? size : 1);
}

/**
 * The lines of a <text>, as SVG lays them out: an x (on the text or a tspan) starts a new line
 * there, y sets the baseline, dx and dy move on from where the text has got to, and a tspan
 * without an x runs on along its line (a label's "who said it" after its figure).
 */
function linesOf(text: Element): Line[] {
  const lines: Line[] = [];
  let [x, y] = [0, 0];
  const walk = (el: Element) => {
    const size = sizeOf(el);
    const [ax, ay] = [length(el, 'x', size), length(el, 'y', size)];
    // A new baseline without a new x would start where the last line ended, which is not followed.
    if (ay !== undefined && ax === undefined && el !== text)
      throw new Error(`text-boxes: expected a tspan that sets y to set x too, in "${text.textContent}"`);
    const starts = el === text || ax !== undefined;
    const dx = length(el, 'dx', size) ?? 0;
    [x, y] = [(ax ?? x) + dx, (ay ?? y) + (length(el, 'dy', size) ?? 0)];
    if (starts) lines.push({ x, anchor: drawn(el, 'text-anchor') ?? 'start', runs: [] });
    let before = starts ? 0 : dx;
    for (const node of el.childNodes) {
      if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === 'tspan') walk(node as Element);
      else if (node.nodeType === 3) {
        const style = styleOf(el, size);
        lines.at(-1)!.runs.push({ words: node.textContent ?? '', size, style, baseline: y, before });
        before = 0;
      }
    }
  };
  walk(text);
  return lines;
}

/**
 * A line's runs as the browser sets them: spaces, tabs and newlines collapse to one space, and a
 * line starts and ends on a word. A no-break space belongs to its words, and stays.
 */
function collapse(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let words = run.words.replace(/[ \t\r\n]+/g, ' ');
    if (words.startsWith(' ') && (out.length === 0 || out.at(-1)!.words.endsWith(' '))) words = words.slice(1);
    if (words) out.push({ ...run, words });
  }
  const last = out.at(-1);
  if (last?.words.endsWith(' ')) last.words = last.words.slice(0, -1);
  return out.filter((r) => r.words);
}

/** The box of one line and its words, in its text's own coordinates; none for a line without words. */
function lineBox(line: Line, extent: Extent): { box: Box; words: string } | undefined {
  const runs = collapse(line.runs);
  if (!runs.length) return undefined;
  const width = runs.reduce((w, r) => w + r.before + textWidth(r.words, r.size, r.style), 0);
  const x0 = line.x - (line.anchor === 'middle' ? width / 2 : line.anchor === 'end' ? width : 0);
  const reach = (r: Run) => (extent === 'ink' ? inkOf(r.words, r.style.weight) : LINE_BOX);
  const y0 = Math.min(...runs.map((r) => r.baseline - reach(r).above * r.size));
  const y1 = Math.max(...runs.map((r) => r.baseline + reach(r).below * r.size));
  return { box: { x0, x1: x0 + width, y0, y1 }, words: runs.map((r) => r.words).join('') };
}

/** One box per drawn line of each <text> matched by `selector`: its ink, or its line box (Extent). */
export function textBoxes(root: ParentNode, selector = 'text', extent: Extent = 'ink'): Drawn[] {
  return [...root.querySelectorAll(selector)].flatMap((text) => {
    if (text.tagName.toLowerCase() !== 'text')
      throw new Error(`text-boxes: expected "${selector}" to match <text>s, got <${text.tagName}>`);
    const at = origin(text);
    return linesOf(text).flatMap((line) => {
      const measured = lineBox(line, extent);
      return measured ? [{ ...moved(measured.box, at), el: text, what: `"${measured.words}"` }] : [];
    });
  });
}

/** Every way a chart's labels fail a reader: over each other, over a mark, or off the artboard. */
export function labelProblems(svg: Element, labels: string, marks: string, margin = 0): string[] {
  const boxes = textBoxes(svg, labels);
  return [...clashes(boxes), ...clashes(boxes, markBoxes(svg, marks)), ...offArtboard(boxes, svg, margin)];
}
