/** Escapes reported from a site: every claim, and a range only when all are numbers of one unit. */
import { t } from '../../i18n/index.ts';
import { figureWithUnit, heldFigureText } from '../../data/derived/held.ts';
import type { Site } from '../../data/schema/sites.ts';
import { formatDateSpan, formatNumber, formatPartialDate } from '../../lib/format/index.ts';

export interface Escapes {
  text: string;
  claims: string[];
  sources: string[];
  dates: string[];
}

export function escapesOf(site: Site): Escapes | null {
  const words = t.charts['detention-map'].escapes;
  const list = site.escapes ?? [];
  if (!list.length) return null;
  const claims = list.map((e) =>
    words.claim(figureWithUnit(e.escaped, e.unit), e.claimant, formatPartialDate(e.date), e.confidence === 'low'),
  );
  const numbers = list.filter((e) => e.escaped.low !== null);
  const units = new Set(numbers.map((e) => e.unit));
  const when = formatDateSpan(list.map((e) => e.date));
  const count = words.count(list.length, formatNumber(list.length));
  let text: string;
  if (numbers.length > 1 && units.size === 1) {
    const upper = (e: (typeof numbers)[number]) => e.escaped.high ?? e.escaped.low!;
    const low = numbers.reduce((a, b) => (b.escaped.low! < a.escaped.low! ? b : a));
    const high = numbers.reduce((a, b) => (upper(b) > upper(a) ? b : a));
    const unit = t.charts['detention-map'].held.unit[low.unit] ?? low.unit;
    text = words.range(count, heldFigureText(low.escaped), heldFigureText(high.escaped), unit, when);
  } else text = words.only(count, when);
  const sources = [...new Set(list.flatMap((e) => e.sources))];
  return { text, claims, sources, dates: list.map((e) => e.date) };
}
