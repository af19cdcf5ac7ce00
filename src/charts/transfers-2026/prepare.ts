/**
 * transfers-2026 — data side: every running total of data/series/transfers-2026.json as a claim,
 * the day axis, the final counts and the claims of each story state, derived from the data.
 */
import type { SiteData } from '../../data/validate.ts';
import { latestDate } from '../../lib/format/index.ts';
import { claimsOf, topOf, type Claim } from '../kit/claims.ts';
import { DAY } from '../kit/dates.ts';

export const STEP_IDS = ['first', 'rise', 'total'] as const;
export type StepId = (typeof STEP_IDS)[number];
/** Figures within this share of the highest (outliers aside) count as the final total. */
export const FINAL_SHARE = 0.99;

export interface Transfers2026Input {
  claims: Claim[];
  /** The day axis: the day before the first figure dated to the day to the day after the last. */
  domain: [number, number];
  /** Claim ids in each story state. */
  steps: Record<StepId, string[]>;
  /** The final counts: within 1% of the highest figure, outliers aside. */
  finalIds: string[];
  asOf: string;
}

export function prepare(data: SiteData): Transfers2026Input {
  const claims = claimsOf(data.transfers2026);
  const daily = claims.filter((c) => c.period.precision === 'day');
  const spanOf = daily.length ? daily : claims;
  const firstDay = Math.min(...spanOf.map((c) => c.period.start));
  const domain: [number, number] = [firstDay - DAY, Math.max(...spanOf.map((c) => c.period.end)) + DAY];
  const usable = claims.filter((c) => !c.outlier);
  const highest = Math.max(...usable.map(topOf));
  const finals = usable.filter((c) => topOf(c) >= highest * FINAL_SHARE);
  const firstFinal = Math.min(...finals.filter((c) => c.period.precision === 'day').map((c) => c.period.start));
  const first = daily.filter((c) => c.period.start === firstDay);
  const rise = claims.filter(
    (c) =>
      !first.includes(c) &&
      !finals.includes(c) &&
      !c.outlier &&
      (c.period.precision !== 'day' || c.period.start < firstFinal),
  );
  const total = claims.filter((c) => !first.includes(c) && !rise.includes(c));
  const ids = (list: Claim[]) => list.map((c) => c.id);
  return {
    claims,
    domain,
    steps: { first: ids(first), rise: ids(rise), total: ids(total) },
    finalIds: ids(finals),
    asOf: latestDate(claims.map((c) => c.date))!,
  };
}

export const byIds = (input: Transfers2026Input, ids: readonly string[]): Claim[] =>
  input.claims.filter((c) => ids.includes(c.id));
