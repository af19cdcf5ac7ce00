/**
 * The map's key, drawn inside the SVG so that an embed explains itself: the symbols in use for
 * the state shown, and every site no source locates, listed by name (never drawn as a dot).
 * Wide artboards set the list in two columns under the key; narrow ones stack everything.
 */
import type { G } from '../svg.ts';
import { round, textWidth, type TypeScale } from '../border-map/marks.ts';
import { formatPartialDate } from '../../lib/format/index.ts';
import { hasRing, ringRadius, siteMarker, wrap, type Fill } from './marks.ts';
import type { DetentionMapInput, SiteView } from './prepare.ts';
import { controlText, type State } from './text.ts';

const PAD = 10;
const SYMBOL = 26;
const ITEM_GAP = 14;

type Symbol =
  | { kind: 'border' }
  | { kind: 'site'; type: SiteView['type']; fill: Fill; precision: SiteView['precision'] }
  | { kind: 'ring' }
  | { kind: 'connector' };

interface Item {
  symbol: Symbol;
  text: string;
}

/** A row of the key: symbols with their words side by side, or (when they do not fit) one per line. */
type Row = { kind: 'items'; items: Item[] } | { kind: 'text'; text: string; className: string; indent: number };

/** A laid-out line: where each symbol and text goes, relative to the column. */
interface Placed {
  symbols: { symbol: Symbol; x: number }[];
  texts: { x: number; lines: string[]; className: string }[];
  lines: number;
}

/** The focus site of the "al-hol" state. */
export const FOCUS_SITE = 'al-hol';

/** The fill a site's symbol gets when control is shown: who runs it at the latest report. */
export function fillOf(v: SiteView): Fill {
  const latest = v.control.after ?? v.control.before;
  if (!latest || latest.kind === 'none' || latest.kind === 'unclear' || latest.kind === 'other') return 'no-report';
  return latest.kind;
}

/**
 * An unlocated site in the list: where it is said to be (the sites state), who runs it (the
 * control state), or both (the complete state).
 */
export function unlocatedText(v: SiteView, show: { where: boolean; control: boolean }): string {
  const where = [v.site.country === 'IRQ' ? 'in Iraq' : null, v.site.location.placeName ?? 'place not reported', ...v.possiblySameAs.map((p) => `may be ${p.name}`)].filter(Boolean).join('; ');
  return `${v.name}${show.where ? ` (${where})` : ''}${show.control ? `: ${controlText(v.control)}` : ''}`;
}

const FILL_WORD: Partial<Record<Fill, string>> = {
  sdf: 'Solid: SDF',
  government: 'Hatched: Syrian government',
  iraq: 'Blue: Iraqi government',
  'no-report': 'White: not clear',
};
const TYPE_WORD = { camp: 'Camp', prison: 'Prison', 'rehabilitation-centre': 'Rehabilitation camp' } as const;

function keyRows(input: DetentionMapInput, state: State): Row[] {
  const rows: Row[] = [];
  const types = (['camp', 'prison', 'rehabilitation-centre'] as const).filter((t) => input.located.some((v) => v.type === t));
  rows.push({
    kind: 'items',
    items: [
      { symbol: { kind: 'border' }, text: 'Iraq–Syria border' },
      ...types.map((t): Item => ({ symbol: { kind: 'site', type: t, fill: 'neutral', precision: 'site' }, text: TYPE_WORD[t] })),
    ],
  });
  if (input.located.some((v) => hasRing(v.precision))) rows.push({ kind: 'items', items: [{ symbol: { kind: 'ring' }, text: 'Dashed ring: town centre or approximate point' }] });
  if (state === 'sites' || state === 'complete') rows.push({ kind: 'items', items: [{ symbol: { kind: 'connector' }, text: 'Dotted line: shortest distance to the border' }] });
  if (state !== 'sites') {
    // Only fills on the map in this state: the al-Hol state mutes every other site.
    const fills = new Set(input.located.filter((v) => state !== 'al-hol' || v.id === FOCUS_SITE).map(fillOf));
    const items = (['sdf', 'government', 'iraq', 'no-report'] as const)
      .filter((f) => fills.has(f))
      .map((fill): Item => ({ symbol: { kind: 'site', type: 'prison', fill, precision: 'site' }, text: FILL_WORD[fill]! }));
    if (items.length) {
      rows.push({ kind: 'text', text: 'Run by, at the latest report:', className: 'legend-text--heading', indent: 0 });
      rows.push({ kind: 'items', items });
    }
  }
  if (state === 'al-hol') {
    const focus = [...input.located, ...input.unlocated].find((v) => v.id === FOCUS_SITE);
    if (focus) {
      rows.push({ kind: 'text', text: `${focus.name}, who ran it:`, className: 'legend-text--heading', indent: 0 });
      for (const s of [focus.control.before, ...focus.control.steps])
        if (s) rows.push({ kind: 'text', text: `${formatPartialDate(s.date)}: ${s.controller}${s.confidence === 'low' ? ' (low confidence)' : ''}`, className: '', indent: 12 });
    }
  }
  return rows;
}

function listRows(input: DetentionMapInput, state: State): Row[] {
  if (!input.unlocated.length) return [];
  const heading: Row = { kind: 'text', text: 'Location not known, so not on the map:', className: 'legend-text--heading', indent: 0 };
  // The al-Hol state names them only, in one paragraph: its key is about al-Hol.
  if (state === 'al-hol') return [heading, { kind: 'text', text: input.unlocated.map((v) => v.name).join('; '), className: 'legend-text--muted', indent: 12 }];
  const show = { where: state === 'sites' || state === 'complete', control: state === 'control' || state === 'complete' };
  return [heading, ...input.unlocated.map((v): Row => ({ kind: 'text', text: unlocatedText(v, show), className: 'legend-text--muted', indent: 12 }))];
}

function layoutRows(rows: Row[], size: number, width: number): Placed[] {
  const placed: Placed[] = [];
  for (const row of rows) {
    if (row.kind === 'text') {
      const lines = wrap(row.text, size, width - row.indent);
      placed.push({ symbols: [], texts: [{ x: row.indent, lines, className: row.className }], lines: lines.length });
      continue;
    }
    const widths = row.items.map((item) => SYMBOL + textWidth(item.text, size));
    if (widths.reduce((a, b) => a + b, 0) + ITEM_GAP * (row.items.length - 1) <= width) {
      let x = 0;
      const line: Placed = { symbols: [], texts: [], lines: 1 };
      row.items.forEach((item, i) => {
        line.symbols.push({ symbol: item.symbol, x });
        line.texts.push({ x: x + SYMBOL, lines: [item.text], className: '' });
        x += widths[i]! + ITEM_GAP;
      });
      placed.push(line);
    } else
      for (const item of row.items) {
        const lines = wrap(item.text, size, width - SYMBOL);
        placed.push({ symbols: [{ symbol: item.symbol, x: 0 }], texts: [{ x: SYMBOL, lines, className: '' }], lines: lines.length });
      }
  }
  return placed;
}

/** The story's states share one height; the complete state (embeds, data section) has its own. */
const STEP_STATES: State[] = ['sites', 'control', 'al-hol'];

/** Blocks of laid-out lines, each at an x and a y offset within the legend. */
function columns(input: DetentionMapInput, state: State, type: TypeScale, width: number) {
  const lineHeight = Math.round(type.base * 1.3);
  const gap = Math.round(type.base * 0.3);
  const heightOf = (lines: Placed[]) => lines.reduce((sum, l) => sum + l.lines * lineHeight + (l.lines ? gap : gap * 2), 0);
  const full = width - PAD * 2;
  const key = layoutRows(keyRows(input, state), type.base, full);
  const rows = listRows(input, state);
  // Narrow artboards, and a list that is one paragraph, stack everything at full width.
  if (width < 520 || rows.length <= 2) {
    const list = layoutRows(rows, type.base, full);
    const lines = [...key, ...(list.length ? [{ symbols: [], texts: [], lines: 0 }] : []), ...list];
    return { cols: [{ x: PAD, y: 0, lines }], lineHeight, gap, height: PAD * 2 + heightOf(lines) };
  }
  // Wide: the key across the top, the list of unlocated sites below it in two balanced columns.
  const half = (width - PAD * 3) / 2;
  const [heading, ...items] = layoutRows(rows, type.base, half);
  const total = heightOf(items);
  let split = 0;
  while (split < items.length && heightOf(items.slice(0, split + 1)) <= total / 2 + lineHeight) split++;
  split = Math.max(1, split);
  const keyHeight = heightOf(key) + gap * 2;
  const listTop = keyHeight + (heading ? heightOf([heading]) : 0);
  const cols = [
    { x: PAD, y: 0, lines: key },
    ...(heading ? [{ x: PAD, y: keyHeight, lines: [heading] }] : []),
    { x: PAD, y: listTop, lines: items.slice(0, split) },
    { x: PAD * 2 + half, y: listTop, lines: items.slice(split) },
  ];
  return { cols, lineHeight, gap, height: PAD * 2 + Math.max(...cols.map((c) => c.y + heightOf(c.lines))) };
}

export function legendLayout(input: DetentionMapInput, state: State, type: TypeScale, width: number) {
  // Every step reserves the tallest step's legend, so the graphic keeps its size from step to step.
  const states = state === 'complete' ? [state] : STEP_STATES;
  const height = Math.max(...states.map((s) => columns(input, s, type, width).height));
  return { ...columns(input, state, type, width), height };
}

export function legend(g: G, input: DetentionMapInput, at: { y: number; width: number; type: TypeScale; state: State; idPrefix: string }): void {
  const { type, width, state } = at;
  const { cols, height, lineHeight, gap } = legendLayout(input, state, type, width);
  g.append('rect').attr('class', 'legend-background').attr('y', at.y).attr('width', width).attr('height', height);
  const r = type.marker * 0.8;
  for (const col of cols) {
    let y = at.y + col.y + PAD + lineHeight / 2;
    for (const line of col.lines) {
      for (const { symbol: s, x } of line.symbols) {
        const x0 = col.x + x, cx = x0 + 10;
        if (s.kind === 'border') {
          g.append('path').attr('class', 'border-casing').attr('d', `M${round(x0)},${round(y)}h20`);
          g.append('path').attr('class', 'border-line').attr('d', `M${round(x0)},${round(y)}h20`);
        } else if (s.kind === 'site') siteMarker(g, [cx, y], s, s.fill, r, at.idPrefix);
        else if (s.kind === 'ring') g.append('circle').attr('class', 'site-ring').attr('cx', round(cx)).attr('cy', round(y)).attr('r', round(ringRadius(r) * 0.75));
        else g.append('path').attr('class', 'site-connector').attr('d', `M${round(x0)},${round(y)}h20`);
      }
      for (const t of line.texts) {
        const text = g.append('text').attr('class', `legend-text${t.className ? ` ${t.className}` : ''}`).attr('font-size', type.base).attr('x', round(col.x + t.x)).attr('y', round(y + type.base * 0.35));
        // A space ends each wrapped line, so the text reads as words when extracted.
        t.lines.forEach((l, i) => text.append('tspan').attr('x', round(col.x + t.x)).attr('dy', i === 0 ? 0 : lineHeight).text(i < t.lines.length - 1 ? `${l} ` : l));
      }
      y += line.lines * lineHeight + (line.lines ? gap : gap * 2);
    }
  }
}
