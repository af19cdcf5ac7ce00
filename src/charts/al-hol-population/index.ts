/**
 * al-hol-population — "Al-Hol camp, 2018–2026": every reported count of the camp's population
 * as a dot with its claimant in the table, a line only through one claimant's plain counts,
 * the nationality split where a source gives one, outliers marked and labelled, the peak, and
 * the closure in February 2026. Steps: arrivals (zoomed on 2018–19), decline (the whole
 * period, Iraqis highlighted), closure (zoomed on the last months).
 */
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import { LOCALE, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import {
  DAY,
  GROUPS,
  GROUP_LABEL,
  dateSpan,
  percent,
  placementNote,
  prepare,
  type AlHolInput,
  type Group,
  type Part,
  type Point,
  type Style,
} from './prepare.ts';
import { legend, type LegendItem } from './legend.ts';
import { createPlacer, type LabelRequest, type Side } from './labels.ts';

const ID = 'al-hol-population';
const TITLE = 'Al-Hol camp, 2018–2026';

type StepId = 'arrivals' | 'decline' | 'closure';

interface View {
  domain: [number, number];
  groups: readonly Group[];
  events: readonly (keyof AlHolInput['events'])[];
  peak: boolean;
  shares: boolean;
  closure: boolean;
  /** Label each total with its figure (zoomed views only). */
  values: boolean;
}

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const FULL: [number, number] = [utc('2018-10-01'), utc('2026-04-01')];

const VIEWS: Record<StepId | 'complete', View> = {
  arrivals: { domain: [utc('2018-11-01'), utc('2020-01-01')], groups: [], events: [], peak: true, shares: false, closure: false, values: true },
  decline: { domain: FULL, groups: ['iraqis'], events: ['returns'], peak: false, shares: true, closure: false, values: false },
  closure: { domain: [utc('2025-12-01'), utc('2026-03-10')], groups: GROUPS, events: ['handover'], peak: false, shares: false, closure: true, values: true },
  complete: { domain: FULL, groups: GROUPS, events: [], peak: true, shares: false, closure: true, values: false },
};

/** Side-by-side: each group's mark is moved this many of its own widths off the date. */
const DODGE: Record<Group, number> = { iraqis: -1, syrians: 0, others: 1 };
const SYMBOL: Record<Group, string> = { iraqis: 'square', syrians: 'triangle', others: 'diamond' };
/** The legend's swatch for a date's span: a horizontal line with end ticks. */
const SPAN_SYMBOL = {
  draw(context: CanvasPath, size: number) {
    const w = Math.min(6, Math.sqrt(size));
    context.moveTo(-w, 0);
    context.lineTo(w, 0);
    context.moveTo(-w, -2.5);
    context.lineTo(-w, 2.5);
    context.moveTo(w, -2.5);
    context.lineTo(w, 2.5);
  },
};
const date = (t: number) => new Date(t);
const inView = (v: View) => (p: { at: { t: number } }) => p.at.t >= v.domain[0] && p.at.t <= v.domain[1];

/** Swatch and dot options for each style; the CSS classes carry the colours. */
function styleOptions(style: Style, r: number) {
  switch (style) {
    case 'exact':
      return { r, fill: 'currentColor', stroke: 'none' };
    case 'rounded':
      return { r, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 };
    case 'low':
      return { r, fill: 'none', stroke: 'currentColor', strokeWidth: 1.3, strokeDasharray: '2 1.6' };
    case 'outlier':
      return { r: r + 1, fill: 'none', stroke: 'currentColor', strokeWidth: 2, symbol: 'times' };
  }
}

const STYLE_LABEL: Record<Style, string> = { exact: 'count', rounded: 'rounded or “more than”', low: 'low confidence', outlier: 'outlier, see table' };

function tickFormat(domain: [number, number]) {
  const month = new Intl.DateTimeFormat(LOCALE, { month: 'short', timeZone: 'UTC' });
  const year = (d: Date) => formatPartialDate(String(d.getUTCFullYear()));
  return (d: Date) => (d.getUTCMonth() === 0 || domain[1] - domain[0] > 3 * 365 * DAY ? year(d) : month.format(d));
}

function render(input: AlHolInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = (options.step ?? 'complete') as StepId | 'complete';
  const view = VIEWS[step];
  if (!view) throw new Error(`${ID}: no step "${options.step}"`);
  const narrow = width < 520;
  const fontSize = narrow ? 11 : 12;
  const small = narrow ? 10 : 11;
  const full = view.domain[1] - view.domain[0] > 3 * 365 * DAY;
  const r = narrow ? 3.5 : 4;
  const rPart = narrow && full ? 2.8 : r - 0.5;
  const marginLeft = narrow ? 52 : 58;
  const marginRight = narrow ? 16 : 24;
  const marginBottom = 28;

  const legendRows: LegendItem[][] = [
    (['exact', 'rounded', 'low', 'outlier'] as const).map((s) => ({
      label: STYLE_LABEL[s],
      swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, ...styleOptions(s, r), className: `alhol-total alhol-total--${s} alhol-swatch` })],
    })),
    [
      {
        label: narrow ? 'span of a month- or year-only date' : 'the span of a date given only as a month or year',
        swatch: (dx, dy) => [
          Plot.dot([0], { frameAnchor: 'top-left', dx, dy, r: 5, symbol: SPAN_SYMBOL, fill: 'none', stroke: 'currentColor', strokeWidth: 1, className: 'alhol-when' }),
          Plot.dot([0], { frameAnchor: 'top-left', dx, dy, ...styleOptions('rounded', r - 1), className: 'alhol-total alhol-total--rounded alhol-swatch' }),
        ],
      },
    ],
    GROUPS.map((g) => ({
      label: g === 'iraqis' ? `of whom ${GROUP_LABEL[g]}` : GROUP_LABEL[g],
      swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, r, symbol: SYMBOL[g], fill: 'currentColor', className: `alhol-part alhol-part--${g} alhol-swatch` })],
    })),
  ];
  // Lay the key out once to know its height, then again with the final top margin.
  const probe = legend(legendRows, { width, marginLeft, marginTop: 0, fontSize: small });
  const marginTop = probe.height + 30;
  const key = legend(legendRows, { width, marginLeft, marginTop, fontSize: small });
  const height = marginTop + (narrow ? 290 : 330) + marginBottom;
  const frame = { width, height, marginLeft, marginRight, marginTop, marginBottom };

  const visible = inView(view);
  const points = input.points.filter(visible);
  const parts = input.parts.filter((p) => view.groups.includes(p.group) && visible(p.point));
  const byStyle = (s: Style) => points.filter((p) => p.style === s);
  const partsBy = (g: Group, s: Style) => parts.filter((p) => p.group === g && p.point.style === s);
  const x = (p: Point) => date(p.at.t);
  const px = (p: Part) => date(p.point.at.t);
  const dodge = (g: Group) => DODGE[g] * (rPart * 2 + 0.5);
  const span = (view.domain[1] - view.domain[0]) / DAY;
  const ticks = full ? 'year' : span > 300 ? '3 months' : narrow && span > 150 ? '2 months' : 'month';

  // Pixel positions, as Plot's scales compute them (explicit domains, no nicing).
  const X = (t: number) => marginLeft + ((t - view.domain[0]) / (view.domain[1] - view.domain[0])) * (width - marginLeft - marginRight);
  const Y = (v: number) => marginTop + (1 - v / input.yMax) * (height - marginTop - marginBottom);
  const invert = ([px_, py_]: [number, number]): [Date, number] => [
    date(view.domain[0] + ((px_ - marginLeft) / (width - marginLeft - marginRight)) * (view.domain[1] - view.domain[0])),
    (1 - (py_ - marginTop) / (height - marginTop - marginBottom)) * input.yMax,
  ];
  const placer = createPlacer(frame, invert);
  for (const p of points) placer.reservePoint([X(p.at.t), Y(p.obs.value)], r + 1.5);
  for (const p of parts) placer.reservePoint([X(p.point.at.t) + dodge(p.group), Y(p.value)], rPart + 1);
  for (const run of input.runs) placer.reserveLine(run.points.filter(visible).map((p) => [X(p.at.t), Y(p.obs.value)]));
  for (const g of view.groups) for (const run of input.runs) placer.reserveLine(parts.filter((p) => p.group === g && run.points.includes(p.point)).map((p) => [X(p.point.at.t) + dodge(g), Y(p.value)]));
  const clip = (t: number) => Math.min(Math.max(t, view.domain[0]), view.domain[1]);
  const spans = points.filter((p) => p.at.precision !== 'day' && X(p.at.end) - X(p.at.start) > 2 * r + 2);
  for (const p of spans) placer.reserveLine([[X(clip(p.at.start)), Y(p.obs.value)], [X(clip(p.at.end)), Y(p.obs.value)]], 1);
  const events = view.events.map((k) => input.events[k]);
  for (const e of events) placer.reserve({ x0: X(e.at.t) - 1, y0: marginTop, x1: X(e.at.t) + 1, y1: height - marginBottom });

  const label = (at: [number, number], text: string, className: string, sides: readonly Side[], extra: Partial<LabelRequest> = {}) =>
    placer.place({ at, text, className: `${className} halo`, size: small, sides, maxChars: narrow ? 22 : 34, ...extra });
  const AROUND: Side[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

  // Required labels first, in order of importance.
  if (view.closure && input.closure) {
    const c = input.closure;
    label([X(c.at.t), Y(0)], `Closed, ${formatPartialDate(c.obs.date)}: ${formatNumber(0)}`, 'alhol-closure-label', ['above-left', 'left', 'above'], {
      required: true,
      maxChars: narrow ? 12 : 18,
      size: fontSize,
      farther: [16, 28],
      shifts: [-60, -80, -100, -120, -140].map((dy) => [0, dy] as [number, number]),
    });
  }
  if (view.peak) {
    const { low, high } = input.peak;
    const [first, last] = [input.peak.points[0]!, input.peak.points.at(-1)!];
    label([X(last.at.t), Y(high.obs.value)], `Peak: ${low.text} to ${high.text}, ${dateSpan(first.obs.date, last.obs.date)}`, 'alhol-peak-label', ['above-right', 'right', 'below-right', 'above-left'], {
      required: true,
      size: fontSize,
      gap: 10,
    });
  }
  for (const e of events)
    label([X(e.at.t), marginTop], `${e.title}, ${formatPartialDate(e.date)}`, 'alhol-event-label', ['below-right', 'below-left'], { required: true, gap: 4, maxChars: narrow ? 20 : 28 });
  for (const p of byStyle('outlier'))
    label([X(p.at.t), Y(p.obs.value)], view.values ? `${formatNumber(p.obs.value)}: outlier` : 'outlier', 'alhol-outlier-label', ['above', 'right', 'left', 'above-left', 'above-right', 'below'], { required: true });
  if (view.shares && input.shares) {
    const text = (p: Part) => `${GROUP_LABEL.iraqis}: ${formatNumber(p.value)} of ${p.point.text} (${percent(p.share)})`;
    for (const p of [input.shares.first, input.shares.last])
      label([X(p.point.at.t) + dodge('iraqis'), Y(p.value)], text(p), 'alhol-part-label alhol-part--iraqis', ['below', 'below-right', 'below-left', 'above-left', 'left', 'right'], { required: true, maxChars: narrow ? 16 : 24 });
  }
  if (!view.values)
    for (const run of input.runs) {
      const visiblePoints = run.points.filter(visible);
      if (visiblePoints.length < 2) continue;
      const [a, b] = [visiblePoints[0]!, visiblePoints.at(-1)!];
      label([(X(a.at.t) + X(b.at.t)) / 2, (Y(a.obs.value) + Y(b.obs.value)) / 2], `${run.claimant} counts`, 'alhol-run-label', ['below-right', 'below', 'above-right', 'above', 'right'], { gap: 8, farther: [14, 20] });
    }
  // Optional labels: each figure (zoomed views), then the groups by name.
  if (view.values) {
    const skip = new Set<Point>([...(view.peak ? input.peak.points : []), ...(input.closure ? [input.closure] : []), ...byStyle('outlier')]);
    for (const p of points.filter((q) => !skip.has(q)).sort((a, b) => (a.style === 'exact' ? 0 : 1) - (b.style === 'exact' ? 0 : 1)))
      label([X(p.at.t), Y(p.obs.value)], p.text, 'alhol-value', ['below', 'above', 'right', 'left', 'below-right', 'below-left'], { size: narrow ? 9.5 : 10.5, maxChars: 8, farther: [14, 22] });
  }
  for (const g of view.shares ? [] : view.groups) {
    const first = parts.find((p) => p.group === g && p.point.style !== 'outlier');
    if (first) label([X(first.point.at.t) + dodge(g), Y(first.value)], GROUP_LABEL[g], `alhol-part-label alhol-part--${g}`, ['left', 'above-left', 'below-left'], { gap: 8, farther: [16] });
  }

  const marks: Plot.Markish[] = [
    Plot.ruleY([0], { className: 'alhol-baseline' }),
    ...events.map((e) => Plot.ruleX([date(e.at.t)], { strokeDasharray: '3 3', className: 'alhol-event' })),
    // The span a month- or year-only date covers, where it is wider than its dot.
    Plot.link(spans, { x1: (p: Point) => date(clip(p.at.start)), x2: (p: Point) => date(clip(p.at.end)), y1: (p: Point) => p.obs.value, y2: (p: Point) => p.obs.value, markerStart: 'tick', markerEnd: 'tick', className: 'alhol-when' }),
    // Runs: one claimant's plain counts, joined; groups along the same runs.
    ...input.runs.map((run) => Plot.line(run.points.filter(visible), { x, y: (p: Point) => p.obs.value, strokeWidth: 1.5, className: 'alhol-run' })),
    ...view.groups.flatMap((g) =>
      input.runs.map((run) => Plot.line(parts.filter((p) => p.group === g && run.points.includes(p.point)), { x: px, y: 'value', dx: dodge(g), strokeWidth: 1, stroke: 'currentColor', className: `alhol-part alhol-part--${g}` })),
    ),
    // Parts of a total, by nationality: shape and colour by group, fill by the total's style.
    ...view.groups.flatMap((g) =>
      (['exact', 'rounded', 'low', 'outlier'] as const).map((s) =>
        Plot.dot(partsBy(g, s), { x: px, y: 'value', dx: dodge(g), ...styleOptions(s, rPart), symbol: s === 'outlier' ? 'times' : SYMBOL[g], className: `alhol-part alhol-part--${g} alhol-part--${s}` }),
      ),
    ),
    // Totals.
    ...(['low', 'rounded', 'exact', 'outlier'] as const).map((s) => Plot.dot(byStyle(s), { x, y: (p: Point) => p.obs.value, ...styleOptions(s, r), title: (p: Point) => rowTitle(p.key), className: `alhol-total alhol-total--${s}` })),
    ...placer.marks(),
    Plot.text([0], { frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -14, text: () => 'People', textAnchor: 'start', fontSize: small, className: 'alhol-axis-label' }),
    ...key.marks,
  ];

  return plotSvg(
    {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: { type: 'utc', domain: view.domain.map(date), ticks, tickFormat: tickFormat(view.domain), label: null },
      y: { domain: [0, input.yMax], grid: true, ticks: narrow ? 4 : 8, tickFormat: (d: number) => formatNumber(d), label: null },
      marks,
    },
    { idPrefix, title: TITLE, description: describe(input), className: `chart chart--${ID}`, fontSize },
  );
}

/** "on 19 January 2026", "in December 2018", "in 2024". */
const when = (d: string) => `${d.length === 10 ? 'on' : 'in'} ${formatPartialDate(d)}`;

/** The first plain count after the peak below each round threshold: how fast the camp emptied. */
function belowThresholds(input: AlHolInput): [number, Point][] {
  const after = input.points.filter((p) => p.at.t > input.peak.points.at(-1)!.at.t && (p.style === 'exact' || p.style === 'rounded') && p !== input.closure);
  const all = [60_000, 50_000, 40_000, 30_000, 20_000].flatMap((n): [number, Point][] => {
    const first = after.find((p) => (p.obs.valueMax ?? p.obs.value) < n);
    return first ? [[n, first]] : [];
  });
  // A count that passes several thresholds at once is reported at the lowest.
  return all.filter(([, p], i) => all[i + 1]?.[1] !== p);
}

function describe(input: AlHolInput): string {
  const { low, high } = input.peak;
  const first = input.points[0]!;
  const counted = input.points.filter((p) => p.style !== 'outlier');
  const lastBefore = counted.filter((p) => p !== input.closure && p.style !== 'low').at(-1)!;
  const outliers = input.points.filter((p) => p.style === 'outlier').length;
  const closure = input.closure ? ` and ${formatNumber(0)} when it was declared closed on ${formatPartialDate(input.closure.obs.date)}` : '';
  const shares = input.shares
    ? ` Where a source splits the total by nationality, Iraqis were ${percent(input.shares.first.share)} ${when(input.shares.first.point.obs.date)} and ${percent(input.shares.last.share)} ${when(input.shares.last.point.obs.date)}.`
    : '';
  return `Dot chart of ${input.points.length} reported counts of al-Hol's population: ${first.text} in ${formatPartialDate(first.obs.date)}, a peak of ${low.text} to ${high.text} in ${dateSpan(input.peak.points[0]!.obs.date, input.peak.points.at(-1)!.obs.date)}, a slow fall to ${lastBefore.text} ${when(lastBefore.obs.date)}${closure}.${shares} ${outliers} figures flagged as outliers are marked with a cross.`;
}

const CONFIDENCE = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function table(input: AlHolInput): DataTable {
  const group = (p: Point, g: Group) => {
    const v = p.obs.breakdown?.[g];
    return v === undefined ? { text: '', sort: -1 } : { text: formatNumber(v), sort: v };
  };
  return {
    caption: 'Reported population of al-Hol camp, oldest first, with the nationality split where the source gives one',
    sortable: true,
    columns: [
      { key: 'date', label: 'Date', rowHeader: true },
      { key: 'people', label: 'People', numeric: true },
      { key: 'iraqis', label: 'Iraqis', numeric: true },
      { key: 'syrians', label: 'Syrians', numeric: true },
      { key: 'others', label: 'Other nationalities', numeric: true },
      { key: 'claimant', label: 'Given by' },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows: input.points.map((p) => ({
      id: p.key,
      cells: {
        date: { text: formatPartialDate(p.obs.date), sort: p.obs.date, note: [p.obs.dateNote, placementNote(p.obs.date, p.at)].filter(Boolean).join(' ') || undefined },
        people: { text: p.text, sort: p.obs.value },
        iraqis: group(p, 'iraqis'),
        syrians: group(p, 'syrians'),
        others: group(p, 'others'),
        claimant: { text: p.obs.claimant, note: p.obs.note },
        confidence: {
          text: `${CONFIDENCE[p.confidence]}${p.style === 'outlier' ? '; outlier' : ''}`,
          note: [p.style === 'outlier' ? 'Marked with a cross and labelled on the chart; left out of every line.' : '', input.runs.some((r) => r.points.includes(p)) ? `Joined by a line to the other ${p.obs.claimant} counts.` : '']
            .filter(Boolean)
            .join(' ') || undefined,
        },
      },
      sources: p.obs.sources,
    })),
  };
}

export default defineChart<AlHolInput>({
  id: ID,
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: reported figures as listed in the table; dates given only as a month or year are drawn at the middle of the period',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.points.flatMap((p) => p.obs.sources), ...Object.values(input.events).flatMap((e) => e.sources)])],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'arrivals',
      alt: (input) => {
        const start = input.peak.points[0]!.at.t;
        const before = input.points.filter((p) => p.at.t < start && p.style !== 'outlier');
        const dates = [...new Set(before.map((p) => p.obs.date))];
        const growth = dates.map((d) => `${before.filter((p) => p.obs.date === d).map((p) => p.text).join(' and ')} ${when(d)}`);
        return `December 2018 to the end of 2019, enlarged: the counts rise from ${growth.join(' and ')} to a peak of ${input.peak.low.text} to ${input.peak.high.text} in ${dateSpan(input.peak.points[0]!.obs.date, input.peak.points.at(-1)!.obs.date)}, then begin to fall.${input.runs.map((r) => ` A line joins ${r.claimant}'s counts from ${formatPartialDate(r.points[0]!.obs.date)}.`).join('')}`;
      },
    },
    {
      id: 'decline',
      alt: (input) => {
        const s = input.shares;
        const split = s
          ? ` Iraqis, marked as red squares where a source gives them, go from ${formatNumber(s.first.value)} of ${s.first.point.text} (${percent(s.first.share)}) ${when(s.first.point.obs.date)} to ${formatNumber(s.last.value)} of ${s.last.point.text} (${percent(s.last.share)}) ${when(s.last.point.obs.date)}.`
          : '';
        const crossings = belowThresholds(input)
          .map(([n, p]) => `below ${formatNumber(n)} by ${formatPartialDate(p.obs.date)}`);
        const fall = crossings.length > 1 ? `${crossings.slice(0, -1).join(', ')} and ${crossings.at(-1)}` : crossings.join('');
        return `The whole period: after the 2019 peak the counts fall slowly: ${fall}. A dashed line marks ${formatPartialDate(input.events.returns.date)}, when Iraq began bringing citizens home.${split} Crosses mark ${input.points.filter((p) => p.style === 'outlier').length} outliers, figures far from the others or not comparable with them.`;
      },
    },
    {
      id: 'closure',
      alt: (input) => {
        const recent = input.points.filter((p) => p.at.t >= VIEWS.closure.domain[0] && p !== input.closure);
        const plain = recent.filter((p) => p.style !== 'outlier');
        const outliers = recent.filter((p) => p.style === 'outlier');
        const low = plain.reduce((a, b) => (b.obs.value < a.obs.value ? b : a));
        const high = plain.reduce((a, b) => (b.obs.value > a.obs.value ? b : a));
        const split = [...recent].reverse().find((p) => p.style !== 'outlier' && p.style !== 'low' && Object.keys(p.obs.breakdown ?? {}).length > 1);
        const largest = split ? (Object.entries(split.obs.breakdown!) as [Group, number][]).reduce((a, b) => (b[1] > a[1] ? b : a)) : undefined;
        const groups = split && largest ? ` In the split of ${formatPartialDate(split.obs.date)}, ${GROUP_LABEL[largest[0]]} were the largest group (${formatNumber(largest[1])} of ${split.text}).` : '';
        const closed = input.closure ? `; the camp was declared closed, with ${formatNumber(0)} residents, on ${formatPartialDate(input.closure.obs.date)}` : '';
        return `${dateSpan(new Date(VIEWS.closure.domain[0]).toISOString().slice(0, 7), new Date(VIEWS.closure.domain[1]).toISOString().slice(0, 7))}: counts between ${low.text} and ${high.text}${outliers.length ? `, and an outlier of ${outliers.map((p) => p.text).join(' and ')}` : ''}. A dashed line marks ${formatPartialDate(input.events.handover.date)}, when government forces entered the camp${closed}.${groups}`;
      },
    },
  ],
});
