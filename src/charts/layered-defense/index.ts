/**
 * layered-defense — "Three lines, one border": the border unrolled as a strip from the Turkish
 * tripoint (km 0) to the Jordanian one, with the governorates either side, the crossings and
 * the river where the geometry places them; the lines of Iraqi forces as a schematic (no source
 * gives the distances between them) and the Peshmerga's stretch; then a schematic cross-section
 * of the barrier with its reported sizes.
 */
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber, formatOrdinal } from '../../lib/format/index.ts';
import { inSentence, lowerFirst, upperFirst } from '../../lib/text/case.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type RenderOptions } from '../types.ts';
import { chartSvg, serialize } from '../svg.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import { prepare, type LayeredDefenseInput } from './prepare.ts';
import { drawStrip } from './strip.ts';
import { stripLayout } from './strip-layout.ts';
import { barrierLayout } from './barrier-layout.ts';
import { drawBarrier } from './barrier.ts';
import { table } from './table.ts';
import { isDrawn } from '../../data/border-facts.ts';
import { approximation, crossingKm, placed, reportedKm, riverText } from './text.ts';

const words = () => t.charts['layered-defense'];

function describe(input: LayeredDefenseInput): string {
  const w = words().describeParts;
  const p = input.peshmerga;
  const barrier = input.components.filter((c) => c.layer === 'barrier').length;
  const reported = p?.reported.map(reportedKm).join(', ') || w.noReported;
  return (
    w.strip(
      formatKm(input.lengthKm),
      formatNumber(placed(input).length),
      formatNumber(input.crossings.length),
      riverText(input),
    ) +
    w.lines(formatList(input.lines.map((l) => l.name)), formatNumber(input.lines.length)) +
    (p ? w.peshmerga(p.heldBy, formatKm(p.km), p.name, reported) : '. ') +
    w.barrier(formatNumber(barrier))
  );
}

function render(input: LayeredDefenseInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const type = typeScale(width);
  const state = options.step;
  const strip = stripLayout(input, width, type);
  // A phone's "lines" step shows what its text is about: the lines along the border, not the crossings.
  const linesOptions = { crossings: !isNarrow(width) };
  const lines = stripLayout(input, width, type, linesOptions);
  const barrier = barrierLayout(input, width, type);
  // Every step has one height, so the sticky graphic keeps its size; the complete state stacks both parts.
  const stepHeight = Math.max(strip.stripHeight, lines.height, barrier.height);
  const height = state ? stepHeight : strip.height + 16 + barrier.height;
  const svg = chartSvg({
    idPrefix,
    width,
    height,
    title: words().title,
    description: describe(input),
    className: 'chart chart--layered-defense',
  });
  if (state === 'barrier') drawBarrier(svg, input, width, type, Math.round((stepHeight - barrier.height) / 2));
  else {
    drawStrip(svg, input, width, type, state !== 'strip', state === 'lines' ? linesOptions : {});
    if (!state) {
      svg
        .append('path')
        .attr('class', 'ld-divider')
        .attr('d', `M${strip.margin},${strip.height + 8}H${width - strip.margin}`);
      drawBarrier(svg, input, width, type, strip.height + 16);
    }
  }
  return serialize(svg);
}

function stripAlt(input: LayeredDefenseInput): string {
  const w = words().alt;
  const unplaced = input.crossings.filter((c) => !isDrawn(c));
  const names = (side: 'SYR' | 'IRQ') => formatList(input.segments[side].map((s) => s.name));
  const crossings = placed(input).map((c) =>
    c.stretch ? w.crossingOn(c.crossing.name, crossingKm(c)!) : w.crossingAt(c.crossing.name, crossingKm(c)!),
  );
  const signs = approximation(input);
  return (
    w.strip(formatKm(input.lengthKm), names('SYR'), names('IRQ')) +
    (crossings.length
      ? w.crossings(formatList(crossings), riverText(input))
      : w.riverOnly(upperFirst(riverText(input)))) +
    (signs.ring || signs.band ? w.placing(signs.ring, signs.band) : '') +
    (unplaced.length ? w.unplaced(formatList(unplaced.map((c) => c.crossing.name)), unplaced.length) : '')
  );
}

function linesAlt(input: LayeredDefenseInput): string {
  const w = words().alt;
  const p = input.peshmerga;
  const lines = formatList(input.lines.map((l) => w.lineItem(formatOrdinal(l.order), l.name)));
  const reported = p?.reported.map((r) => w.reported(lowerFirst(r.stretch), reportedKm(r))).join('; ') ?? '';
  const peshmerga = p ? w.peshmerga(p.heldBy, p.name, formatKm(p.km), reported) : '';
  return w.lines(formatNumber(input.lines.length), lines) + peshmerga;
}

function barrierAlt(input: LayeredDefenseInput): string {
  const layers = input.components.filter((c) => c.layer === 'barrier');
  const surveillance = input.components.filter((c) => c.layer === 'surveillance');
  return words().alt.barrier(
    formatNumber(layers.length),
    formatList(layers.map((c) => inSentence(c.name))),
    formatList(surveillance.map((c) => inSentence(c.name))),
  );
}

export default defineChart<LayeredDefenseInput>({
  ...chartMeta('layered-defense', words()),
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.sources.strip, ...input.sources.lines, ...input.sources.barrier])],
  steps: [
    { id: 'strip', alt: stripAlt },
    { id: 'lines', alt: linesAlt },
    { id: 'barrier', alt: barrierAlt },
  ],
});
