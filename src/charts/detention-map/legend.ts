/**
 * The map's key (kit/map/legend.ts): the symbols in use for the state shown, and every site no
 * source locates, listed by name (never drawn as a dot). Wide artboards set the list in two
 * columns under the key; narrow ones stack everything, and say it in fewer lines (shorter words
 * for the ring and the dotted line, short dates, al-Hol alone in the al-Hol step).
 */
import { t } from '../../i18n/index.ts';
import { formatPartialDate } from '../../lib/format/index.ts';
import { shortDate } from '../kit/dates.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import {
  lineSymbol,
  mapLegendLayout,
  type LegendItem,
  type LegendRow,
  type LegendSection,
  type LegendSymbol,
} from '../kit/map/legend.ts';
import { round } from '../kit/round.ts';
import { ringRadius } from '../kit/map/approximate.ts';
import { FOCUS_SITE, fillOf, siteMarker, type Fill } from './marks.ts';
import type { DetentionMapInput, SiteView } from './prepare.ts';
import { hasRing, unlocatedText, type State } from './text.ts';

const TYPES = ['camp', 'prison', 'rehabilitation-centre'] as const;
const FILLS = ['sdf', 'government', 'iraq', 'no-report'] as const;
/** How far the entries of a list stand in from its heading, px. */
const INDENT = 12;

/** A site's symbol as a key sample, a little smaller than on the map. */
function siteSymbol(type: SiteView['type'], fill: Fill, r: number, idPrefix: string): LegendSymbol {
  return (g, [x, y]) => siteMarker(g, [x + 11, y], { type, precision: 'site' }, fill, r, idPrefix);
}

function ringSymbol(r: number): LegendSymbol {
  return (g, [x, y]) =>
    g
      .append('circle')
      .attr('class', 'approx-ring')
      .attr('cx', round(x + 11))
      .attr('cy', round(y))
      .attr('r', ringRadius(r));
}

/**
 * The symbols' rows. Wide: the border and the types on one line, then the ring, the dotted line.
 * Phones: one row flowing over as many lines as it needs (kit/map/legend.ts), types first, with
 * the ring's and the dotted line's shorter words.
 */
function symbolRows(input: DetentionMapInput, state: State, r: number, idPrefix: string, narrow: boolean): LegendRow[] {
  const w = t.charts['detention-map'].legend;
  const border: LegendItem = { symbol: lineSymbol('border-casing', 'border-line'), text: w.border };
  const types = TYPES.filter((type) => input.located.some((v) => v.type === type)).map(
    (type): LegendItem => ({
      symbol: siteSymbol(type, 'neutral', r, idPrefix),
      text: t.charts['detention-map'].type[type]!,
    }),
  );
  const ring: LegendItem[] = input.located.some((v) => hasRing(v.precision))
    ? [{ symbol: ringSymbol(r), text: narrow ? w.ringShort : w.ring }]
    : [];
  const connector: LegendItem[] =
    state === 'sites' || state === 'complete'
      ? [{ symbol: lineSymbol('site-connector'), text: narrow ? w.connectorShort : w.connector }]
      : [];
  if (narrow) return [{ items: [...types, border, ...ring, ...connector] }];
  return [{ items: [border, ...types] }, ...[...ring, ...connector].map((item) => ({ items: [item] }))];
}

/** Who ran al-Hol, date by date: phones give the dates short ("21 Jan 2026"). */
function focusRows(input: DetentionMapInput, narrow: boolean): LegendRow[] {
  const w = t.charts['detention-map'].legend;
  const focus = [...input.located, ...input.unlocated].find((v) => v.id === FOCUS_SITE);
  if (!focus) return [];
  const date = (d: string) => (narrow ? shortDate(d, { year: true }) : formatPartialDate(d));
  const steps = [focus.control.before, ...focus.control.steps].flatMap((s) =>
    s ? [{ text: w.step(date(s.date), s.controller, s.confidence === 'low'), indent: INDENT }] : [],
  );
  return [{ text: w.whoRan(focus.name), heading: true }, ...steps];
}

function keyRows(input: DetentionMapInput, state: State, r: number, idPrefix: string, narrow: boolean): LegendRow[] {
  const w = t.charts['detention-map'];
  // Only fills on the map in this state: the al-Hol state mutes every other site.
  const fills = new Set(input.located.filter((v) => state !== 'al-hol' || v.id === FOCUS_SITE).map(fillOf));
  const fillItems = FILLS.filter((f) => fills.has(f)).map(
    (fill): LegendItem => ({ symbol: siteSymbol('prison', fill, r, idPrefix), text: w.legend.fill[fill]! }),
  );
  // A phone's al-Hol step keys al-Hol alone: its fill and who ran it. The symbols are the two
  // steps' before it, and the room they took goes to the map.
  if (narrow && state === 'al-hol')
    return [...(fillItems.length ? [{ items: fillItems }] : []), ...focusRows(input, narrow)];
  const rows = symbolRows(input, state, r, idPrefix, narrow);
  if (state !== 'sites' && fillItems.length) rows.push({ text: w.legend.runBy, heading: true }, { items: fillItems });
  if (state === 'al-hol') rows.push(...focusRows(input, narrow));
  return rows;
}

function listRows(input: DetentionMapInput, state: State): LegendRow[] {
  if (!input.unlocated.length) return [];
  const heading: LegendRow = { text: t.charts['detention-map'].legend.unlocated, heading: true };
  // The al-Hol state names them only, in one paragraph: its key is about al-Hol.
  const entry = (text: string): LegendRow => ({ text, muted: true, indent: INDENT });
  if (state === 'al-hol') return [heading, entry(input.unlocated.map((v) => v.name).join('; '))];
  const show = {
    where: state === 'sites' || state === 'complete',
    control: state === 'control' || state === 'complete',
  };
  return [heading, ...input.unlocated.map((v) => entry(unlocatedText(v, show)))];
}

/** The key of one state: the symbols, then the list of unlocated sites (two columns where wide). */
export function legendSections(
  input: DetentionMapInput,
  state: State,
  type: TypeScale,
  width: number,
  idPrefix: string,
): LegendSection[] {
  const r = type.marker * 0.8;
  const narrow = isNarrow(width);
  return [{ rows: keyRows(input, state, r, idPrefix, narrow) }, { rows: listRows(input, state), columns: 2 }];
}

/** The story's states share one height; the complete state (embeds, data section) has its own. */
const STEP_STATES: State[] = ['sites', 'control', 'al-hol'];

/** The key's layout for a state, and the height reserved for it: the tallest of the story's states. */
export function legendLayout(input: DetentionMapInput, state: State, type: TypeScale, width: number, idPrefix: string) {
  const layout = (s: State) => mapLegendLayout(legendSections(input, s, type, width, idPrefix), { width, type });
  const states = state === 'complete' ? [state] : STEP_STATES;
  return { layout: layout(state), height: Math.max(...states.map((s) => layout(s).height)) };
}
