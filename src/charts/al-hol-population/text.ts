/** al-hol-population — what the chart says in words: its description and each step's alt text. */
import { t } from '../../i18n/index.ts';
import { LOCALE, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { topOf } from '../kit/claims.ts';
import { dateSpan, isoDay, yearTick } from '../kit/dates.ts';
import type { AlHolInput, Group, Part, Point } from './prepare.ts';
import { domains } from './views.ts';

const s = () => t.charts['al-hol-population'];

/** "45%": a share for labels and prose. */
export const percent = (share: number): string => new Intl.NumberFormat(LOCALE, { style: 'percent' }).format(share);

/** "on 19 January 2026", "in December 2018", "in 2024". */
const when = (date: string) => s().when(formatPartialDate(date), date.length === 10);
/** "A, B and C". */
const list = (items: string[]) => t.list(items);
const peakSpan = (input: AlHolInput) => dateSpan(input.peak.points[0]!.obs.date, input.peak.points.at(-1)!.obs.date);
const outliers = (points: Point[]) => points.filter((p) => p.style === 'outlier');

/** Round thresholds the counts fell below after the peak: every 10,000 under the peak's lower end. */
const THRESHOLD_STEP = 10_000;

/** The first plain count after the peak below each round threshold: how fast the camp emptied. */
function belowThresholds(input: AlHolInput): [number, Point][] {
  const after = input.points.filter(
    (p) =>
      p.at.mid > input.peak.points.at(-1)!.at.mid &&
      (p.style === 'exact' || p.style === 'rounded') &&
      p !== input.closure,
  );
  const highest = Math.floor(input.peak.low.obs.value / THRESHOLD_STEP) * THRESHOLD_STEP - THRESHOLD_STEP;
  const thresholds = Array.from(
    { length: Math.max(0, highest / THRESHOLD_STEP) },
    (_, i) => highest - i * THRESHOLD_STEP,
  );
  const all = thresholds.flatMap((n): [number, Point][] => {
    const first = after.find((p) => topOf(p.obs) < n);
    return first ? [[n, first]] : [];
  });
  // A count that passes several thresholds at once is reported at the lowest.
  return all.filter(([, p], i) => all[i + 1]?.[1] !== p);
}

export function describe(input: AlHolInput): string {
  const { low, high } = input.peak;
  const first = input.points[0]!;
  const lastBefore = input.points
    .filter((p) => p.style !== 'outlier' && p !== input.closure && p.style !== 'low')
    .at(-1)!;
  const closure = input.closure ? s().describeClosure(formatNumber(0), formatPartialDate(input.closure.obs.date)) : '';
  const sh = input.shares;
  const shares = sh
    ? s().describeShares(
        percent(sh.first.share),
        when(sh.first.point.obs.date),
        percent(sh.last.share),
        when(sh.last.point.obs.date),
      )
    : '';
  const described = s().describe(
    formatNumber(input.points.length),
    first.text,
    formatPartialDate(first.obs.date),
    low.text,
    high.text,
    peakSpan(input),
    lastBefore.text,
    when(lastBefore.obs.date),
  );
  return `${described}${closure}.${shares}${s().describeOutliers(formatNumber(outliers(input.points).length))}`;
}

export function arrivalsAlt(input: AlHolInput): string {
  const start = input.peak.points[0]!.at.mid;
  const before = input.points.filter((p) => p.at.mid < start && p.style !== 'outlier');
  const dates = [...new Set(before.map((p) => p.obs.date))];
  const growth = dates.map(
    (d) =>
      `${before
        .filter((p) => p.obs.date === d)
        .map((p) => p.text)
        .reduce((a, b) => s().and(a, b))} ${when(d)}`,
  );
  const firstMonth = formatPartialDate(input.points[0]!.obs.date.slice(0, 7));
  const peakYear = yearTick(input.peak.points.at(-1)!.at.start);
  const runs = input.runs.map((r) => s().alt.run(r.claimant, formatPartialDate(r.points[0]!.obs.date))).join('');
  return (
    s().alt.arrivals(
      firstMonth,
      peakYear,
      growth.reduce((a, b) => s().and(a, b)),
      input.peak.low.text,
      input.peak.high.text,
      peakSpan(input),
    ) + runs
  );
}

export function declineAlt(input: AlHolInput): string {
  const sh = input.shares;
  const share = (p: Part) =>
    s().alt.share(formatNumber(p.value), p.point.text, percent(p.share), when(p.point.obs.date));
  const split = sh ? s().alt.split(share(sh.first), share(sh.last)) : '';
  const fall = list(
    belowThresholds(input).map(([n, p]) => s().alt.below(formatNumber(n), formatPartialDate(p.obs.date))),
  );
  const peakYear = yearTick(input.peak.points.at(-1)!.at.start);
  const returns = formatPartialDate(input.events.returns.date);
  return s().alt.decline(peakYear, fall, returns, split, formatNumber(outliers(input.points).length));
}

export function closureAlt(input: AlHolInput): string {
  const [from, to] = domains(input).closure;
  const recent = input.points.filter((p) => p.at.mid >= from && p !== input.closure);
  const plain = recent.filter((p) => p.style !== 'outlier');
  const low = plain.reduce((a, b) => (b.obs.value < a.obs.value ? b : a));
  const high = plain.reduce((a, b) => (b.obs.value > a.obs.value ? b : a));
  const out = outliers(recent);
  const split = [...recent]
    .reverse()
    .find((p) => p.style !== 'outlier' && p.style !== 'low' && Object.keys(p.obs.breakdown ?? {}).length > 1);
  const largest = split
    ? (Object.entries(split.obs.breakdown!) as [Group, number][]).reduce((a, b) => (b[1] > a[1] ? b : a))
    : undefined;
  const groups =
    split && largest
      ? s().alt.largest(formatPartialDate(split.obs.date), s().group[largest[0]]!, formatNumber(largest[1]), split.text)
      : '';
  const closed = input.closure ? s().alt.closed(formatNumber(0), formatPartialDate(input.closure.obs.date)) : '';
  return s().alt.closure(
    dateSpan(isoDay(from).slice(0, 7), isoDay(to).slice(0, 7)),
    low.text,
    high.text,
    out.length ? s().alt.closureOutliers(list(out.map((p) => p.text))) : '',
    formatPartialDate(input.events.handover.date),
    closed,
    groups,
  );
}
