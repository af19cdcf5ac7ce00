/**
 * The map's key (kit/map/legend.ts): the border, any stretch shown, every crossing with its
 * number and where it is, and what the dashed ring and the band mean when any crossing has one.
 */
import { isDrawn } from '../../data/border-facts.ts';
import { t } from '../../i18n/index.ts';
import { formatKm } from '../../lib/format/index.ts';
import { lineSymbol, mapLegendLayout, type LegendItem, type LegendRow } from '../kit/map/legend.ts';
import { approxRing } from '../kit/map/approximate.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import { round } from '../kit/round.ts';
import { bandSample, crossingMarker, type MarkerStyle } from './marks.ts';
import type { BorderMapInput } from './prepare.ts';
import { drawnCrossings, keyWhereText } from './where.ts';

export interface LegendOptions {
  /** List the crossings (the complete state); otherwise only the border and any stretch. */
  crossings: boolean;
  stretch?: { name: string; km: number } | undefined;
  /** A phone's key: each crossing's entry on one line (`keyWhereText`). */
  narrow?: boolean;
}

/** A sourced point is drawn plain; any other is approximate and ringed (a stretch's marker too). */
export const markerStyle = (c: { precision: string }): MarkerStyle =>
  c.precision === 'site' ? 'exact' : 'approximate';

/** What the ring and the band mean, for the ones the map draws. */
function signs(input: BorderMapInput, type: TypeScale): LegendRow[] {
  const w = t.charts['border-map'].legend;
  const drawn = drawnCrossings(input);
  const items: LegendItem[] = [];
  if (drawn.some((c) => markerStyle(c) === 'approximate'))
    items.push({
      symbol: (g, [x, y]) =>
        approxRing(g.append('g').attr('transform', `translate(${round(x + 11)},${round(y)})`), type.marker * 0.55),
      text: w.ring,
    });
  const banded = drawn.find((c) => c.stretch);
  if (banded) items.push({ symbol: (g, at, width) => bandSample(g, at, width, banded.current.state), text: w.band });
  return items.length ? [{ items }] : [];
}

export function legendRows(input: BorderMapInput, type: TypeScale, options: LegendOptions): LegendRow[] {
  const w = t.charts['border-map'];
  const crossings = options.crossings ? input.facts.crossings : [];
  const line = options.stretch ? 'border-line border-line--muted' : 'border-line';
  return [
    { items: [{ symbol: lineSymbol('border-casing', line), text: w.legend.border(formatKm(input.facts.lengthKm)) }] },
    ...(options.stretch
      ? [
          {
            items: [
              {
                symbol: lineSymbol('border-highlight-casing', 'border-highlight'),
                text: w.legend.stretch(options.stretch.name, formatKm(options.stretch.km)),
              },
            ],
          },
        ]
      : []),
    ...(options.crossings ? signs(input, type) : []),
    ...(options.crossings ? drawnCrossings(input) : []).map(
      (c, i): LegendRow => ({
        items: [
          {
            // The sample is drawn plain: the ring is explained once above, and would not fit the slot.
            symbol: (g, [x, y]) => crossingMarker(g, [x + 11, y], i + 1, c, type, { dataPoint: false }),
            text: w.legend.crossing(c.crossing.name, w.stateWord[c.current.state]!, keyWhereText(c, !!options.narrow)!),
          },
        ],
      }),
    ),
    ...crossings
      .filter((c) => !isDrawn(c))
      .map(
        (c): LegendRow => ({
          items: [{ text: w.legend.unlocated(c.crossing.name, w.stateWord[c.current.state]!), muted: true }],
        }),
      ),
  ];
}

export function legendLayout(input: BorderMapInput, type: TypeScale, width: number, options: LegendOptions) {
  const rows = legendRows(input, type, { ...options, narrow: isNarrow(width) });
  return mapLegendLayout([{ rows }], { width, type });
}
