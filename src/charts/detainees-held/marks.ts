/**
 * detainees-held — the data marks, as Observable Plot marks, and the legend items that explain
 * them. Each claim is a dot (kit/symbols.ts), a range a bar with end caps, and a "more than" or
 * "fewer than" an arrow from the dot; claims for one month stand side by side over the spread
 * between them. Colours come from marks.css (`dh-*`).
 */
import { Plot, rowTitle } from '../plot.ts';
import { t } from '../../i18n/index.ts';
import type { Qualifier, Style } from '../kit/claims.ts';
import type { LegendItem } from '../kit/legend.ts';
import type { Pixels } from '../kit/plot-frame.ts';
import { dotOptions, type SymbolName } from '../kit/symbols.ts';
import type { Claim, DetaineesInput, Month } from './prepare.ts';

/** Upward (more than, at least) or downward (fewer than, up to, nearly) from the figure. */
export const DIRECTION: Record<Qualifier, 1 | -1 | 0> = {
  exact: 0,
  about: 0,
  'more-than': 1,
  'at-least': 1,
  nearly: -1,
  'fewer-than': -1,
  'up-to': -1,
};
const LOOK: Record<Style, SymbolName> = { exact: 'dot', rounded: 'hollow', low: 'dashed', outlier: 'cross' };

export interface Geometry extends Pixels {
  r: number;
  /** Milliseconds a pixel spans on the time axis. */
  msPerPx: number;
  /** Where a claim is drawn: its month's middle, moved aside by its slot. */
  cx: (c: Claim) => number;
  /** Half the width of a month's spread, px. */
  halfSpread: (m: Month) => number;
  /** Length of a "more than" arrow, in data units. */
  arrowLen: number;
  /** Claims drawn muted in this state. */
  muted: (c: Claim) => boolean;
}

export function legendItems(r: number, narrow: boolean): LegendItem[] {
  const s = t.charts['detainees-held'].legend;
  const swatch = (name: SymbolName, extra = '') => ({ name, r, className: `dh-claim${extra} dh-swatch` });
  return [
    { symbols: [swatch('hollow')], text: s.about },
    { symbols: [swatch('more-than')], text: s.moreThan },
    { symbols: [swatch('range')], text: s.range },
    { symbols: [swatch('dashed', ' dh-claim--low')], text: s.low },
    { newRow: true, symbols: [{ name: 'block', r: 6, className: 'dh-spread dh-swatch' }], text: s.spread(narrow) },
  ];
}

const date = (ms: number) => new Date(ms);

/** The plateau band, the spreads, the transfer bar, the zero line, then every claim. */
export function dataMarks(
  input: DetaineesInput,
  show: { plateau: boolean; transfer: boolean },
  geo: Geometry,
): Plot.Markish[] {
  const { r, msPerPx, cx, halfSpread, arrowLen, muted } = geo;
  const x = (c: Claim) => date(cx(c));
  const singles = input.claims.filter((c) => c.obs.valueMax === undefined);
  const ranges = input.claims.filter((c) => c.obs.valueMax !== undefined);
  const arrows = input.claims.filter((c) => DIRECTION[c.obs.qualifier] !== 0);
  const spreads = input.months.filter((m) => m.claims.length > 1 && m.high > m.low);
  const pl = input.plateau;
  const band = plateauBand(input, msPerPx);
  const t = input.transfer;
  return [
    ...(show.plateau
      ? [
          Plot.rect([pl], {
            x1: () => date(band[0]),
            x2: () => date(band[1]),
            y1: () => pl.low,
            y2: () => pl.high,
            className: 'dh-plateau',
          }),
        ]
      : []),
    Plot.rect(spreads, {
      x1: (m: Month) => date(m.at.mid - halfSpread(m) * msPerPx),
      x2: (m: Month) => date(m.at.mid + halfSpread(m) * msPerPx),
      y1: 'low',
      y2: 'high',
      className: 'dh-spread',
    }),
    ...(show.transfer && t
      ? [
          Plot.rect([t], {
            x1: () => date(t.at.start),
            x2: () => date(Math.max(t.at.end, t.at.start + 4 * msPerPx)),
            y1: () => 0,
            y2: () => t.final.value,
            className: 'dh-transfer',
          }),
        ]
      : []),
    Plot.ruleY([0]),
    ...(['low', 'rounded', 'exact', 'outlier'] as const).flatMap((s) => {
      const o = dotOptions(LOOK[s], r);
      const dash = o.strokeDasharray ? { strokeDasharray: o.strokeDasharray } : {};
      return [false, true].flatMap((m) => {
        const mine = (c: Claim) => c.style === s && muted(c) === m;
        const className = `dh-claim dh-claim--${s}${m ? ' dh-claim--muted' : ''}`;
        const caps = ranges.filter(mine).flatMap((c) => [c.obs.value, c.obs.valueMax!].map((v) => ({ c, v })));
        return [
          Plot.arrow(arrows.filter(mine), {
            x,
            y1: (c: Claim) => c.obs.value,
            y2: (c: Claim) => c.obs.value + DIRECTION[c.obs.qualifier] * arrowLen,
            headLength: 5,
            strokeWidth: 1.3,
            insetStart: r,
            className: `${className} dh-arrow`,
          }),
          Plot.link(ranges.filter(mine), {
            x,
            y1: (c: Claim) => c.obs.value,
            y2: (c: Claim) => c.obs.valueMax!,
            strokeWidth: 2.5,
            ...dash,
            className: `${className} dh-range`,
          }),
          // End caps of a range.
          Plot.link(caps, {
            x1: ({ c }: { c: Claim }) => date(cx(c) - 3.5 * msPerPx),
            x2: ({ c }: { c: Claim }) => date(cx(c) + 3.5 * msPerPx),
            y1: 'v',
            y2: 'v',
            strokeWidth: 1.5,
            className: `${className} dh-range-cap`,
          }),
          Plot.dot(singles.filter(mine), {
            x,
            y: (c: Claim) => c.obs.value,
            ...o,
            title: (c: Claim) => rowTitle(c.key),
            className: `${className} dh-dot`,
          }),
        ];
      });
    }),
  ];
}

/** The plateau's band: from a little before its first month to a little after its last, ms. */
export function plateauBand(input: DetaineesInput, msPerPx: number): [number, number] {
  const { months } = input.plateau;
  return [months[0]!.at.mid - 20 * msPerPx, months.at(-1)!.at.mid + 20 * msPerPx];
}
