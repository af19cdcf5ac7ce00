/**
 * The border unrolled as a horizontal strip: km along the line from the Turkish tripoint, the
 * Syrian governorates above it and the Iraqi ones below, crossings and the river where the
 * geometry puts them; then, on the Iraqi side, the lines of defence as equally spaced schematic
 * bands, and the Peshmerga's stretch with the officials' reported length beside it. Laid out by
 * `strip-layout.ts`.
 */
import { scaleBand } from 'd3-scale';
import { t } from '../../i18n/index.ts';
import { formatKm, formatNumber, formatOrdinal } from '../../lib/format/index.ts';
import { layer, type G, type Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import { approxRing } from '../kit/map/approximate.ts';
import { textLines } from '../kit/text-lines.ts';
import { isNarrow, type TypeScale } from '../kit/type-scale.ts';
import type { LayeredDefenseInput } from './prepare.ts';
import { kmScale, stripLayout, type StripLayout, type StripOptions } from './strip-layout.ts';

const words = () => t.charts['layered-defense'];

type Scale = ReturnType<typeof kmScale>;
type Input = LayeredDefenseInput;
const note = (type: TypeScale) => ({ className: 'label ld-note', size: type.small });

/** The km axis: ticks every 100 km (200 on phones), and the end of the line at its computed length. */
function drawAxis(svg: Svg | G, input: Input, L: StripLayout, x: Scale, width: number, type: TypeScale): void {
  const [x0, x1] = x.range() as [number, number];
  const axis = layer(svg, 'ld-axis');
  textLines(axis, x0, type.small, L.axisTitle, { className: 'label ld-axis-title', size: type.small });
  axis
    .append('path')
    .attr('class', 'ld-axis-line')
    .attr('d', `M${round(x0)},${round(L.axisY)}H${round(x1)}`);
  const endGap = isNarrow(width) ? 90 : 45;
  const ticks = [...x.ticks(isNarrow(width) ? 3 : 6).filter((tick) => tick <= input.lengthKm - endGap), input.lengthKm];
  for (const tick of ticks) {
    const end = tick === input.lengthKm;
    axis
      .append('path')
      .attr('class', 'ld-axis-line')
      .attr('d', `M${round(x(tick))},${round(L.axisY)}v-4`);
    axis
      .append('text')
      .attr('class', end ? 'label ld-axis-end' : 'label')
      .attr('font-size', type.small)
      .attr('x', round(x(tick)))
      .attr('y', round(L.tickY - 2))
      .attr('text-anchor', tick === 0 ? 'start' : end ? 'end' : 'middle')
      .text(end ? formatKm(tick) : formatNumber(tick));
  }
}

/** Governorate rows: Syria above the line, Iraq below; names inside, or called out below. */
function drawRows(svg: Svg | G, input: LayeredDefenseInput, L: StripLayout, x: Scale, type: TypeScale): void {
  const rows = layer(svg, 'ld-rows', words().layers.rows(input.countries.SYR, input.countries.IRQ));
  const rowTop = { SYR: L.rowsTop, IRQ: L.borderY };
  for (const country of ['SYR', 'IRQ'] as const)
    for (const seg of input.segments[country])
      rows
        .append('rect')
        .attr('class', `ld-row ld-row--${country.toLowerCase()}`)
        .attr('x', round(x(seg.fromKm)))
        .attr('y', round(rowTop[country]))
        .attr('width', round(x(seg.toKm) - x(seg.fromKm)))
        .attr('height', L.rowHeight);
  for (const label of L.rowLabels) {
    const country = label.kind === 'country';
    rows
      .append('text')
      .attr('class', country ? 'label label--country label--focus' : 'label label--admin')
      .attr('font-size', type.small)
      .attr('x', round(label.x))
      .attr('y', round(rowTop[label.country] + L.rowHeight / 2 + type.small * 0.35))
      .attr('text-anchor', country ? 'end' : null)
      .text(label.text);
  }
  for (const c of L.callouts) {
    const below = L.borderY + L.rowHeight;
    rows
      .append('path')
      .attr('class', 'ld-leader')
      .attr('d', `M${round(c.at)},${round(below)}V${round(c.y - type.small + 1)}`);
    textLines(rows, c.x, c.y, c.lines, { className: 'label label--admin', size: type.small });
  }
}

/** The border, its tripoints, the river across both rows and the crossings, each labelled in its lane. */
function drawMarks(svg: Svg | G, input: Input, L: StripLayout, x: Scale, width: number, type: TypeScale): void {
  const [x0, x1] = x.range() as [number, number];
  const marks = layer(svg, 'ld-marks', words().layers.marks(input.river.name));
  const laneY = (lane: number) => L.rowsTop - 4 - lane * (type.small * type.lineHeight + 2) - 4;
  for (const tag of L.tags.filter((tag) => tag.kind === 'river'))
    marks
      .append('path')
      .attr('class', 'ld-river')
      .attr('d', `M${round(tag.x)},${round(laneY(tag.lane) + 3)}V${round(L.borderY + L.rowHeight)}`);
  // Region-level crossings' stretches under the line, as on the map: somewhere on these.
  for (const tag of L.tags)
    if (tag.band)
      marks
        .append('path')
        .attr('class', `crossing-band crossing-band--${tag.state}`)
        .attr('d', `M${round(tag.band[0])},${round(L.borderY)}H${round(Math.max(tag.band[1], tag.band[0] + 1))}`);
  for (const className of ['border-casing', 'border-line'])
    marks
      .append('path')
      .attr('class', className)
      .attr('d', `M${round(x0)},${round(L.borderY)}H${round(x1)}`);
  for (const end of [x0, x1])
    marks
      .append('rect')
      .attr('class', 'tripoint')
      .attr('x', round(end - 3.5))
      .attr('y', round(L.borderY - 3.5))
      .attr('width', 7)
      .attr('height', 7);
  for (const tag of L.tags) {
    const y = laneY(tag.lane);
    if (tag.kind === 'crossing') {
      marks
        .append('path')
        .attr('class', 'ld-leader')
        .attr('d', `M${round(tag.x)},${round(y + 3)}V${round(L.borderY)}`);
      const r = isNarrow(width) ? 4 : 4.5;
      const marker = marks
        .append('g')
        .attr('class', `crossing crossing--${tag.state}`)
        .attr('transform', `translate(${round(tag.x)},${round(L.borderY)})`);
      if (tag.approximate) approxRing(marker, r);
      marker.append('circle').attr('class', 'crossing-symbol').attr('r', r);
    }
    const right = tag.side === 'right';
    marks
      .append('text')
      .attr('class', tag.kind === 'river' ? 'label halo label--water' : 'label halo label--crossing')
      .attr('font-size', type.small)
      .attr('x', round(tag.x + (right ? 3 : -3)))
      .attr('y', round(y))
      .attr('text-anchor', right ? 'start' : 'end')
      .text(tag.text);
  }
}

/** The lines of defence as bands wherever the Peshmerga do not hold the line; their stretch and the reported length. */
function drawBands(svg: Svg | G, input: Input, L: StripLayout, x: Scale, width: number, type: TypeScale): void {
  const [x0] = x.range() as [number, number];
  const p = input.peshmerga;
  const held = p?.runs ?? [];
  // The federal lines run wherever the Peshmerga do not.
  const federal: [number, number][] = [];
  let from = 0;
  for (const r of [...held].sort((a, b) => a.fromKm - b.fromKm)) {
    if (r.fromKm > from) federal.push([from, r.fromKm]);
    from = Math.max(from, r.toKm);
  }
  if (from < input.lengthKm) federal.push([from, input.lengthKm]);
  const longest = federal.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a), federal[0] ?? [0, input.lengthKm]);

  const bands = layer(svg, 'ld-lines', words().layers.lines);
  const y = scaleBand<string>()
    .domain(input.lines.map((l) => l.id))
    .range([L.linesTop, L.linesTop + L.bandsHeight])
    .paddingInner(0.28);
  for (const line of input.lines) {
    const top = y(line.id)!;
    for (const [a, b] of federal)
      bands
        .append('rect')
        .attr('class', `ld-band ld-band--${line.confidence}`)
        .attr('x', round(x(a)))
        .attr('y', round(top))
        .attr('width', round(x(b) - x(a)))
        .attr('height', round(y.bandwidth()));
    // Phones give the short name the data put in brackets.
    const name = isNarrow(width)
      ? line.name.replace(/^.*\((.+)\)$/, '$1')
      : `${line.name}${line.ministry ? ` (${line.ministry})` : ''}`;
    bands
      .append('text')
      .attr('class', 'label ld-band-label')
      .attr('font-size', type.small)
      .attr('x', round(x(longest[0]) + 6))
      .attr('y', round(top + y.bandwidth() / 2 + type.small * 0.35))
      .text(words().strip.band(formatOrdinal(line.order), name));
  }
  if (p) {
    const top = y(input.lines[0]!.id)!,
      bottom = y(input.lines.at(-1)!.id)! + y.bandwidth();
    for (const r of held)
      bands
        .append('rect')
        .attr('class', 'ld-peshmerga')
        .attr('x', round(x(r.fromKm)))
        .attr('y', round(top))
        .attr('width', round(Math.max(1, x(r.toKm) - x(r.fromKm))))
        .attr('height', round(bottom - top));
    const mid = x((held[0]!.fromKm + held[0]!.toKm) / 2);
    bands
      .append('path')
      .attr('class', 'ld-leader')
      .attr('d', `M${round(mid)},${round(bottom)}V${round(L.peshmergaY - type.small + 1)}`);
    const label = { className: 'label ld-peshmerga-label', size: type.small };
    textLines(bands, Math.max(x0, mid - 3), L.peshmergaY, L.peshmergaLines, label);
    const reported = p.reported[0];
    if (reported) {
      const a = x(held[0]!.fromKm),
        b = x(held[0]!.fromKm + reported.km);
      const by = L.bracketY - type.small * 0.35;
      bands
        .append('path')
        .attr('class', 'ld-bracket')
        .attr('d', `M${round(a)},${round(by - 5)}V${round(by)}H${round(b)}V${round(by - 5)}`);
      textLines(bands, b + 6, L.bracketY, L.bracketLines, { className: 'label ld-bracket-label', size: type.small });
    }
  }
  textLines(bands, x0, L.noteY, L.noteLines, note(type));
}

/** The strip at the top of the artboard; `showLines` adds the bands; `options` may leave out the crossings. */
export function drawStrip(
  svg: Svg | G,
  input: Input,
  width: number,
  type: TypeScale,
  showLines: boolean,
  options: StripOptions = {},
): void {
  const L = stripLayout(input, width, type, options);
  const x = kmScale(input, width);
  drawAxis(svg, input, L, x, width, type);
  drawRows(svg, input, L, x, type);
  drawMarks(svg, input, L, x, width, type);
  if (L.approxLines.length) textLines(layer(svg, 'ld-approximate'), L.margin, L.approxY, L.approxLines, note(type));
  if (L.unplacedLines.length) textLines(layer(svg, 'ld-unplaced'), L.margin, L.unplacedY, L.unplacedLines, note(type));
  if (showLines) drawBands(svg, input, L, x, width, type);
}
