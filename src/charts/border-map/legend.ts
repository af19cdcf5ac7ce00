/** The map's key, drawn inside the SVG so that an embed or a preview image explains itself. */
import type { G } from '../svg.ts';
import type { PlacedCrossing } from '../../data/border-facts.ts';
import type { BorderMapInput } from './prepare.ts';
import { crossingMarker, round, type TypeScale } from './marks.ts';
import { wrap } from '../kit/text.ts';
import { formatKm } from '../../lib/format/index.ts';

const STATE_WORD = { open: 'open', closed: 'closed', limited: 'limited opening' } as const;
const PAD = 10;
const SYMBOL = 30;

export interface LegendOptions {
  /** List the crossings (the complete state); otherwise only the border and any stretch. */
  crossings: boolean;
  stretch?: { name: string; km: number } | undefined;
}

interface Entry {
  symbol: { kind: 'border' } | { kind: 'stretch' } | { kind: 'crossing'; key: number; crossing: PlacedCrossing } | { kind: 'none' };
  lines: string[];
  muted?: boolean;
}


export function legendLayout(input: BorderMapInput, type: TypeScale, width: number, options: LegendOptions): { entries: Entry[]; height: number; lineHeight: number } {
  const maxWidth = width - PAD * 2 - SYMBOL;
  const located = options.crossings ? input.facts.crossings.filter((c) => c.coordinates) : [];
  const unlocated = options.crossings ? input.facts.crossings.filter((c) => !c.coordinates) : [];
  const entries: Entry[] = [
    { symbol: { kind: 'border' }, lines: wrap(`Iraq–Syria border, ${formatKm(input.facts.lengthKm)} as drawn`, type.base, maxWidth) },
    ...(options.stretch ? [{ symbol: { kind: 'stretch' }, lines: wrap(`${options.stretch.name}: ${formatKm(options.stretch.km)} of it`, type.base, maxWidth) } satisfies Entry] : []),
    ...located.map((c, i): Entry => ({ symbol: { kind: 'crossing', key: i + 1, crossing: c }, lines: wrap(`${c.crossing.name}: ${STATE_WORD[c.current.state]}`, type.base, maxWidth) })),
    ...unlocated
      .map((c): Entry => ({ symbol: { kind: 'none' }, muted: true, lines: wrap(`${c.crossing.name}: ${STATE_WORD[c.current.state]}; not on the map, as no source gives its location`, type.base, maxWidth) })),
  ];
  const lineHeight = Math.round(type.base * 1.45);
  const gap = Math.round(type.base * 0.5);
  const height = PAD * 2 + entries.reduce((sum, e) => sum + e.lines.length * lineHeight + gap, 0);
  return { entries, height, lineHeight };
}

export function legend(g: G, input: BorderMapInput, at: { y: number; width: number; type: TypeScale } & LegendOptions): void {
  const { type, width } = at;
  const { entries, lineHeight } = legendLayout(input, type, width, at);
  const { height } = legendLayout(input, type, width, { crossings: true });
  const gap = Math.round(type.base * 0.5);
  g.append('rect').attr('class', 'legend-background').attr('y', at.y).attr('width', width).attr('height', height);
  let y = at.y + PAD + lineHeight / 2;
  for (const entry of entries) {
    const symbolX = PAD + 11;
    if (entry.symbol.kind === 'border' || entry.symbol.kind === 'stretch') {
      const highlight = entry.symbol.kind === 'stretch';
      g.append('path').attr('class', highlight ? 'border-highlight-casing' : 'border-casing').attr('d', `M${PAD},${round(y)}h22`);
      g.append('path').attr('class', highlight ? 'border-highlight' : at.stretch ? 'border-line border-line--muted' : 'border-line').attr('d', `M${PAD},${round(y)}h22`);
    } else if (entry.symbol.kind === 'crossing') crossingMarker(g, [symbolX, y], entry.symbol.key, entry.symbol.crossing, type, { dataPoint: false });
    const text = g.append('text').attr('class', `legend-text${entry.muted ? ' legend-text--muted' : ''}`).attr('font-size', type.base).attr('x', PAD + SYMBOL).attr('y', round(y + type.base * 0.35));
    entry.lines.forEach((line, i) => text.append('tspan').attr('x', PAD + SYMBOL).attr('dy', i === 0 ? 0 : lineHeight).text(line));
    y += entry.lines.length * lineHeight + gap;
  }
}
