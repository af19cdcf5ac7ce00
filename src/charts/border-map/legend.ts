/** The map's key (kit/map/legend.ts): the border, any stretch shown, and every crossing. */
import { t } from '../../i18n/index.ts';
import { formatKm } from '../../lib/format/index.ts';
import { lineSymbol, mapLegendLayout, type LegendRow } from '../kit/map/legend.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import { crossingMarker } from './marks.ts';
import type { BorderMapInput } from './prepare.ts';

export interface LegendOptions {
  /** List the crossings (the complete state); otherwise only the border and any stretch. */
  crossings: boolean;
  stretch?: { name: string; km: number } | undefined;
}

export function legendRows(input: BorderMapInput, type: TypeScale, options: LegendOptions): LegendRow[] {
  const w = t.charts['border-map'];
  const crossings = options.crossings ? input.facts.crossings : [];
  const located = crossings.filter((c) => c.coordinates);
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
    ...located.map(
      (c, i): LegendRow => ({
        items: [
          {
            symbol: (g, [x, y]) => crossingMarker(g, [x + 11, y], i + 1, c, type.marker, false),
            text: w.legend.crossing(c.crossing.name, w.stateWord[c.current.state]!),
          },
        ],
      }),
    ),
    ...crossings
      .filter((c) => !c.coordinates)
      .map(
        (c): LegendRow => ({
          items: [{ text: w.legend.unlocated(c.crossing.name, w.stateWord[c.current.state]!), muted: true }],
        }),
      ),
  ];
}

export function legendLayout(input: BorderMapInput, type: TypeScale, width: number, options: LegendOptions) {
  return mapLegendLayout([{ rows: legendRows(input, type, options) }], { width, type });
}
