/**
 * What a site held at the latest reports, from its claims (src/data/derived/site-held.ts): the
 * range of the latest report and those within a month before it, with when and who said it.
 * One derivation, so the detention map, its table and the story state the same figure.
 */
import { t } from '../../i18n/index.ts';
import { formatDateSpan, formatList, formatNumber, formatPartialDate, midDay } from '../../lib/format/index.ts';
import type { HeldFigure } from '../schema/sites.ts';

/** Reports within this many days of the latest count as "the latest reports". */
export const WINDOW_DAYS = 31;

export interface Held {
  /** "about 23,000–26,500 people", "hundreds of detainees", "not reported". */
  text: string;
  /** When: "January–February 2026", or null when no figure. */
  when: string | null;
  /** How many reports the range draws on. */
  reports: number;
  /** The upper end of the range, for sorting; undefined when there is no figure of this site's own. */
  sort: number | undefined;
  /** Each claim behind the text, with its claimant and date. */
  claims: string[];
  /** The site was emptied: the latest figure is an exact zero. */
  emptied: HeldFigure | null;
  /** When emptied, the latest reports before that. */
  before: Omit<Held, 'before' | 'emptied'> | null;
  /** A figure that counts this site with others, when it has none of its own. */
  combined: boolean;
  sources: string[];
  dates: string[];
}

interface Figure {
  low: number | null;
  high?: number | undefined;
  qualifier?: string | undefined;
  wording?: string | undefined;
}

const words = () => t.charts['detention-map'].held;
const unique = (ids: string[]) => ids.filter((id, i, all) => all.indexOf(id) === i);
const top = (f: HeldFigure) => f.high ?? f.low ?? 0;

/** A figure as the source phrased it: "about 24,000", "3,000–5,000", "hundreds". */
export function heldFigureText(f: Figure): string {
  if (f.low === null) return f.wording!;
  const q = t.qualifier[f.qualifier ?? 'exact'] ?? '';
  return `${q}${formatNumber(f.low)}${f.high !== undefined ? `–${formatNumber(f.high)}` : ''}`;
}

/** "about 24,000 people", or the source's words quoted: one figure with its unit. */
export function figureWithUnit(f: Figure, unit: string): string {
  return f.low === null ? words().quoted(f.wording!) : words().figure(heldFigureText(f), words().unit[unit] ?? unit);
}

function claimText(f: HeldFigure, names: Record<string, string>): string {
  const combined = f.combinedWith ? words().combinedWith(formatList(f.combinedWith.map((id) => names[id] ?? id))) : '';
  return words().claim(figureWithUnit(f, f.unit), combined, f.claimant, formatPartialDate(f.date));
}

/** The range of a group of figures of one unit, as text; qualifiers kept where they agree. */
function rangeText(group: HeldFigure[]): { text: string; sort: number | undefined } {
  const w = words();
  const numbers = group.filter((f) => f.low !== null);
  if (!numbers.length) {
    const said = group.map((f) => f.wording!).join(' / ');
    const unit = w.unit[group[0]!.unit] ?? group[0]!.unit;
    const quantity = w.quantityWords.includes(said.toLowerCase());
    return { text: quantity ? w.wordsOf(said, unit) : w.quotedUnit(said, unit), sort: undefined };
  }
  const unit = w.unit[numbers[0]!.unit] ?? numbers[0]!.unit;
  if (numbers.length === 1) return { text: w.figure(heldFigureText(numbers[0]!), unit), sort: top(numbers[0]!) };
  const low = Math.min(...numbers.map((f) => f.low!));
  const high = Math.max(...numbers.map(top));
  const qualifiers = new Set(numbers.map((f) => f.qualifier ?? 'exact'));
  const q = qualifiers.size === 1 ? (t.qualifier[[...qualifiers][0]!] ?? '') : '';
  const span = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return { text: w.figure(`${q}${span}`, unit), sort: high };
}

/** The latest report and those within a month before it, of the same unit. */
function latestGroup(figures: HeldFigure[]): HeldFigure[] {
  const ordered = [...figures].sort((a, b) => midDay(a.date) - midDay(b.date));
  const latest = ordered.at(-1)!;
  return ordered.filter((f) => f.unit === latest.unit && midDay(latest.date) - midDay(f.date) <= WINDOW_DAYS);
}

function summarise(group: HeldFigure[], names: Record<string, string>) {
  return {
    ...rangeText(group),
    when: formatDateSpan(group.map((f) => f.date)),
    reports: group.length,
    claims: group.map((f) => claimText(f, names)),
    combined: false,
    sources: unique(group.flatMap((f) => f.sources)),
    dates: group.map((f) => f.date),
  };
}

/** What a site held at the latest reports; `names` turns the ids of sites counted with it into names. */
export function heldOf(figures: readonly HeldFigure[], names: Record<string, string>): Held {
  const whole = figures.filter((f) => f.subset === undefined);
  const own = whole.filter((f) => f.combinedWith === undefined);
  if (!own.length) {
    const combined = whole.filter((f) => f.combinedWith !== undefined);
    if (!combined.length) {
      return {
        text: words().notReported,
        when: null,
        reports: 0,
        sort: undefined,
        claims: [],
        emptied: null,
        before: null,
        combined: false,
        sources: [],
        dates: [],
      };
    }
    const group = latestGroup(combined);
    const with_ = unique(group.flatMap((f) => f.combinedWith!)).map((id) => names[id] ?? id);
    const s = summarise(group, names);
    // A shared count is not this site's own: no sort value, and the text says so.
    const text = words().togetherWith(s.text, formatList(with_));
    return { ...s, text, sort: undefined, combined: true, emptied: null, before: null };
  }
  const group = latestGroup(own);
  const latest = group.at(-1)!;
  const exactZero = latest.low === 0 && (latest.qualifier ?? 'exact') === 'exact';
  if (exactZero && group.every((f) => f === latest || midDay(f.date) < midDay(latest.date))) {
    const earlier = own.filter((f) => f.low !== 0);
    const before = earlier.length ? summarise(latestGroup(earlier), names) : null;
    return {
      text: words().noneLeft,
      when: formatPartialDate(latest.date),
      reports: 1,
      sort: 0,
      claims: [claimText(latest, names)],
      emptied: latest,
      before,
      combined: false,
      sources: unique([...latest.sources, ...(before?.sources ?? [])]),
      dates: [latest.date, ...(before?.dates ?? [])],
    };
  }
  // A later count shared with other sites is not this site's figure, but readers should know of it.
  const later = whole.filter((f) => f.combinedWith !== undefined && midDay(f.date) > midDay(latest.date));
  const own_ = summarise(group, names);
  return {
    ...own_,
    claims: [...own_.claims, ...later.map((f) => words().later(claimText(f, names)))],
    sources: unique([...own_.sources, ...later.flatMap((f) => f.sources)]),
    dates: [...own_.dates, ...later.map((f) => f.date)],
    emptied: null,
    before: null,
  };
}
