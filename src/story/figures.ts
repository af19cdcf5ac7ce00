/**
 * The figures prose quotes from a series, chosen by rule from the data: one fact, one figure or
 * range across the page. Each comes with the claims behind it, so prose can say who claims it.
 */
import { formatNumber } from '../lib/format/index.ts';
import { t } from '../i18n/index.ts';
import type { Claim } from './attribution.ts';

export type Obs = Claim & {
  date: string;
  value: number;
  valueMax?: number | undefined;
  outlier?: boolean | undefined;
  qualifier: string;
};

/** A reported count with the words the source used: "more than 75,000". */
export function qualified(o: { value: number; valueMax?: number | undefined; qualifier: string }): string {
  const value =
    o.valueMax !== undefined && o.valueMax !== o.value
      ? `${formatNumber(o.value)} to ${formatNumber(o.valueMax)}`
      : formatNumber(o.value);
  return `${t.qualifier[o.qualifier] ?? ''}${value}`;
}

export interface Spread {
  /** "9,000 to 12,000", or one figure when they agree. */
  text: string;
  low: number;
  high: number;
  claims: Obs[];
}

/** The spread of the reported values in a date window (dates compared at their precision), outliers left out. */
export function spread(observations: readonly Obs[], from: string, to: string): Spread {
  const claims = observations.filter(
    (o) => !o.outlier && o.date.slice(0, from.length) >= from && o.date.slice(0, to.length) <= to,
  );
  if (!claims.length) throw new Error(`src/story/figures.ts: expected observations between ${from} and ${to}`);
  const low = Math.min(...claims.map((o) => o.value));
  const high = Math.max(...claims.map((o) => o.valueMax ?? o.value));
  return {
    text: low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`,
    low,
    high,
    claims,
  };
}

const RANK = { high: 3, medium: 2, low: 1 } as const;

/**
 * The figure prose gives as *the* latest total: the best-attested claims first (an outlier or a
 * low-confidence figure never becomes the story's number), then the latest of those, then the
 * largest. A file-wide confidence applies to observations that give none.
 */
export function headline<O extends Obs>(observations: readonly O[], fileConfidence: Claim['confidence'] = 'medium'): O {
  const usable = observations.filter((o) => !o.outlier && (o.confidence ?? fileConfidence) !== 'low');
  if (!usable.length)
    throw new Error('src/story/figures.ts: expected a figure that is neither an outlier nor low confidence');
  const rank = (o: O) => RANK[o.confidence ?? fileConfidence];
  return usable.reduce((a, b) =>
    rank(b) > rank(a) || (rank(b) === rank(a) && (b.date > a.date || (b.date === a.date && b.value > a.value))) ? b : a,
  );
}

/** The largest figure that is neither an outlier nor low confidence: a peak. */
export function peak<O extends Obs>(observations: readonly O[], fileConfidence: Claim['confidence'] = 'medium'): O {
  const usable = observations.filter((o) => !o.outlier && (o.confidence ?? fileConfidence) !== 'low');
  if (!usable.length)
    throw new Error('src/story/figures.ts: expected a figure that is neither an outlier nor low confidence');
  return usable.reduce((a, b) => ((b.valueMax ?? b.value) > (a.valueMax ?? a.value) ? b : a));
}
