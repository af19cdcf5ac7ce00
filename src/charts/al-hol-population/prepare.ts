/**
 * al-Hol's population as reported: every observation placed on a time axis (a partial date at
 * the middle of its period), styled by how exact and how trustworthy it is, the nationality
 * split where a source gives one, the runs of counts that may be joined by a line, the peak,
 * the closure and the events the story's steps refer to.
 */
import type { SiteData } from '../../data/validate.ts';
import type { Observation } from '../../data/schema/series.ts';
import { LOCALE, formatNumber, formatPartialDate, latestDate } from '../../lib/format/index.ts';

export const DAY = 86_400_000;

/** The nationality groups a breakdown may name, in stacking/legend order. */
export const GROUPS = ['iraqis', 'syrians', 'others'] as const;
export type Group = (typeof GROUPS)[number];
export const GROUP_LABEL: Record<Group, string> = { iraqis: 'Iraqis', syrians: 'Syrians', others: 'other nationalities' };

/**
 * How a figure is drawn. exact: a plain count from a source of medium or high confidence;
 * rounded: "about", "more than", … from such a source; low: low confidence; outlier: flagged
 * in data as not to be charted without comment.
 */
export type Style = 'exact' | 'rounded' | 'low' | 'outlier';

const QUALIFIER_WORDS: Record<Observation['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  'fewer-than': 'fewer than ',
  'up-to': 'up to ',
};

/** "about 10,000", "73,043", "8,000–10,000": a figure as the source phrased it. */
export function figureText(o: Pick<Observation, 'value' | 'valueMax' | 'qualifier'>): string {
  const n = o.valueMax === undefined ? formatNumber(o.value) : `${formatNumber(o.value)}–${formatNumber(o.valueMax)}`;
  return `${QUALIFIER_WORDS[o.qualifier]}${n}`;
}

export interface Placement {
  /** Epoch ms where the mark is drawn: the middle of the date's period. */
  t: number;
  start: number;
  end: number;
  precision: 'day' | 'month' | 'year';
}

/**
 * A partial date's period and its middle. `until` (epoch ms, exclusive) cuts a period short at
 * the end of the series: a figure reported as "2026" in a series that ends on 22 February 2026
 * belongs to January–22 February, not to the whole year.
 */
export function placeDate(date: string, until?: number): Placement {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  let start: number;
  let end: number;
  let precision: Placement['precision'];
  if (d !== undefined && m !== undefined) [start, end, precision] = [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1), 'day'];
  else if (m !== undefined) [start, end, precision] = [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1), 'month'];
  else [start, end, precision] = [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1), 'year'];
  if (until !== undefined && until > start && until < end) end = until;
  return { t: start + (end - start) / 2, start, end, precision };
}

/** The last day of a series given to the day, as the exclusive end of every period. */
export function seriesEnd(dates: readonly string[]): number | undefined {
  const latest = latestDate(dates.filter((d) => d.length === 10));
  return latest === undefined ? undefined : placeDate(latest).end;
}

/** "Placed at the middle of …" for the table, when the date is not a day. */
export function placementNote(date: string, p: Placement): string | undefined {
  if (p.precision === 'day') return undefined;
  const fmt = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  if (p.precision === 'month') return 'Month only: drawn at mid-month.';
  const full = placeDate(date);
  if (full.end === p.end) return 'Year only: drawn at mid-year, so its position is approximate.';
  return `Year only: drawn at the middle of 1 January–${fmt.format(new Date(p.end - DAY))}, when the series ends, so its position is approximate.`;
}

export interface Point {
  /** Index in the data file, unique. */
  key: string;
  obs: Observation;
  at: Placement;
  confidence: 'high' | 'medium' | 'low';
  style: Style;
  /** The figure as phrased, e.g. "about 24,000". */
  text: string;
}

export interface Part {
  point: Point;
  group: Group;
  value: number;
  /** Share of the total (value) the source gave, 0–1. */
  share: number;
}

/** Counts from one claimant close enough in time to be read as one series. */
export interface Run {
  claimant: string;
  points: Point[];
}

export interface ChartEvent {
  id: string;
  date: string;
  at: Placement;
  title: string;
  sources: string[];
}

export interface AlHolInput {
  points: Point[];
  parts: Part[];
  /** Lines through the totals; lines through each group follow the same runs. */
  runs: Run[];
  peak: { points: Point[]; low: Point; high: Point };
  closure: Point | undefined;
  /** Iraqi share at the first and last splits that are neither outliers nor low confidence. */
  shares: { first: Part; last: Part } | undefined;
  events: Record<'returns' | 'handover', ChartEvent>;
  yMax: number;
  asOf: string;
}

/** The most a run may skip between two counts before the line breaks. */
export const MAX_GAP_DAYS = 366;
/** Figures within this fraction of the highest count belong to the peak. */
export const PEAK_BAND = 0.05;

/** Events the steps mark, by id in data/events.json (the lead may list them in REFERENCED). */
export const EVENT_IDS = { returns: 'al-hol-returns-begin-2021', handover: 'al-hol-handover-2026' } as const;

function styleOf(o: Observation, confidence: Point['confidence']): Style {
  if (o.outlier) return 'outlier';
  if (confidence === 'low') return 'low';
  return o.qualifier === 'exact' ? 'exact' : 'rounded';
}

export function prepare(data: SiteData): AlHolInput {
  const series = data.alHolPopulation;
  const until = seriesEnd(series.observations.map((o) => o.date));
  const points: Point[] = series.observations.map((obs, i) => {
    const confidence = obs.confidence ?? series.confidence ?? 'medium';
    return { key: `obs-${i}`, obs, at: placeDate(obs.date, until), confidence, style: styleOf(obs, confidence), text: figureText(obs) };
  });
  points.sort((a, b) => a.at.t - b.at.t || a.key.localeCompare(b.key, 'en', { numeric: true }));

  const parts: Part[] = [];
  for (const point of points)
    for (const [group, value] of Object.entries(point.obs.breakdown ?? {})) {
      if (!(GROUPS as readonly string[]).includes(group))
        throw new Error(`al-hol-population: breakdown group "${group}" (${point.obs.date}, ${point.obs.claimant}) has no label or mark; add it to GROUPS`);
      parts.push({ point, group: group as Group, value, share: value / (point.obs.valueMax ?? point.obs.value) });
    }

  // Lines only through plain counts (exact, not low confidence, not outliers) from one claimant.
  const byClaimant = new Map<string, Point[]>();
  for (const p of points) if (p.style === 'exact') byClaimant.set(p.obs.claimant, [...(byClaimant.get(p.obs.claimant) ?? []), p]);
  const runs: Run[] = [];
  for (const [claimant, list] of byClaimant) {
    let run: Point[] = [];
    for (const p of list) {
      const previous = run.at(-1);
      if (previous && p.at.t - previous.at.t > MAX_GAP_DAYS * DAY) {
        if (run.length > 1) runs.push({ claimant, points: run });
        run = [];
      }
      run.push(p);
    }
    if (run.length > 1) runs.push({ claimant, points: run });
  }

  const candidates = points.filter((p) => p.style !== 'outlier');
  const top = Math.max(...candidates.map((p) => p.obs.valueMax ?? p.obs.value));
  const peakPoints = candidates.filter((p) => (p.obs.valueMax ?? p.obs.value) >= top * (1 - PEAK_BAND));
  const byValue = [...peakPoints].sort((a, b) => a.obs.value - b.obs.value || a.at.t - b.at.t);

  const last = points.at(-1);
  const closure = last && last.obs.value === 0 ? last : undefined;

  const iraqi = parts.filter((p) => p.group === 'iraqis' && p.point.style !== 'outlier' && p.point.style !== 'low');
  const shares = iraqi.length > 1 ? { first: iraqi[0]!, last: iraqi.at(-1)! } : undefined;

  const events = Object.fromEntries(
    Object.entries(EVENT_IDS).map(([key, id]) => {
      const e = data.events.events[id];
      if (!e) throw new Error(`al-hol-population: expected event "${id}" in data/events.json, got none`);
      return [key, { id, date: e.date, at: placeDate(e.date), title: e.title, sources: e.sources }];
    }),
  ) as AlHolInput['events'];

  const max = Math.max(...points.map((p) => p.obs.valueMax ?? p.obs.value));
  return {
    points,
    parts,
    runs,
    peak: { points: peakPoints, low: byValue[0]!, high: byValue.at(-1)! },
    closure,
    shares,
    events,
    yMax: Math.ceil((max * 1.1) / 10_000) * 10_000,
    asOf: latestDate(points.map((p) => p.obs.date)) ?? series.observations.at(-1)!.date,
  };
}

/** "March–June 2019", "21 January–12 February 2026", "December 2018", "2024". */
export function dateSpan(a: string, b: string): string {
  if (a === b) return formatPartialDate(a);
  const [ya, yb] = [a.slice(0, 4), b.slice(0, 4)];
  if (ya === yb && a.length === 10 && b.length === 10) {
    const dayMonth = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    return `${dayMonth.format(new Date(`${a}T00:00:00Z`))}–${formatPartialDate(b)}`;
  }
  if (ya === yb && a.length >= 7 && b.length >= 7) {
    const month = new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' });
    const m = (s: string) => month.format(new Date(`${s.slice(0, 7)}-01T00:00:00Z`));
    return `${m(a)}–${m(b)} ${ya}`;
  }
  return `${formatPartialDate(a)}–${formatPartialDate(b)}`;
}

/** "45%": a share for labels. */
export function percent(share: number): string {
  return `${formatNumber(Math.round(share * 100))}%`;
}
