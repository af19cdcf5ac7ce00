/**
 * al-Hol's population as reported: every observation placed on a time axis (a partial date at
 * the middle of its period, kit/dates.ts), styled by how exact and how trustworthy it is
 * (kit/claims.ts), the nationality split where a source gives one, the runs of counts that may
 * be joined by a line, the peak, the closure and the events the story's steps refer to.
 */
import type { SiteData } from '../../data/validate.ts';
import { latestDate } from '../../lib/format/index.ts';
import { reportedOf, topOf, type Reported } from '../kit/claims.ts';
import { DAY, periodOf, type Period } from '../kit/dates.ts';

/** The nationality groups a breakdown may name, in stacking/legend order. */
export const GROUPS = ['iraqis', 'syrians', 'others'] as const;
export type Group = (typeof GROUPS)[number];

/** A reported count, drawn as a dot. */
export type Point = Reported;

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
  at: Period;
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

/** Lines only through plain counts (exact, not low confidence, not outliers) from one claimant, broken at long gaps. */
function runsOf(points: readonly Point[]): Run[] {
  const byClaimant = new Map<string, Point[]>();
  for (const p of points)
    if (p.style === 'exact') byClaimant.set(p.obs.claimant, [...(byClaimant.get(p.obs.claimant) ?? []), p]);
  const runs: Run[] = [];
  for (const [claimant, list] of byClaimant) {
    let run: Point[] = [];
    for (const p of list) {
      const previous = run.at(-1);
      if (previous && p.at.mid - previous.at.mid > MAX_GAP_DAYS * DAY) {
        if (run.length > 1) runs.push({ claimant, points: run });
        run = [];
      }
      run.push(p);
    }
    if (run.length > 1) runs.push({ claimant, points: run });
  }
  return runs;
}

function partsOf(points: readonly Point[]): Part[] {
  return points.flatMap((point) =>
    Object.entries(point.obs.breakdown ?? {}).map(([group, value]) => {
      if (!(GROUPS as readonly string[]).includes(group))
        throw new Error(
          `al-hol-population: breakdown group "${group}" (${point.obs.date}, ${point.obs.claimant}) ` +
            'has no label or mark; add it to GROUPS',
        );
      return { point, group: group as Group, value, share: value / topOf(point.obs) };
    }),
  );
}

export function prepare(data: SiteData): AlHolInput {
  const series = data.alHolPopulation;
  const points = reportedOf(series);
  points.sort((a, b) => a.at.mid - b.at.mid || a.key.localeCompare(b.key, 'en', { numeric: true }));
  const parts = partsOf(points);

  const candidates = points.filter((p) => p.style !== 'outlier');
  const top = Math.max(...candidates.map((p) => topOf(p.obs)));
  const peakPoints = candidates.filter((p) => topOf(p.obs) >= top * (1 - PEAK_BAND));
  const byValue = [...peakPoints].sort((a, b) => a.obs.value - b.obs.value || a.at.mid - b.at.mid);

  const last = points.at(-1);
  const iraqi = parts.filter((p) => p.group === 'iraqis' && p.point.style !== 'outlier' && p.point.style !== 'low');

  const events = Object.fromEntries(
    Object.entries(EVENT_IDS).map(([key, id]) => {
      const e = data.events.events[id];
      if (!e) throw new Error(`al-hol-population: expected event "${id}" in data/events.json, got none`);
      return [key, { id, date: e.date, at: periodOf(e.date), title: e.title, sources: e.sources }];
    }),
  ) as AlHolInput['events'];

  const max = Math.max(...points.map((p) => topOf(p.obs)));
  return {
    points,
    parts,
    runs: runsOf(points),
    peak: { points: peakPoints, low: byValue[0]!, high: byValue.at(-1)! },
    closure: last && last.obs.value === 0 ? last : undefined,
    shares: iraqi.length > 1 ? { first: iraqi[0]!, last: iraqi.at(-1)! } : undefined,
    events,
    yMax: Math.ceil((max * 1.1) / 10_000) * 10_000,
    asOf: latestDate(points.map((p) => p.obs.date)) ?? series.observations.at(-1)!.date,
  };
}
