/**
 * detainees-held — the labels, offered to the kit's placer (kit/placer.ts) after every mark is
 * reserved: the plateau and the transfer (required), each claimant of the latest month (the
 * 2026 step), then each figure (the plateau step; dropped where it does not fit).
 */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import { lineBoxes, pointBox, type Box } from '../kit/box.ts';
import { figureText, numberText } from '../kit/claims.ts';
import { dateSpan } from '../kit/dates.ts';
import { textLabels } from '../kit/label-text.ts';
import { placeGreedy, type LabelRequest, type Placement, type Side } from '../kit/placer.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import { DIRECTION, plateauBand, type Geometry } from './marks.ts';
import type { Claim, DetaineesInput } from './prepare.ts';

export interface LabelContext extends Geometry {
  show: { plateau: boolean; transfer: boolean; values: boolean; recent: boolean };
  type: TypeScale;
  narrow: boolean;
  bounds: Box;
}

/** The transfer's bar, px. */
export function transferBox(input: DetaineesInput, { X, Y }: Pick<Geometry, 'X' | 'Y'>): Box | undefined {
  const t = input.transfer;
  return (
    t && { x0: X(t.at.start) - 1, y0: Y(t.final.value), x1: Math.max(X(t.at.end), X(t.at.start) + 4) + 1, y1: Y(0) }
  );
}

function reserved(input: DetaineesInput, c: LabelContext): Box[] {
  const { X, Y, r, cx, halfSpread, arrowLen } = c;
  const spreads = input.months.filter((m) => m.claims.length > 1 && m.high > m.low);
  const bar = transferBox(input, c);
  return [
    ...input.claims
      .filter((k) => k.obs.valueMax === undefined)
      .map((k) => pointBox([X(cx(k)), Y(k.obs.value)], r + 1.5)),
    ...input.claims
      .filter((k) => k.obs.valueMax !== undefined)
      .map((k) => ({ x0: X(cx(k)) - 4, y0: Y(k.obs.valueMax!) - 2, x1: X(cx(k)) + 4, y1: Y(k.obs.value) + 2 })),
    ...input.claims
      .filter((k) => DIRECTION[k.obs.qualifier] !== 0)
      .flatMap((k) =>
        lineBoxes(
          [
            [X(cx(k)), Y(k.obs.value)],
            [X(cx(k)), Y(k.obs.value + DIRECTION[k.obs.qualifier] * arrowLen)],
          ],
          3,
        ),
      ),
    ...spreads.map((m) => ({
      x0: X(m.at.mid) - halfSpread(m),
      y0: Y(m.high),
      x1: X(m.at.mid) + halfSpread(m),
      y1: Y(m.low),
    })),
    ...(c.show.transfer && bar ? [bar] : []),
  ];
}

/**
 * The latest month's claims in the order their labels are placed: the last listed first; on a
 * phone, top to bottom, so a label set below its mark leaves the marks lower down their own way
 * out, without a leader through it.
 */
function recentOrder(claims: readonly Claim[], narrow: boolean): Claim[] {
  const top = (k: Claim) => k.obs.valueMax ?? k.obs.value;
  return narrow ? [...claims].sort((a, b) => top(b) - top(a)) : [...claims].reverse();
}

function requests(input: DetaineesInput, c: LabelContext): LabelRequest[] {
  const s = t.charts['detainees-held'].label;
  const { X, Y, r, cx, arrowLen, type, narrow, bounds, msPerPx } = c;
  const label = textLabels({ bounds, size: type.small, maxWidth: narrow ? 140 : 230, gaps: [7] });
  const list: LabelRequest[] = [];
  const pl = input.plateau;
  if (c.show.plateau) {
    const [from, to] = plateauBand(input, msPerPx);
    const text = s.plateau(dateSpan(pl.from, pl.to), formatNumber(pl.low), formatNumber(pl.high));
    list.push(
      label([(X(from) + X(to)) / 2, Y(pl.low)], text, 'dh-plateau-label', ['below'], {
        required: true,
        size: type.base,
        weight: 600,
        gaps: [10],
        maxWidth: narrow ? 180 : 520,
      }),
    );
  }
  const bar = transferBox(input, c);
  const tr = input.transfer;
  if (c.show.transfer && tr && bar) {
    // On a phone a day stays with its month when the label wraps ("21 January", not "21 / January").
    const span = dateSpan(tr.from, tr.to);
    const days = narrow ? span.replace(/(\d) (?=\p{L})/gu, '$1\u00a0') : span;
    const text = s.transfer(days, figureText(tr.final, { long: true }), tr.final.claimant);
    // Beside the bar's middle; on a phone a little lower, leaving room above for the claimants
    // of the latest month, whose labels crowd down from their marks.
    const y = bar.y0 + (bar.y1 - bar.y0) * (narrow ? 0.62 : 0.5);
    const anchor = { ...bar, y0: y, y1: y };
    list.push(
      label(anchor, text, 'dh-transfer-label', ['left'], { required: true, weight: 600, maxWidth: 180, gaps: [12] }),
    );
  }
  if (c.show.recent && input.recent)
    for (const k of recentOrder(input.recent.claims, narrow)) {
      const top = Y(k.obs.valueMax ?? k.obs.value + Math.max(0, DIRECTION[k.obs.qualifier]) * arrowLen);
      const y = k.obs.valueMax === undefined ? Y(k.obs.value) : (top + Y(k.obs.value)) / 2;
      const sides: Side[] = ['left', 'above-left', 'below-left'];
      list.push(
        label([X(cx(k)) - r, y], s.claim(k.obs.claimant, k.text), 'dh-claim-label', sides, {
          required: true,
          maxWidth: narrow ? 130 : 200,
          gaps: [7, 20, 34, 52],
        }),
      );
    }
  if (c.show.values)
    for (const k of input.claims) {
      const up = DIRECTION[k.obs.qualifier] > 0;
      const top = k.obs.valueMax ?? k.obs.value + (up ? arrowLen : 0);
      // The mark's shape gives the qualifier (about, more than), so the label is the number alone.
      list.push(
        label([X(cx(k)), Y(top)], numberText(k.obs), 'dh-value', ['above', 'above-left', 'above-right', 'below'], {
          gaps: [6],
        }),
      );
    }
  return list;
}

/** Where each label goes, in order of importance. */
export function placeDetaineesLabels(input: DetaineesInput, c: LabelContext): Placement[] {
  return placeGreedy(reserved(input, c), requests(input, c));
}
