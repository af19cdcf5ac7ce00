/**
 * timeline — the drawing, with Observable Plot in pixel coordinates (identity scales): the day
 * axis with its stacks and month spans, then the lanes and the list (layout.ts). Text arrives
 * already wrapped, lines joined by "\n", so Plot never wraps with its own width guess.
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import type { RenderOptions } from '../types.ts';
import { dayTick, monthTick, periodOf } from '../kit/dates.ts';
import { isNarrow } from '../kit/type-scale.ts';
import { layout, type Row } from './layout.ts';
import type { TimelineEvent, TimelineInput } from './prepare.ts';
import { stepOf } from './steps.ts';
import { describe, windowMonths } from './text.ts';
import { dateOfDay } from './window.ts';

type Layout = ReturnType<typeof layout>;
const hollow = (e: TimelineEvent) => e.confidence !== 'high';
const lines = (l: readonly string[]) => l.join('\n');

export function render(input: TimelineInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const step = stepOf(input.steps, options.step);
  const L = layout(input, width, step);
  const s = t.charts.timeline;
  return plotSvg(
    {
      width,
      height: L.height,
      margin: 0,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [...dayAxis(L, s.caption(step !== undefined, isNarrow(width))), ...list(L, width)],
    },
    {
      idPrefix,
      title: s.title(windowMonths()),
      description: describe(input),
      className: 'chart chart--timeline',
      fontSize: L.type.base,
    },
  );
}

/** The day axis: the step's band, the caption, ticks, stacked dots and the month-only spans. */
function dayAxis(L: Layout, caption: string): Plot.Markish[] {
  const { x, M, type, band, baseline } = L;
  const small = { fontSize: type.small, fill: 'currentColor', lineAnchor: 'top' as const };
  const month = (e: TimelineEvent) => monthTick(periodOf(e.date).start);
  return [
    ...(band
      ? [
          Plot.rect([band], {
            x1: (b: typeof band) => x(b.from),
            x2: (b: typeof band) => x(b.to),
            y1: 'y1',
            y2: 'y2',
            fill: 'currentColor',
            className: 'timeline-range',
          }),
        ]
      : []),
    Plot.text([caption], {
      x: M,
      y: L.captionY,
      text: (d: string) => d,
      textAnchor: 'start',
      ...small,
      className: 'timeline-caption',
    }),
    Plot.ruleX(L.days, {
      x: (d: number) => x(d),
      y1: baseline,
      y2: baseline + 2.5,
      stroke: 'currentColor',
      className: 'timeline-tick',
    }),
    Plot.ruleX([...L.majorTicks, L.days.length], {
      x: (d: number) => x(d),
      y1: baseline,
      y2: baseline + 6,
      stroke: 'currentColor',
      className: 'timeline-tick--major',
    }),
    Plot.ruleY([baseline], {
      x1: x(0),
      x2: x(L.days.length),
      y: (d: number) => d,
      stroke: 'currentColor',
      className: 'timeline-baseline',
    }),
    Plot.text(L.majorTicks, {
      x: (d: number) => x(d),
      y: L.axisLabelY,
      text: (d: number) => dayTick(periodOf(dateOfDay(d)).start),
      textAnchor: 'start',
      dx: 2,
      ...small,
      className: 'timeline-axis-label',
    }),
    ...stackMarks(L),
    ...L.spans.flatMap((sp) => {
      const muted = sp.on ? '' : ' timeline-span--muted';
      const label = t.charts.timeline.spanLabel(month(sp.e), formatNumber(1));
      return [
        Plot.ruleY([sp], {
          x1: 'x1',
          x2: 'x2',
          y: 'y',
          stroke: 'currentColor',
          strokeWidth: 1.5,
          strokeDasharray: '3 2',
          className: `timeline-span${muted}`,
        }),
        Plot.ruleX([sp.x1, sp.x2], {
          x: (d: number) => d,
          y1: sp.y - 3,
          y2: sp.y + 3,
          stroke: 'currentColor',
          strokeWidth: 1.5,
          className: `timeline-span${muted}`,
        }),
        Plot.text([sp], {
          x: (d: typeof sp) => (d.x1 + d.x2) / 2,
          y: sp.y + 3,
          text: () => label,
          ...small,
          className: `timeline-span-label${sp.on ? '' : ' timeline-span-label--muted'}`,
        }),
      ];
    }),
  ];
}

/** The stacked dots: muted when outside the step, hollow and dashed below high confidence. */
function stackMarks({ stacks, g }: Layout): Plot.Markish[] {
  return [false, true].flatMap((on) => {
    const muted = on ? '' : ' timeline-stack--muted';
    const these = stacks.filter((d) => d.on === on);
    return [
      Plot.dot(
        these.filter((d) => !hollow(d.e)),
        { x: 'x', y: 'y', r: g.stackR, fill: 'currentColor', className: `timeline-stack${muted}` },
      ),
      Plot.dot(
        these.filter((d) => hollow(d.e)),
        {
          x: 'x',
          y: 'y',
          r: g.stackR - 0.3,
          fill: 'currentColor',
          stroke: 'currentColor',
          strokeWidth: 1,
          strokeDasharray: '1.5 1',
          className: `timeline-stack timeline-stack--hollow${muted}${on ? '' : ' timeline-stack--hollow-muted'}`,
        },
      ),
    ];
  });
}

/** The lanes (headings and guides) and the list: dates, dots in their lane, titles and quotes. */
function list(L: Layout, width: number): Plot.Markish[] {
  const { M, type, lh, rows, headings, laneX, labelX, g } = L;
  const text = {
    textAnchor: 'start' as const,
    lineAnchor: 'top' as const,
    lineHeight: g.leading,
    fill: 'currentColor',
  };
  const dot = (r: Row) => ({ x: laneX(r.e.lane), y: r.y + lh / 2 });
  return [
    Plot.ruleX(headings, {
      x: (h: (typeof headings)[number]) => h.x + 3,
      y1: 'guideTop',
      y2: L.listBottom,
      stroke: 'currentColor',
      className: 'timeline-guide',
    }),
    Plot.text(headings, {
      x: 'x',
      y: 'y',
      text: 'label',
      ...text,
      fontSize: type.small,
      fontWeight: 600,
      className: 'timeline-lane-head',
    }),
    Plot.ruleY(L.separators, {
      x1: M,
      x2: width - M,
      y: (d: number) => d,
      stroke: 'currentColor',
      className: 'timeline-separator',
    }),
    Plot.text(
      rows.filter((r) => r.first),
      {
        x: M,
        y: 'y',
        text: (r: Row) => lines(r.date),
        ...text,
        fontSize: type.base,
        fontWeight: 700,
        className: 'timeline-date',
      },
    ),
    Plot.dot(
      rows.filter((r) => !hollow(r.e)),
      {
        x: (r: Row) => dot(r).x,
        y: (r: Row) => dot(r).y,
        r: g.dotR,
        fill: 'currentColor',
        title: (r: Row) => rowTitle(r.e.id),
        className: 'timeline-dot',
      },
    ),
    Plot.dot(
      rows.filter((r) => hollow(r.e)),
      {
        x: (r: Row) => dot(r).x,
        y: (r: Row) => dot(r).y,
        r: g.dotR,
        fill: 'currentColor',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        strokeDasharray: '2 1.5',
        title: (r: Row) => rowTitle(r.e.id),
        className: 'timeline-dot timeline-dot--hollow',
      },
    ),
    Plot.text(rows, {
      x: labelX,
      y: 'y',
      text: (r: Row) => lines(r.title),
      ...text,
      fontSize: type.base,
      className: 'timeline-label',
    }),
    Plot.text(
      rows.filter((r) => r.quote.length),
      {
        x: labelX,
        y: (r: Row) => r.y + r.title.length * lh + 2,
        text: (r: Row) => lines(r.quote),
        ...text,
        fontSize: type.small,
        fontStyle: 'italic',
        className: 'timeline-quote',
      },
    ),
  ];
}
