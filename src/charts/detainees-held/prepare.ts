/**
 * IS suspects held in SDF prisons, as reported: every claim, grouped by the month (or year) it
 * describes so that claims for the same period stand side by side with the spread between them,
 * the plateau before the transfers to Iraq, and the transfers themselves (from the separate
 * transfers-2026 series) as a count of their own, never subtracted from these figures.
 */
import type { SiteData } from '../../data/validate.ts';
import type { Observation } from '../../data/schema/series.ts';
import { isEarlier } from '../../data/schema/events.ts';
import { latestDate } from '../../lib/format/index.ts';
import { figureText, placeDate, seriesEnd, type Placement, type Style } from '../al-hol-population/prepare.ts';

export interface Claim {
  key: string;
  obs: Observation;
  /** Where the claim's own date falls (table notes). */
  at: Placement;
  confidence: 'high' | 'medium' | 'low';
  style: Style;
  text: string;
  /** Position within its period's group, 0-based, and the group's size. */
  slot: number;
}

/** The claims for one month (or one year, for a year-only date), drawn side by side. */
export interface Period {
  key: string;
  at: Placement;
  claims: Claim[];
  low: number;
  high: number;
}

export interface Transfer {
  /** First and last date of the count: the operation's first report and the final figure. */
  from: string;
  to: string;
  at: { start: number; end: number };
  final: Observation;
  sources: string[];
}

export interface DetaineesInput {
  claims: Claim[];
  periods: Period[];
  plateau: { periods: Period[]; low: number; high: number; from: string; to: string };
  /** The transfers to Iraq, from data/series/transfers-2026.json, when that series has a high-confidence total. */
  transfer: Transfer | undefined;
  recent: Period | undefined;
  yMax: number;
  asOf: string;
}

function styleOf(o: Observation, confidence: Claim['confidence']): Style {
  if (o.outlier) return 'outlier';
  if (confidence === 'low') return 'low';
  return o.qualifier === 'exact' ? 'exact' : 'rounded';
}

export function prepare(data: SiteData): DetaineesInput {
  const series = data.detaineesHeld;
  const until = seriesEnd(series.observations.map((o) => o.date));
  const claims: Claim[] = series.observations.map((obs, i) => {
    const confidence = obs.confidence ?? series.confidence ?? 'medium';
    return { key: `obs-${i}`, obs, at: placeDate(obs.date, until), confidence, style: styleOf(obs, confidence), text: figureText(obs), slot: 0 };
  });

  // Group by month; a year-only date is its own group (placed mid-year).
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) byKey.set(c.obs.date.slice(0, 7), [...(byKey.get(c.obs.date.slice(0, 7)) ?? []), c]);
  const periods: Period[] = [...byKey.entries()]
    .map(([key, list]) => {
      const sorted = [...list].sort((a, b) => a.obs.value - b.obs.value || (a.obs.valueMax ?? a.obs.value) - (b.obs.valueMax ?? b.obs.value) || a.key.localeCompare(b.key, 'en', { numeric: true }));
      sorted.forEach((c, i) => (c.slot = i));
      const plain = sorted.filter((c) => c.style !== 'outlier');
      const values = (plain.length ? plain : sorted).flatMap((c) => [c.obs.value, c.obs.valueMax ?? c.obs.value]);
      return { key, at: placeDate(key, until), claims: sorted, low: Math.min(...values), high: Math.max(...values) };
    })
    .sort((a, b) => a.at.t - b.at.t);

  // The transfers to Iraq: from the series' first report to its highest high-confidence total.
  const moves = data.transfers2026.observations;
  const finals = moves.filter((o) => o.confidence === 'high' && !o.outlier);
  const final = finals.length ? finals.reduce((a, b) => (b.value > a.value ? b : a)) : undefined;
  const first = moves[0];
  const transfer: Transfer | undefined =
    final && first ? { from: first.date, to: final.date, at: { start: placeDate(first.date).start, end: placeDate(final.date).end }, final, sources: [...new Set([...first.sources, ...final.sources])] } : undefined;

  // The plateau: every period before the transfers began (or all of them, without transfers).
  const before = transfer ? periods.filter((p) => isEarlier(p.key, transfer.from)) : periods;
  const plainBefore = before.flatMap((p) => p.claims).filter((c) => c.style !== 'outlier');
  const plateau = {
    periods: before,
    low: Math.min(...plainBefore.map((c) => c.obs.value)),
    high: Math.max(...plainBefore.map((c) => c.obs.valueMax ?? c.obs.value)),
    from: before[0]!.key,
    to: before.at(-1)!.key,
  };
  const recent = periods.length > before.length ? periods.at(-1) : undefined;

  const max = Math.max(...claims.map((c) => c.obs.valueMax ?? c.obs.value));
  return {
    claims,
    periods,
    plateau,
    transfer,
    recent,
    yMax: Math.ceil((max * 1.15) / 2_000) * 2_000,
    asOf: latestDate([...claims.map((c) => c.obs.date), ...(transfer ? [transfer.to] : [])]) ?? series.observations.at(-1)!.date,
  };
}
