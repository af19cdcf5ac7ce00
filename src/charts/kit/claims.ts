/**
 * Reported figures as claims: each observation of a data/series file is one claim, with who
 * gave it, how sure we are of it and the period its date names; charts draw claims side by
 * side and never join or convert them. Here: claims from a series, how sure and how exact each
 * is (its style), and how a figure reads with its qualifier ("over 15,000", "381–398").
 */
import type { Observation, SeriesFile } from '../../data/schema/series.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { t } from '../../i18n/index.ts';
import { periodOf, seriesEnd, type Period } from './dates.ts';

export type Confidence = 'high' | 'medium' | 'low';
export type Qualifier = Observation['qualifier'];
export type Unit = SeriesFile['unit'];

export interface Claim {
  /** Stable within the chart: unit, date and value, with a suffix for exact repeats. */
  id: string;
  date: string;
  dateNote?: string;
  period: Period;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  unit: Unit;
  claimant: string;
  sources: string[];
  confidence: Confidence;
  note?: string;
  outlier: boolean;
  breakdown?: Record<string, number>;
}

/** An observation's confidence: its own, else its file's, else medium. */
export const confidenceOf = (o: Pick<Observation, 'confidence'>, series: Pick<SeriesFile, 'confidence'>): Confidence =>
  o.confidence ?? series.confidence ?? 'medium';

/** Every observation of a series file as a claim, in the file's (date) order. */
export function claimsOf(series: SeriesFile, until?: number): Claim[] {
  const seen = new Map<string, number>();
  return series.observations.map((o) => {
    const unit = o.unit ?? series.unit;
    const base = `${unit}-${o.date}-${o.value}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      date: o.date,
      dateNote: o.dateNote,
      period: periodOf(o.date, until),
      value: o.value,
      valueMax: o.valueMax,
      qualifier: o.qualifier,
      unit,
      claimant: o.claimant,
      sources: o.sources,
      confidence: confidenceOf(o, series),
      note: o.note,
      outlier: o.outlier === true,
      breakdown: o.breakdown,
    };
  });
}

/**
 * How a figure is drawn where charts tell exactness apart. exact: a plain count held with
 * medium or high confidence; rounded: "about", "more than", … likewise; low: low confidence;
 * outlier: flagged in data as not to be charted without comment.
 */
export type Style = 'exact' | 'rounded' | 'low' | 'outlier';

export function styleOf(c: { outlier?: boolean; qualifier: Qualifier }, confidence: Confidence): Style {
  if (c.outlier) return 'outlier';
  if (confidence === 'low') return 'low';
  return c.qualifier === 'exact' ? 'exact' : 'rounded';
}

/**
 * An observation as a chart of dots keeps it, the observation itself alongside what is derived
 * from it: its period (cut short where the series ends), confidence, style and phrasing.
 */
export interface Reported {
  /** "obs-<index in the file>": unique, stable while the file keeps its order. */
  key: string;
  obs: Observation;
  at: Period;
  confidence: Confidence;
  style: Style;
  /** The figure as phrased, e.g. "about 24,000". */
  text: string;
}

/** Every observation of a series as Reported, in the file's order. */
export function reportedOf(series: SeriesFile): Reported[] {
  const until = seriesEnd(series.observations.map((o) => o.date));
  return series.observations.map((obs, i) => {
    const confidence = confidenceOf(obs, series);
    const text = figureText(obs, { long: true });
    return { key: `obs-${i}`, obs, at: periodOf(obs.date, until), confidence, style: styleOf(obs, confidence), text };
  });
}

/** The largest figure a claim allows (its range's upper end). */
export const topOf = (c: { value: number; valueMax?: number }): number => c.valueMax ?? c.value;

/** "381–398" or "487": the number alone, for a mark whose shape already says the qualifier. */
export function numberText(c: { value: number; valueMax?: number }): string {
  const range = c.valueMax !== undefined && c.valueMax !== c.value;
  return range ? t.charts.kit.marks.span(formatNumber(c.value), formatNumber(c.valueMax!)) : formatNumber(c.value);
}

/** The qualifier before a figure: short on a chart ("over "), `long` in tables and prose ("more than "). */
export function qualifierText(q: Qualifier, options: { long?: boolean } = {}): string {
  return (options.long ? t.qualifier : t.charts.kit.marks.qualifierShort)[q] ?? '';
}

/** "about 12,500", "over 15,000", "381–398": a figure as the source phrased it. */
export function figureText(
  c: { value: number; valueMax?: number; qualifier: Qualifier },
  options: { long?: boolean } = {},
): string {
  return t.charts.kit.marks.figure(qualifierText(c.qualifier, options), numberText(c));
}

/** "Qasim al-Araji, Iraqi national security adviser" → "Qasim al-Araji"; "CENTCOM; Iraq's…" → "CENTCOM". */
export function shortClaimant(claimant: string): string {
  return claimant.split(/[;,(]/)[0]!.trim();
}

/** "High", "Medium", "Low": a claim's confidence in a table. */
export const confidenceText = (c: Confidence): string => t.charts.kit.marks.confidence[c]!;

/** The order confidence sorts in, least sure first. */
export const confidenceRank = (c: Confidence): number => ['low', 'medium', 'high'].indexOf(c);

/** "about 19,000 (Arab News, 28 January 2026)": a claim in a sentence, with who and when; `figure` may add a unit. */
export function claimInProse(c: Claim, figure: string = figureText(c, { long: true })): string {
  return t.charts.kit.marks.claimInProse(
    figure,
    shortClaimant(c.claimant),
    formatPartialDate(c.date),
    c.confidence === 'low',
  );
}
