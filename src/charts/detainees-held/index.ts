/**
 * detainees-held — "IS suspects held in SDF prisons": each reported figure, 2019–2026, as a
 * mark with its claimant in the table; figures for the same month stand side by side over a
 * bar spanning their spread; the plateau before 2026 as a band; and the US-run transfer to
 * Iraq of January–February 2026, a separate count, as a bar of its own. Steps: plateau, 2026.
 */
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import { LOCALE, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { DAY, dateSpan, figureText, placementNote, type Style } from '../al-hol-population/prepare.ts';
import { legend, type LegendItem } from '../al-hol-population/legend.ts';
import { createPlacer, type LabelRequest, type Side } from '../al-hol-population/labels.ts';
import { prepare, type Claim, type DetaineesInput, type Period } from './prepare.ts';

const ID = 'detainees-held';
const TITLE = 'IS suspects held in SDF prisons';

type StepId = 'plateau' | '2026';
interface View {
  plateau: boolean;
  transfer: boolean;
  /** Label every figure (optional labels, dropped where they do not fit). */
  values: boolean;
  /** Name the claimants of the latest period and mute the rest. */
  recent: boolean;
}
const VIEWS: Record<StepId | 'complete', View> = {
  plateau: { plateau: true, transfer: false, values: true, recent: false },
  '2026': { plateau: false, transfer: true, values: false, recent: true },
  complete: { plateau: true, transfer: true, values: false, recent: false },
};

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const DOMAIN: [number, number] = [utc('2019-01-01'), utc('2026-04-01')];
const date = (t: number) => new Date(t);

/** Upward (more than, at least) or downward (fewer than, up to, nearly) from the figure. */
const DIRECTION: Record<Claim['obs']['qualifier'], 1 | -1 | 0> = { exact: 0, about: 0, 'more-than': 1, 'at-least': 1, nearly: -1, 'fewer-than': -1, 'up-to': -1 };

function dotOptions(style: Style, r: number) {
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

/** Legend swatch for "more than": a circle with an arrow rising from it. */
const MORE_THAN_SYMBOL = {
  draw(context: CanvasPath, size: number) {
    const r = Math.sqrt(size / Math.PI);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, 2 * Math.PI);
    context.moveTo(0, -r);
    context.lineTo(0, -r - 7);
    context.moveTo(-2.5, -r - 4.5);
    context.lineTo(0, -r - 7);
    context.lineTo(2.5, -r - 4.5);
  },
};
/** Legend swatch for a range given by one source: a vertical bar with end ticks. */
const RANGE_SYMBOL = {
  draw(context: CanvasPath) {
    context.moveTo(0, -6);
    context.lineTo(0, 6);
    context.moveTo(-3, -6);
    context.lineTo(3, -6);
    context.moveTo(-3, 6);
    context.lineTo(3, 6);
  },
};

function tickFormat(d: Date): string {
  return formatPartialDate(String(d.getUTCFullYear()));
}

function render(input: DetaineesInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = (options.step ?? 'complete') as StepId | 'complete';
  const view = VIEWS[step];
  if (!view) throw new Error(`${ID}: no step "${options.step}"`);
  const narrow = width < 520;
  const fontSize = narrow ? 11 : 12;
  const small = narrow ? 10 : 11;
  const r = narrow ? 3.5 : 4;
  const marginLeft = narrow ? 46 : 54;
  const marginRight = narrow ? 14 : 24;
  const marginBottom = 28;

  const legendRows: LegendItem[][] = [
    [
      { label: 'about', swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, ...dotOptions('rounded', r), className: 'dh-claim dh-swatch' })] },
      { label: 'more than', swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy: dy + 3, r, symbol: MORE_THAN_SYMBOL, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, className: 'dh-claim dh-swatch' })] },
      { label: 'a range', swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, r, symbol: RANGE_SYMBOL, fill: 'none', stroke: 'currentColor', strokeWidth: 2.5, className: 'dh-claim dh-swatch' })] },
      { label: 'low confidence', swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, ...dotOptions('low', r), className: 'dh-claim dh-claim--low dh-swatch' })] },
    ],
    [
      {
        label: narrow ? 'spread of figures for one month' : 'the spread of the figures given for the same month',
        swatch: (dx, dy) => [Plot.dot([0], { frameAnchor: 'top-left', dx, dy, r: 6, symbol: 'square', className: 'dh-spread dh-swatch' })],
      },
    ],
  ];
  const probe = legend(legendRows, { width, marginLeft, marginTop: 0, fontSize: small });
  const marginTop = probe.height + 30;
  const key = legend(legendRows, { width, marginLeft, marginTop, fontSize: small });
  const height = marginTop + (narrow ? 250 : 290) + marginBottom;
  const frame = { width, height, marginLeft, marginRight, marginTop, marginBottom };

  const plotWidth = width - marginLeft - marginRight;
  const plotHeight = height - marginTop - marginBottom;
  const msPerPx = (DOMAIN[1] - DOMAIN[0]) / plotWidth;
  const X = (t: number) => marginLeft + (t - DOMAIN[0]) / msPerPx;
  const Y = (v: number) => marginTop + (1 - v / input.yMax) * plotHeight;
  const invert = ([px, py]: [number, number]): [Date, number] => [date(DOMAIN[0] + (px - marginLeft) * msPerPx), (1 - (py - marginTop) / plotHeight) * input.yMax];

  // Claims for the same period side by side: each slot one mark-width apart, centred on the date.
  const slotPx = 2 * r + 3;
  const periodOf = new Map(input.periods.flatMap((p) => p.claims.map((c) => [c, p] as const)));
  const offset = (c: Claim) => (c.slot - (periodOf.get(c)!.claims.length - 1) / 2) * slotPx;
  const cx = (c: Claim) => periodOf.get(c)!.at.t + offset(c) * msPerPx;
  const halfSpread = (p: Period) => ((p.claims.length - 1) / 2) * slotPx + r + 3;
  const arrowLen = (10 * input.yMax) / plotHeight;

  const muted = (c: Claim) => view.recent && periodOf.get(c) !== input.recent;
  const singles = input.claims.filter((c) => c.obs.valueMax === undefined);
  const ranges = input.claims.filter((c) => c.obs.valueMax !== undefined);
  const spreads = input.periods.filter((p) => p.claims.length > 1 && p.high > p.low);
  const arrows = input.claims.filter((c) => DIRECTION[c.obs.qualifier] !== 0);

  const placer = createPlacer(frame, invert);
  for (const c of singles) placer.reservePoint([X(cx(c)), Y(c.obs.value)], r + 1.5);
  for (const c of ranges) placer.reserve({ x0: X(cx(c)) - 4, y0: Y(c.obs.valueMax!) - 2, x1: X(cx(c)) + 4, y1: Y(c.obs.value) + 2 });
  for (const c of arrows) placer.reserveLine([[X(cx(c)), Y(c.obs.value)], [X(cx(c)), Y(c.obs.value + DIRECTION[c.obs.qualifier] * arrowLen)]], 3);
  for (const p of spreads) placer.reserve({ x0: X(p.at.t) - halfSpread(p), y0: Y(p.high), x1: X(p.at.t) + halfSpread(p), y1: Y(p.low) });
  const t = input.transfer;
  const transferBox = t ? { x0: X(t.at.start) - 1, y0: Y(t.final.value), x1: Math.max(X(t.at.end), X(t.at.start) + 4) + 1, y1: Y(0) } : undefined;
  if (view.transfer && transferBox) placer.reserve(transferBox);

  const label = (at: [number, number], text: string, className: string, sides: readonly Side[], extra: Partial<LabelRequest> = {}) =>
    placer.place({ at, text, className: `${className} halo`, size: small, sides, maxChars: narrow ? 24 : 40, ...extra });

  const pl = input.plateau;
  const band = { x1: pl.periods[0]!.at.t - 20 * msPerPx, x2: pl.periods.at(-1)!.at.t + 20 * msPerPx };
  if (view.plateau) {
    label([(X(band.x1) + X(band.x2)) / 2, Y(pl.low)], `${dateSpan(pl.from, pl.to)}: every figure between ${formatNumber(pl.low)} and ${formatNumber(pl.high)}`, 'dh-plateau-label', ['below'], {
      required: true,
      size: fontSize,
      gap: 10,
      maxChars: narrow ? 28 : 72,
    });
  }
  if (view.transfer && t && transferBox)
    label([transferBox.x0, (transferBox.y0 + transferBox.y1) / 2], `Moved to Iraq, ${dateSpan(t.from, t.to)}: ${figureText(t.final)} (${t.final.claimant}), a separate count`, 'dh-transfer-label', ['left'], {
      required: true,
      maxChars: narrow ? 20 : 30,
      gap: 12,
    });
  if (view.recent && input.recent)
    for (const c of [...input.recent.claims].reverse()) {
      const top = Y(c.obs.valueMax ?? c.obs.value + Math.max(0, DIRECTION[c.obs.qualifier]) * arrowLen);
      const y = c.obs.valueMax === undefined ? Y(c.obs.value) : (top + Y(c.obs.value)) / 2;
      label([X(cx(c)) - r, y], `${c.obs.claimant}: ${c.text}`, 'dh-claim-label', ['left', 'above-left', 'below-left'], { required: true, maxChars: narrow ? 22 : 34, farther: [20, 34], shifts: [[0, -28], [0, 28], [0, -52]] });
    }
  if (view.values)
    for (const c of input.claims) {
      const up = DIRECTION[c.obs.qualifier] > 0;
      const top = c.obs.valueMax ?? c.obs.value + (up ? arrowLen : 0);
      // The mark's shape gives the qualifier (about, more than), so the label is the number alone.
      const n = c.obs.valueMax === undefined ? formatNumber(c.obs.value) : `${formatNumber(c.obs.value)}–${formatNumber(c.obs.valueMax)}`;
      label([X(cx(c)), Y(top)], n, 'dh-value', ['above', 'above-left', 'above-right', 'below'], { size: narrow ? 9.5 : 10.5, gap: 6 });
    }

  const x = (c: Claim) => date(cx(c));
  const marks: Plot.Markish[] = [
    ...(view.plateau ? [Plot.rect([pl], { x1: () => date(band.x1), x2: () => date(band.x2), y1: () => pl.low, y2: () => pl.high, className: 'dh-plateau' })] : []),
    Plot.rect(spreads, { x1: (p: Period) => date(p.at.t - halfSpread(p) * msPerPx), x2: (p: Period) => date(p.at.t + halfSpread(p) * msPerPx), y1: 'low', y2: 'high', className: 'dh-spread' }),
    ...(view.transfer && t
      ? [Plot.rect([t], { x1: () => date(t.at.start), x2: () => date(Math.max(t.at.end, t.at.start + 4 * msPerPx)), y1: () => 0, y2: () => t.final.value, className: 'dh-transfer' })]
      : []),
    Plot.ruleY([0]),
    ...(['low', 'rounded', 'exact', 'outlier'] as const).flatMap((s) => {
      const o = dotOptions(s, r);
      const dash = 'strokeDasharray' in o ? { strokeDasharray: o.strokeDasharray } : {};
      return [false, true].flatMap((m) => {
        const mine = (c: Claim) => c.style === s && muted(c) === m;
        const className = `dh-claim dh-claim--${s}${m ? ' dh-claim--muted' : ''}`;
        return [
          Plot.arrow(arrows.filter(mine), { x, y1: (c: Claim) => c.obs.value, y2: (c: Claim) => c.obs.value + DIRECTION[c.obs.qualifier] * arrowLen, headLength: 5, strokeWidth: 1.3, insetStart: r, className: `${className} dh-arrow` }),
          Plot.link(ranges.filter(mine), { x, y1: (c: Claim) => c.obs.value, y2: (c: Claim) => c.obs.valueMax!, strokeWidth: 2.5, ...dash, className: `${className} dh-range` }),
          // End caps of a range.
          Plot.link(
            ranges.filter(mine).flatMap((c) => [c.obs.value, c.obs.valueMax!].map((v) => ({ c, v }))),
            { x1: ({ c }: { c: Claim }) => date(cx(c) - 3.5 * msPerPx), x2: ({ c }: { c: Claim }) => date(cx(c) + 3.5 * msPerPx), y1: 'v', y2: 'v', strokeWidth: 1.5, className: `${className} dh-range-cap` },
          ),
          Plot.dot(singles.filter(mine), { x, y: (c: Claim) => c.obs.value, ...o, title: (c: Claim) => rowTitle(c.key), className: `${className} dh-dot` }),
        ];
      });
    }),
    ...placer.marks(),
    Plot.text([0], { frameAnchor: 'top-left', dx: -marginLeft + 2, dy: -14, text: () => 'People held', textAnchor: 'start', fontSize: small, className: 'dh-axis-label' }),
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
      x: { type: 'utc', domain: DOMAIN.map(date), ticks: 'year', tickFormat, label: null },
      y: { domain: [0, input.yMax], grid: true, ticks: narrow ? 4 : 7, tickFormat: (d: number) => formatNumber(d), label: null },
      marks,
    },
    { idPrefix, title: TITLE, description: describe(input), className: `chart chart--${ID}`, fontSize },
  );
}

function describe(input: DetaineesInput): string {
  const pl = input.plateau;
  const recent = input.recent ? ` In ${formatPartialDate(input.recent.key)} the figures given were ${input.recent.claims.map((c) => `${c.text} (${c.obs.claimant})`).join(', ')}.` : '';
  const t = input.transfer;
  const transfer = t ? ` From ${formatPartialDate(t.from)} to ${formatPartialDate(t.to)}, ${figureText(t.final)} were moved to Iraq, according to ${t.final.claimant}; that count is shown separately, not subtracted.` : '';
  return `Dot chart of ${input.claims.length} published estimates of the number of IS suspects held in SDF prisons, from ${formatPartialDate(input.claims[0]!.obs.date)} to ${formatPartialDate(input.asOf)}. From ${formatPartialDate(pl.from)} to ${formatPartialDate(pl.to)} every figure lies between ${formatNumber(pl.low)} and ${formatNumber(pl.high)}.${recent}${transfer}`;
}

const CONFIDENCE = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function table(input: DetaineesInput): DataTable {
  const rows: DataTable['rows'] = input.claims.map((c) => ({
    id: c.key,
    cells: {
      date: { text: formatPartialDate(c.obs.date), sort: c.obs.date, note: [c.obs.dateNote, placementNote(c.obs.date, c.at)].filter(Boolean).join(' ') || undefined },
      people: { text: c.text, sort: c.obs.value },
      claimant: { text: c.obs.claimant, note: c.obs.note },
      confidence: { text: `${CONFIDENCE[c.confidence]}${c.style === 'outlier' ? '; outlier' : ''}` },
    },
    sources: c.obs.sources,
  }));
  const t = input.transfer;
  if (t)
    rows.push({
      id: 'transfer-to-iraq',
      cells: {
        date: { text: dateSpan(t.from, t.to), sort: t.to, note: 'From the separate series of detainees moved to Iraq; drawn as a bar spanning these dates.' },
        people: { text: `${figureText(t.final)} moved to Iraq`, sort: t.final.value },
        claimant: { text: t.final.claimant, note: t.final.note },
        confidence: { text: CONFIDENCE[t.final.confidence ?? 'medium'] },
      },
      sources: t.sources,
    });
  return {
    caption: 'Published estimates of IS suspects held in SDF prisons, oldest first, and the transfer of detainees to Iraq in 2026',
    sortable: true,
    columns: [
      { key: 'date', label: 'Date', rowHeader: true },
      { key: 'people', label: 'People', numeric: true },
      { key: 'claimant', label: 'Given by' },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows,
  };
}

export default defineChart<DetaineesInput>({
  id: ID,
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: published estimates as listed in the table; figures for the same month are drawn side by side at mid-month',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.claims.flatMap((c) => c.obs.sources), ...(input.transfer?.sources ?? [])])],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'plateau',
      alt: (input) => {
        const pl = input.plateau;
        const n = pl.periods.flatMap((p) => p.claims).length;
        const disagree = pl.periods.filter((p) => p.claims.length > 1 && p.high > p.low);
        return `A shaded band covers all ${n} estimates from ${formatPartialDate(pl.from)} to ${formatPartialDate(pl.to)}: every one lies between ${formatNumber(pl.low)} and ${formatNumber(pl.high)}.${disagree.map((p) => ` In ${formatPartialDate(p.key)} the sources differed: ${p.claims.map((c) => `${c.text} (${c.obs.claimant})`).join(' and ')}.`).join('')}`;
      },
    },
    {
      id: '2026',
      alt: (input) => {
        const recent = input.recent;
        const t = input.transfer;
        const figures = recent ? `In ${formatPartialDate(recent.key)}, the estimates were ${recent.claims.map((c) => `${c.text} (${c.obs.claimant})`).join(', ')}.` : 'No estimate is reported for 2026.';
        const moved = t ? ` A separate bar shows the detainees moved to Iraq from ${formatPartialDate(t.from)} to ${formatPartialDate(t.to)}: ${figureText(t.final)}, according to ${t.final.claimant}.` : '';
        return `${figures}${moved}`;
      },
    },
  ],
});
