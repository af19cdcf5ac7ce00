/**
 * The border unrolled as a horizontal strip: km along the line from the Turkish tripoint, the
 * Syrian governorates above it and the Iraqi ones below, crossings and the Euphrates where the
 * geometry puts them; then, on the Iraqi side, the three lines of defence as equally spaced
 * schematic bands, and the Peshmerga's stretch with the officials' reported length beside it.
 */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { layer, type G, type Svg } from '../svg.ts';
import { formatKm, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import type { LayeredDefenseInput, Segment } from './prepare.ts';
import { listText, ordinal, round, textLines, textWidth, wrap, type TypeScale } from './text.ts';

const QUALIFIER = { exact: '', about: 'about ' } as const;

interface Tag {
  x: number;
  text: string;
  kind: 'crossing' | 'river';
  state?: string;
  lane: number;
  side: 'right' | 'left';
}

export interface StripLayout {
  height: number;
  margin: number;
  axisTitle: string[];
  tickY: number;
  axisY: number;
  tags: Tag[];
  laneTop: number;
  rowsTop: number;
  rowHeight: number;
  borderY: number;
  callouts: { segment: Segment; lines: string[]; y: number }[];
  /** Names inside the rows: governorates left-aligned at x, countries right-aligned at x. */
  rowLabels: { country: 'SYR' | 'IRQ'; text: string; x: number; kind: 'governorate' | 'country' }[];
  linesTop: number;
  bandsHeight: number;
  peshmergaLines: string[];
  peshmergaY: number;
  bracketY: number;
  bracketLines: string[];
  noteY: number;
  noteLines: string[];
  unplacedY: number;
  unplacedLines: string[];
}

/**
 * Names inside one row, clear of the leaders and the river that cross it: each governorate's
 * name at the start of its run or just after a crossing mark; the country's name at the end of
 * the longest run it fits in. Governorates returned without a place need a callout.
 */
function rowLabels(segments: Segment[], x: ScaleLinear<number, number>, crossings: number[], size: number, country: 'SYR' | 'IRQ', name: string) {
  const taken: [number, number][] = [];
  const clear = (a: number, b: number, s: Segment) =>
    a >= x(s.fromKm) + 3 && b <= x(s.toKm) - 3 && !crossings.some((c) => c >= a - 4 && c <= b + 4) && !taken.some(([p, q]) => a < q + 8 && p < b + 8);
  const labels: StripLayout['rowLabels'] = [];
  const unplaced: Segment[] = [];
  // Lower-case italic names run narrower than the generic estimate.
  for (const s of segments) {
    const w = textWidth(s.name, size) * 0.9;
    const inside = crossings.filter((c) => c > x(s.fromKm) && c < x(s.toKm)).sort((a, b) => a - b);
    // Left-aligned at the start of the run or after a mark; else right-aligned before a mark.
    const candidates: [number, number][] = [[x(s.fromKm) + 5, x(s.fromKm) + 5 + w], ...inside.map((c): [number, number] => [c + 5, c + 5 + w]), ...inside.map((c): [number, number] => [c - 5 - w, c - 5])];
    const box = candidates.find(([a, b]) => clear(a, b, s));
    if (!box) unplaced.push(s);
    else {
      taken.push(box);
      labels.push({ country, text: s.name, x: box[0], kind: 'governorate' });
    }
  }
  const w = textWidth(name, size);
  for (const s of [...segments].sort((a, b) => b.toKm - b.fromKm - (a.toKm - a.fromKm))) {
    const right = [x(s.toKm) - 5, ...crossings.filter((c) => c > x(s.fromKm) && c < x(s.toKm)).sort((a, b) => b - a).map((c) => c - 5)].find((b) => clear(b - w, b, s));
    if (right === undefined) continue;
    labels.push({ country, text: name, x: right, kind: 'country' });
    break;
  }
  return { labels, unplaced };
}

const kmLabel = (from: number, to: number) => `km ${formatNumber(from)}–${formatNumber(to)}`;

/**
 * Labels above the strip, in lanes: each is tried to the right, then the left, of its mark,
 * lane by lane from the strip upwards, and refused where it would cover another label or the
 * leader of a label in a higher lane.
 */
function placeTags(items: Omit<Tag, 'lane' | 'side'>[], size: number, left: number, right: number): Tag[] {
  const placed: (Tag & { x0: number; x1: number })[] = [];
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const w = textWidth(item.text, size);
    let done = false;
    for (let lane = 0; !done && lane < 8; lane++)
      for (const side of item.kind === 'river' ? (['left', 'right'] as const) : (['right', 'left'] as const)) {
        const x0 = side === 'right' ? item.x + 1 : item.x - w - 4;
        const x1 = side === 'right' ? item.x + w + 4 : item.x - 1;
        if (x0 < left || x1 > right) continue;
        const clash = placed.some(
          (p) => (p.lane === lane && p.x0 < x1 + 3 && x0 < p.x1 + 3) || (p.lane > lane && p.x >= x0 - 2 && p.x <= x1 + 2) || (p.lane < lane && item.x >= p.x0 - 2 && item.x <= p.x1 + 2),
        );
        if (clash) continue;
        placed.push({ ...item, lane, side, x0, x1 });
        done = true;
        break;
      }
  }
  return placed.map(({ x0: _x0, x1: _x1, ...tag }) => tag);
}

export function kmScale(input: LayeredDefenseInput, width: number): ScaleLinear<number, number> {
  const margin = width < 520 ? 12 : 16;
  return scaleLinear().domain([0, input.lengthKm]).range([margin, width - margin]);
}

export function stripLayout(input: LayeredDefenseInput, width: number, type: TypeScale): StripLayout {
  const x = kmScale(input, width);
  const margin = x.range()[0]!;
  const inner = width - margin * 2;
  const line = (size: number) => Math.round(size * type.lineHeight);

  const axisTitle = wrap(`Kilometres along the border as drawn, from the ${input.tripoints.turkey} (0) to the ${input.tripoints.jordan}`, type.small, inner);
  const tickY = type.small + line(type.small) * axisTitle.length + 2;
  const axisY = tickY + 6;

  const tags = placeTags(
    [
      ...input.crossings.filter((c) => c.kmAlong !== null).map((c) => ({ x: x(c.kmAlong!), text: c.crossing.name, kind: 'crossing' as const, state: c.current.state })),
      ...input.river.crossings.map((r) => ({ x: x(r.kmAlong), text: input.river.name, kind: 'river' as const })),
    ],
    type.small,
    margin - 4,
    width - margin + 4,
  );
  const lanes = Math.max(0, ...tags.map((t) => t.lane + 1));
  const laneHeight = line(type.small) + 2;
  const laneTop = axisY + 10;
  const rowsTop = laneTop + lanes * laneHeight + 4;
  const rowHeight = width < 520 ? 22 : 26;
  const borderY = rowsTop + rowHeight;

  // From here `y` is the top of the free space; a text block's first baseline is its top + ascent.
  const ascent = Math.round(type.small * 0.9);
  const block = (lines: string[], gapBefore: number) => {
    const baseline = y + gapBefore + ascent;
    if (lines.length) y += gapBefore + line(type.small) * lines.length;
    return baseline;
  };
  let y = borderY + rowHeight;

  // Governorates that cannot be named in their row are named below it, with a tick.
  const syr = rowLabels(input.segments.SYR, x, tags.map((t) => t.x), type.small, 'SYR', 'SYRIA');
  const irq = rowLabels(input.segments.IRQ, x, tags.filter((t) => t.kind === 'river').map((t) => t.x), type.small, 'IRQ', 'IRAQ');
  const callouts: StripLayout['callouts'] = [];
  for (const segment of [...irq.unplaced, ...syr.unplaced]) {
    const lines = wrap(`${segment.name}${segment.region ? ` (${segment.region})` : ''}: ${kmLabel(segment.fromKm, segment.toKm)}`, type.small, inner);
    callouts.push({ segment, lines, y: block(lines, 6) });
  }
  const unplaced = input.crossings.filter((c) => c.kmAlong === null);
  const unplacedLines = unplaced.length
    ? wrap(`Not placed: ${listText(unplaced.map((c) => c.crossing.name))} ${unplaced.length > 1 ? 'crossings' : 'crossing'}, as no source gives ${unplaced.length > 1 ? 'their positions' : 'its position'}.`, type.small, inner)
    : [];
  const unplacedY = block(unplacedLines, 4);

  const linesTop = y + 12;
  const bandsHeight = input.lines.length * (width < 520 ? 26 : 28);
  y = linesTop + bandsHeight;
  const p = input.peshmerga;
  const peshmergaLines = p ? wrap(`${p.heldBy}: ${p.name}, ${p.runs.map((r) => kmLabel(r.fromKm, r.toKm)).join(', ')} (${formatKm(p.km)} on this map)`, type.small, inner) : [];
  const peshmergaY = block(peshmergaLines, 6);
  const reported = p?.reported[0];
  const bracketStart = p && reported ? x(p.runs[0]!.fromKm + reported.km) + 6 : margin;
  const bracketLines = p && reported
    ? wrap(`Reported, not measured: ${QUALIFIER[reported.qualifier]}${formatKm(reported.km)} ${lowerFirst(reported.stretch)} (${reported.claimant}, ${formatPartialDate(reported.asOf)})`, type.small, width - margin - bracketStart)
    : [];
  const bracketY = block(bracketLines, 10);
  const noteLines = wrap(`Schematic: the distances between the lines are not known, so they are drawn evenly spaced. Order of the lines as reported${confidenceNote(input)}.`, type.small, inner);
  const noteY = block(noteLines, 10);

  return { height: Math.ceil(y + 6), margin, axisTitle, tickY, axisY, tags, laneTop, rowsTop, rowHeight, borderY, callouts, rowLabels: [...syr.labels, ...irq.labels], linesTop, bandsHeight, peshmergaLines, peshmergaY, bracketY, bracketLines, noteY, noteLines, unplacedY, unplacedLines };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function confidenceNote(input: LayeredDefenseInput): string {
  const levels = [...new Set(input.lines.map((l) => l.confidence))];
  return levels.length === 1 ? ` (${levels[0]} confidence)` : '';
}

/** The strip at the top of the artboard; `lines` adds the bands. */
export function drawStrip(svg: Svg | G, input: LayeredDefenseInput, width: number, type: TypeScale, showLines: boolean): void {
  const L = stripLayout(input, width, type);
  const x = kmScale(input, width);
  const [x0, x1] = x.range() as [number, number];

  // Axis: ticks every 100 km (200 on phones), and the end of the line at its computed length.
  const axis = layer(svg, 'ld-axis');
  textLines(axis, x0, type.small, L.axisTitle, { className: 'label ld-axis-title', size: type.small });
  axis.append('path').attr('class', 'ld-axis-line').attr('d', `M${round(x0)},${round(L.axisY)}H${round(x1)}`);
  const endGap = width < 520 ? 90 : 45;
  const ticks = [...x.ticks(width < 520 ? 3 : 6).filter((t) => t <= input.lengthKm - endGap), input.lengthKm];
  for (const t of ticks) {
    axis.append('path').attr('class', 'ld-axis-line').attr('d', `M${round(x(t))},${round(L.axisY)}v-4`);
    const anchor = t === 0 ? 'start' : t === input.lengthKm ? 'end' : 'middle';
    axis.append('text').attr('class', t === input.lengthKm ? 'label ld-axis-end' : 'label').attr('font-size', type.small).attr('x', round(x(t))).attr('y', round(L.tickY - 2)).attr('text-anchor', anchor)
      .text(t === input.lengthKm ? formatKm(t) : formatNumber(t));
  }

  // Governorate rows: Syria above the line, Iraq below.
  const rows = layer(svg, 'ld-rows', 'Governorates along the border: Syria above the line, Iraq below');
  const rowTop = { SYR: L.rowsTop, IRQ: L.borderY };
  for (const country of ['SYR', 'IRQ'] as const)
    for (const seg of input.segments[country])
      rows.append('rect').attr('class', `ld-row ld-row--${country.toLowerCase()}`).attr('x', round(x(seg.fromKm))).attr('y', round(rowTop[country])).attr('width', round(x(seg.toKm) - x(seg.fromKm))).attr('height', L.rowHeight);
  for (const label of L.rowLabels)
    rows.append('text').attr('class', label.kind === 'country' ? 'label label--country label--focus' : 'label label--admin').attr('font-size', type.small)
      .attr('x', round(label.x)).attr('y', round(rowTop[label.country] + L.rowHeight / 2 + type.small * 0.35)).attr('text-anchor', label.kind === 'country' ? 'end' : null).text(label.text);
  for (const c of L.callouts) {
    const mid = x((c.segment.fromKm + c.segment.toKm) / 2);
    const below = L.borderY + L.rowHeight;
    rows.append('path').attr('class', 'ld-leader').attr('d', `M${round(mid)},${round(below)}V${round(c.y - type.small + 1)}`);
    textLines(rows, Math.max(x0, mid - 3), c.y, c.lines, { className: 'label label--admin', size: type.small });
  }

  // The river, across both rows where the geometry says it crosses the line.
  const marks = layer(svg, 'ld-marks', 'Crossings and the Euphrates, at their km along the border');
  const laneY = (lane: number) => L.rowsTop - 4 - lane * (type.small * type.lineHeight + 2) - 4;
  for (const tag of L.tags.filter((t) => t.kind === 'river')) {
    marks.append('path').attr('class', 'ld-river').attr('d', `M${round(tag.x)},${round(laneY(tag.lane) + 3)}V${round(L.borderY + L.rowHeight)}`);
  }
  marks.append('path').attr('class', 'border-casing').attr('d', `M${round(x0)},${round(L.borderY)}H${round(x1)}`);
  marks.append('path').attr('class', 'border-line').attr('d', `M${round(x0)},${round(L.borderY)}H${round(x1)}`);
  for (const end of [x0, x1]) marks.append('rect').attr('class', 'tripoint').attr('x', round(end - 3.5)).attr('y', round(L.borderY - 3.5)).attr('width', 7).attr('height', 7);
  for (const tag of L.tags) {
    const y = laneY(tag.lane);
    if (tag.kind === 'crossing') {
      marks.append('path').attr('class', 'ld-leader').attr('d', `M${round(tag.x)},${round(y + 3)}V${round(L.borderY)}`);
      const g = marks.append('g').attr('class', `crossing crossing--${tag.state}`).attr('transform', `translate(${round(tag.x)},${round(L.borderY)})`);
      g.append('circle').attr('class', 'crossing-symbol').attr('r', width < 520 ? 4 : 4.5);
    }
    marks.append('text').attr('class', tag.kind === 'river' ? 'label halo label--water' : 'label halo label--crossing').attr('font-size', type.small)
      .attr('x', round(tag.x + (tag.side === 'right' ? 3 : -3))).attr('y', round(y)).attr('text-anchor', tag.side === 'right' ? 'start' : 'end').text(tag.text);
  }

  if (L.unplacedLines.length) textLines(layer(svg, 'ld-unplaced'), x0, L.unplacedY, L.unplacedLines, { className: 'label ld-note', size: type.small });

  if (!showLines) return;
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

  const bands = layer(svg, 'ld-lines', 'Lines of defence on the Iraqi side, schematic: first line nearest the border');
  const y = scaleBand<string>().domain(input.lines.map((l) => l.id)).range([L.linesTop, L.linesTop + L.bandsHeight]).paddingInner(0.28);
  for (const line of input.lines) {
    const top = y(line.id)!;
    for (const [a, b] of federal)
      bands.append('rect').attr('class', `ld-band ld-band--${line.confidence}`).attr('x', round(x(a))).attr('y', round(top)).attr('width', round(x(b) - x(a))).attr('height', round(y.bandwidth()));
    const name = width < 520 ? line.name.replace(/^.*\((.+)\)$/, '$1') : `${line.name}${line.ministry ? ` (${line.ministry})` : ''}`;
    bands.append('text').attr('class', 'label ld-band-label').attr('font-size', type.small).attr('x', round(x(longest[0]) + 6)).attr('y', round(top + y.bandwidth() / 2 + type.small * 0.35)).text(`${ordinal(line.order)} line: ${name}`);
  }
  if (p) {
    const top = y(input.lines[0]!.id)!, bottom = y(input.lines.at(-1)!.id)! + y.bandwidth();
    for (const r of held) bands.append('rect').attr('class', 'ld-peshmerga').attr('x', round(x(r.fromKm))).attr('y', round(top)).attr('width', round(Math.max(1, x(r.toKm) - x(r.fromKm)))).attr('height', round(bottom - top));
    const mid = x((held[0]!.fromKm + held[0]!.toKm) / 2);
    bands.append('path').attr('class', 'ld-leader').attr('d', `M${round(mid)},${round(bottom)}V${round(L.peshmergaY - type.small + 1)}`);
    textLines(bands, Math.max(x0, mid - 3), L.peshmergaY, L.peshmergaLines, { className: 'label ld-peshmerga-label', size: type.small });
    const reported = p.reported[0];
    if (reported) {
      const a = x(held[0]!.fromKm), b = x(held[0]!.fromKm + reported.km);
      const by = L.bracketY - type.small * 0.35;
      bands.append('path').attr('class', 'ld-bracket').attr('d', `M${round(a)},${round(by - 5)}V${round(by)}H${round(b)}V${round(by - 5)}`);
      textLines(bands, b + 6, L.bracketY, L.bracketLines, { className: 'label ld-bracket-label', size: type.small });
    }
  }
  textLines(bands, x0, L.noteY, L.noteLines, { className: 'label ld-note', size: type.small });
}
