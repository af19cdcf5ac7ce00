/**
 * IS suspects held in SDF prisons, as reported: every claim, grouped by the month (or year) it
 * describes so that claims for the same month stand side by side with the spread between them,
 * the plateau before the transfers to Iraq, and the transfers themselves (from the separate
 * transfers-2026 series) as a count of their own, never subtracted from these figures.
 */
import type { SiteData } from '../../data/validate.ts';
import type { Observation } from '../../data/schema/series.ts';
import { isEarlier } from '../../data/schema/events.ts';
import { latestDate } from '../../lib/format/index.ts';
import { reportedOf, topOf, type Reported } from '../kit/claims.ts';
import { monthStart, periodOf, seriesEnd, type Period } from '../kit/dates.ts';

/** A reported figure, drawn as a mark beside the others for its month. */
export interface Claim extends Reported {
  /** Position within its month's group, 0-based. */
  slot: number;
}

/** The claims for one month (or one year, for a year-only date), drawn side by side. */
export interface Month {
  key: string;
  at: Period;
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
  months: Month[];
  plateau: { months: Month[]; low: number; high: number; from: string; to: string };
  /** The transfers to Iraq, from data/series/transfers-2026.json, when that series has a high-confidence total. */
  transfer: Transfer | undefined;
  recent: Month | undefined;
  /** The time axis: 1 January of the first year to two months after the latest date. */
  domain: [number, number];
  yMax: number;
  asOf: string;
}

/** Claims grouped by month, each group sorted by figure; a year-only date is its own group (placed mid-year). */
function monthsOf(claims: Claim[], until: number | undefined): Month[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) byKey.set(c.obs.date.slice(0, 7), [...(byKey.get(c.obs.date.slice(0, 7)) ?? []), c]);
  return [...byKey.entries()]
    .map(([key, list]) => {
      const sorted = [...list].sort(
        (a, b) =>
          a.obs.value - b.obs.value ||
          topOf(a.obs) - topOf(b.obs) ||
          a.key.localeCompare(b.key, 'en', { numeric: true }),
      );
      for (const [i, c] of sorted.entries()) c.slot = i;
      const plain = sorted.filter((c) => c.style !== 'outlier');
      const values = (plain.length ? plain : sorted).flatMap((c) => [c.obs.value, topOf(c.obs)]);
      return { key, at: periodOf(key, until), claims: sorted, low: Math.min(...values), high: Math.max(...values) };
    })
    .sort((a, b) => a.at.mid - b.at.mid);
}

/** The transfers to Iraq: from the series' first report to its highest high-confidence total. */
function transferOf(data: SiteData): Transfer | undefined {
  const moves = data.transfers2026.observations;
  const finals = moves.filter((o) => o.confidence === 'high' && !o.outlier);
  const final = finals.length ? finals.reduce((a, b) => (b.value > a.value ? b : a)) : undefined;
  const first = moves[0];
  if (!final || !first) return undefined;
  const at = { start: periodOf(first.date).start, end: periodOf(final.date).end };
  return { from: first.date, to: final.date, at, final, sources: [...new Set([...first.sources, ...final.sources])] };
}

export function prepare(data: SiteData): DetaineesInput {
  const series = data.detaineesHeld;
  const claims: Claim[] = reportedOf(series).map((r) => ({ ...r, slot: 0 }));
  const months = monthsOf(claims, seriesEnd(series.observations.map((o) => o.date)));
  const transfer = transferOf(data);

  // The plateau: every month before the transfers began (or all of them, without transfers).
  const before = transfer ? months.filter((p) => isEarlier(p.key, transfer.from)) : months;
  const plainBefore = before.flatMap((p) => p.claims).filter((c) => c.style !== 'outlier');
  const plateau = {
    months: before,
    low: Math.min(...plainBefore.map((c) => c.obs.value)),
    high: Math.max(...plainBefore.map((c) => topOf(c.obs))),
    from: before[0]!.key,
    to: before.at(-1)!.key,
  };
  const dates = [...claims.map((c) => c.obs.date), ...(transfer ? [transfer.to] : [])];
  const first = Math.min(...claims.map((c) => c.at.start));
  const last = Math.max(...claims.map((c) => c.at.end), transfer?.at.end ?? 0);
  const max = Math.max(...claims.map((c) => topOf(c.obs)));
  return {
    claims,
    months,
    plateau,
    transfer,
    recent: months.length > before.length ? months.at(-1) : undefined,
    domain: [Date.UTC(new Date(first).getUTCFullYear(), 0, 1), monthStart(last - 1, 2)],
    yMax: Math.ceil((max * 1.15) / 2_000) * 2_000,
    asOf: latestDate(dates) ?? series.observations.at(-1)!.date,
  };
}
