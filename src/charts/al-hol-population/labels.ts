/**
 * al-hol-population — the labels, offered to the kit's placer (kit/placer.ts) in order of
 * importance after every mark is reserved: the closure, the peak, events, outliers, the Iraqi
 * shares and the runs (required), then each figure in enlarged views and the groups by name
 * (dropped where they do not fit: the table has them).
 */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { lineBoxes, pointBox, type Box } from '../kit/box.ts';
import { dateSpan } from '../kit/dates.ts';
import { ruleTop, textLabels } from '../kit/label-text.ts';
import { placeGreedy, type LabelRequest, type Placement, type Side } from '../kit/placer.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import { spanPoints, type Geometry } from './marks.ts';
import type { AlHolInput, Part, Point } from './prepare.ts';
import { percent } from './text.ts';
import type { View } from './views.ts';

/** Moves of a share's anchor on a phone, px: to the left, into the room the later counts leave. */
const SHARE_SHIFTS = [-30, -60, -90].flatMap((dx) => [0, -15, -30].map((dy) => [dx, dy] as const));

export interface LabelContext extends Geometry {
  view: View;
  points: Point[];
  parts: Part[];
  type: TypeScale;
  narrow: boolean;
  /** Where labels may go: the frame. */
  bounds: Box;
}

/** Every mark's footprint: labels keep off dots, lines, date spans and event rules. */
function reserved(input: AlHolInput, c: LabelContext): Box[] {
  const { X, Y, r, rPart, dodge, clip, view, points, parts, bounds } = c;
  const at = (p: Point): [number, number] => [X(p.at.mid), Y(p.obs.value)];
  const partAt = (p: Part): [number, number] => [X(p.point.at.mid) + dodge(p.group), Y(p.value)];
  const runs = input.runs.map((run) => run.points.filter((p) => points.includes(p)));
  const groupLine = (g: Part['group'], run: Point[]) =>
    parts.filter((p) => p.group === g && run.includes(p.point)).map(partAt);
  const span = (p: Point): [number, number][] => [
    [X(clip(p.at.start)), Y(p.obs.value)],
    [X(clip(p.at.end)), Y(p.obs.value)],
  ];
  const rule = (ms: number): Box => ({ x0: X(ms) - 1, y0: bounds.y0, x1: X(ms) + 1, y1: bounds.y1, thin: true });
  return [
    ...points.map((p) => pointBox(at(p), r + 1.5)),
    ...parts.map((p) => pointBox(partAt(p), rPart + 1)),
    ...runs.flatMap((run) => lineBoxes(run.map(at))),
    ...view.groups.flatMap((g) => runs.flatMap((run) => lineBoxes(groupLine(g, run)))),
    ...spanPoints(points, c).flatMap((p) => lineBoxes(span(p), 1)),
    ...view.events.map((k) => rule(input.events[k].at.mid)),
  ];
}

function requests(input: AlHolInput, c: LabelContext): LabelRequest[] {
  const s = t.charts['al-hol-population'];
  const { X, Y, dodge, view, points, parts, type, narrow, bounds } = c;
  const at = (p: Point): [number, number] => [X(p.at.mid), Y(p.obs.value)];
  const label = textLabels({ bounds, size: type.small, maxWidth: narrow ? 120 : 200, gaps: [7] });
  const list: LabelRequest[] = [];
  const byStyle = (style: Point['style']) => points.filter((p) => p.style === style);

  if (view.closure && input.closure) {
    const text = s.label.closed(formatPartialDate(input.closure.obs.date), formatNumber(0));
    // Up and to the left, clear of the last months' crowd, when there is no room beside the point.
    const shifts = [-60, -80, -100, -120, -140].flatMap((dy) => [-7, -16, -28].map((dx) => [dx, dy] as const));
    const o = { required: true, size: type.base, weight: 600, maxWidth: narrow ? 90 : 140, gaps: [7, 16, 28], shifts };
    list.push(label(at(input.closure), text, 'alhol-closure-label', ['above-left', 'left', 'above'], o));
  }
  if (view.peak) {
    const { low, high, points: peak } = input.peak;
    const text = s.label.peak(low.text, high.text, dateSpan(peak[0]!.obs.date, peak.at(-1)!.obs.date));
    const anchor: [number, number] = [X(peak.at(-1)!.at.mid), Y(high.obs.value)];
    const o = { required: true, size: type.base, weight: 600, gaps: [10, 20], maxWidth: narrow ? 140 : 280 };
    const sides: Side[] = ['above-right', 'right', 'below-right', 'above-left'];
    // On a phone the right of the peak may be too narrow: below it, further off, with a leader.
    const more = narrow ? { gaps: [10, 20, 32], maxWidth: 180 } : {};
    list.push(
      label(anchor, text, 'alhol-peak-label', narrow ? [...sides, 'below', 'below-left'] : sides, { ...o, ...more }),
    );
  }
  for (const k of view.events) {
    const e = input.events[k];
    const anchor = ruleTop(X(e.at.mid), bounds.y0, type.small);
    const o = { required: true, gaps: [4], maxWidth: narrow ? 110 : 200 };
    list.push(
      label(
        anchor,
        s.label.event(e.title, formatPartialDate(e.date)),
        'alhol-event-label',
        ['right-down', 'left-down'],
        o,
      ),
    );
  }
  for (const p of byStyle('outlier')) {
    const text = view.values ? s.label.outlierValue(formatNumber(p.obs.value)) : t.charts.kit.marks.outlier;
    const sides: Side[] = ['above', 'right', 'left', 'above-left', 'above-right', 'below'];
    list.push(label(at(p), text, 'alhol-outlier-label', sides, { required: true }));
  }
  if (view.shares && input.shares) {
    for (const p of [input.shares.first, input.shares.last]) {
      const text = s.label.share(s.group.iraqis!, formatNumber(p.value), p.point.text, percent(p.share));
      const anchor: [number, number] = [X(p.point.at.mid) + dodge('iraqis'), Y(p.value)];
      const sides: Side[] = ['below', 'below-right', 'below-left', 'above-left', 'left', 'right'];
      list.push(
        label(anchor, text, 'alhol-part-label alhol-part--iraqis', sides, {
          required: true,
          maxWidth: narrow ? 90 : 140,
          // On a phone the marks crowd: further off, with a leader, rather than over one.
          ...(narrow ? { gaps: [7, 16, 28], shifts: SHARE_SHIFTS } : {}),
        }),
      );
    }
  }
  if (!view.values)
    for (const run of input.runs) {
      const shown = run.points.filter((p) => points.includes(p));
      if (shown.length < 2) continue;
      // Beside the whole line, not its middle: a leader from the middle would cross its dots.
      const xs = shown.map((p) => X(p.at.mid));
      const ys = shown.map((p) => Y(p.obs.value));
      const line: Box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
      const sides: Side[] = ['below', 'below-right', 'above', 'above-right', 'right'];
      list.push(label(line, s.label.run(run.claimant), 'alhol-run-label', sides, { gaps: [8, 14, 20] }));
    }
  // Optional labels: each figure (enlarged views), then the groups by name.
  if (view.values) {
    const skip = new Set<Point>([
      ...(view.peak ? input.peak.points : []),
      ...(input.closure ? [input.closure] : []),
      ...byStyle('outlier'),
    ]);
    const rest = points
      .filter((q) => !skip.has(q))
      .sort((a, b) => Number(a.style !== 'exact') - Number(b.style !== 'exact'));
    const sides: Side[] = ['below', 'above', 'right', 'left', 'below-right', 'below-left'];
    // From the dot's edge: beside it first, then set apart with a leader; on a phone, in the
    // closure's view, where the last counts crowd together, also further up, in the room above them.
    const up = narrow && view.closure;
    const o = {
      maxWidth: 40,
      oneLine: true,
      gaps: [1, 8, 16],
      ...(up ? { shifts: [0, -15, -30].flatMap((dx) => [-24, -40].map((dy) => [dx, dy] as const)) } : {}),
    };
    for (const p of rest) list.push(label(pointBox(at(p), c.r + 1.5), p.text, 'alhol-value', sides, o));
  }
  for (const g of view.shares ? [] : view.groups) {
    const first = parts.find((p) => p.group === g && p.point.style !== 'outlier');
    if (!first) continue;
    const anchor: [number, number] = [X(first.point.at.mid) + dodge(g), Y(first.value)];
    list.push(
      label(anchor, s.group[g]!, `alhol-part-label alhol-part--${g}`, ['left', 'above-left', 'below-left'], {
        gaps: [8, 16],
      }),
    );
  }
  return list;
}

/** Where each label goes, in order of importance. */
export function placeAlHolLabels(input: AlHolInput, c: LabelContext): Placement[] {
  return placeGreedy(reserved(input, c), requests(input, c));
}
