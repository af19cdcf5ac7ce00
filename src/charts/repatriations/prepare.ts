/**
 * repatriations — data side: every running total of data/series/repatriations.json as a claim,
 * the single convoys (`batches`) apart from them, the time axis, and the windows of the story's
 * steps, all derived from the data.
 */
import type { Batch } from '../../data/schema/series.ts';
import type { SiteData } from '../../data/validate.ts';
import { latestDate } from '../../lib/format/index.ts';
import { claimsOf, confidenceOf, type Claim, type Confidence, type Unit } from '../kit/claims.ts';
import { monthStart, periodOf, type Period } from '../kit/dates.ts';

export const UNITS: readonly Unit[] = ['people', 'families'];
export const STEP_IDS = ['start', 'pace', 'latest'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Convoy extends Batch {
  id: string;
  period: Period;
  confidence: Confidence;
}

export interface RepatriationsInput {
  claims: Claim[];
  convoys: Convoy[];
  /** The time axis: 1 January of the first year to the end of the latest dated figure. */
  domain: [number, number];
  /** Story windows over period starts: [from, to). */
  windows: Record<StepId, [number, number]>;
  /** Smallest and largest convoy in people, as reported (ranges' ends included). */
  convoyPeople: [number, number] | null;
  asOf: string;
}

export function prepare(data: SiteData): RepatriationsInput {
  const series = data.repatriations;
  const claims = claimsOf(series);
  const convoys: Convoy[] = (series.batches ?? []).map((b, i) => ({
    ...b,
    id: `convoy-${b.date}-${i + 1}`,
    period: periodOf(b.date),
    confidence: confidenceOf(b, series),
  }));
  const all = [...claims, ...convoys];
  const first = new Date(Math.min(...all.map((c) => c.period.start))).getUTCFullYear();
  // Two months of room after the latest figure, so the last year's name fits under the axis.
  const domain: [number, number] = [
    Date.UTC(first, 0, 1),
    monthStart(Math.max(...all.map((c) => c.period.end)) - 1, 3),
  ];
  // The first convoys reported singly mark the start of the steady pace; the latest month with a
  // running total is "latest".
  const latestMonth = periodOf(latestDate(claims.map((c) => c.date))!.slice(0, 7)).start;
  const firstConvoy = convoys.length ? Math.min(...convoys.map((c) => c.period.start)) : Date.UTC(first + 1, 0, 1);
  const people = convoys.flatMap((c) => [c.people, c.peopleMax]).filter((n): n is number => n !== undefined);
  return {
    claims,
    convoys,
    domain,
    windows: { start: [domain[0], firstConvoy], pace: [firstConvoy, latestMonth], latest: [latestMonth, Infinity] },
    convoyPeople: people.length ? [Math.min(...people), Math.max(...people)] : null,
    asOf: latestDate(all.map((c) => c.date))!,
  };
}

/** Claims or convoys whose period starts in a window. */
export const inWindow =
  ([a, b]: [number, number]) =>
  (c: { period: Period }) =>
    c.period.start >= a && c.period.start < b;

export const unitClaims = (input: RepatriationsInput, unit: Unit): Claim[] =>
  input.claims.filter((c) => c.unit === unit);
