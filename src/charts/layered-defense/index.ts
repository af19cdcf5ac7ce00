/**
 * layered-defense — "Three lines, one border": the border unrolled as a strip from the Turkish
 * tripoint (km 0) to the Jordanian one, with the governorates either side, the crossings and
 * the Euphrates where the geometry places them; the three lines of Iraqi forces as a schematic
 * (no source gives the distances between them) and the Peshmerga's stretch; then a schematic
 * cross-section of the barrier with its reported sizes.
 */
import { defineChart, type DataTable, type Row, type RenderOptions } from '../types.ts';
import { chartSvg, serialize } from '../svg.ts';
import { formatKm, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { prepare, type LayeredDefenseInput } from './prepare.ts';
import { drawStrip, stripLayout } from './strip.ts';
import { barrierLayout, drawBarrier } from './barrier.ts';
import { TYPE, inSentence, listText, ordinal } from './text.ts';

export const TITLE = 'Three lines, one border';
const STATE_WORD = { open: 'open', closed: 'closed', limited: 'limited opening' } as const;
const QUALIFIER = { exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'up-to': 'up to ' } as const;
const UNIT_WORD = { m: 'm', km: 'km', items: '', hours: 'hours' } as const;
const WHAT_WORD = { height: 'Height', width: 'Width', depth: 'Depth', length: 'Length', range: 'Range', count: 'Count', endurance: 'Endurance' } as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const km = (v: number) => `km ${formatNumber(v)}`;

function placed(input: LayeredDefenseInput) {
  return input.crossings.filter((c) => c.kmAlong !== null);
}

function riverText(input: LayeredDefenseInput): string {
  const r = input.river.crossings;
  return r.length ? `the ${input.river.name} crosses it at ${r.map((c) => km(c.kmAlong)).join(' and ')}` : `the ${input.river.name} does not cross the line as drawn`;
}

function describe(input: LayeredDefenseInput): string {
  const p = input.peshmerga;
  return (
    `The Iraq–Syria border unrolled as a ${formatKm(input.lengthKm)} strip from the Turkish tripoint to the Jordanian one, with the governorates on each side; ` +
    `${placed(input).length} of ${input.crossings.length} crossings are placed at their km, and ${riverText(input)}. ` +
    `On the Iraqi side, ${listText(input.lines.map((l) => l.name))} are drawn as ${input.lines.length} evenly spaced schematic lines, because the distances between them are not known` +
    (p ? `; the ${p.heldBy} hold the ${formatKm(p.km)} ${p.name} stretch, part of a section officials put at ${p.reported.map((r) => `${QUALIFIER[r.qualifier]}${formatKm(r.km)}`).join(', ') || 'no reported length'}. ` : '. ') +
    `A cross-section, not to scale, shows the ${input.components.filter((c) => c.layer === 'barrier').length} barrier layers and the surveillance behind them.`
  );
}

function render(input: LayeredDefenseInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const type = width < 520 ? TYPE.narrow : TYPE.wide;
  const state = options.step;
  const strip = stripLayout(input, width, type);
  const barrier = barrierLayout(input, width, type);
  // Every step has one height, so the sticky graphic keeps its size; the complete state stacks both parts.
  const stepHeight = Math.max(strip.height, barrier.height);
  const height = state ? stepHeight : strip.height + 16 + barrier.height;
  const svg = chartSvg({ idPrefix, width, height, title: TITLE, description: describe(input), className: 'chart chart--layered-defense' });
  if (state === 'barrier') drawBarrier(svg, input, width, type, Math.round((stepHeight - barrier.height) / 2));
  else {
    drawStrip(svg, input, width, type, state !== 'strip');
    if (!state) {
      svg.append('path').attr('class', 'ld-divider').attr('d', `M${strip.margin},${strip.height + 8}H${width - strip.margin}`);
      drawBarrier(svg, input, width, type, strip.height + 16);
    }
  }
  return serialize(svg);
}

function dimensionText(d: NonNullable<LayeredDefenseInput['components'][number]['dimensions']>[number]): string {
  const value = formatNumber(d.value, { digits: Number.isInteger(d.value) ? 0 : 1 });
  return `${WHAT_WORD[d.what]}: ${QUALIFIER[d.qualifier]}${value}${UNIT_WORD[d.unit] ? `\u00a0${UNIT_WORD[d.unit]}` : ''} (${d.claimant}, ${formatPartialDate(d.asOf)}${d.confidence ? `; ${d.confidence} confidence` : ''})`;
}

function table(input: LayeredDefenseInput): DataTable {
  const rows: Row[] = [];
  for (const [country, label] of [['SYR', 'Syrian'], ['IRQ', 'Iraqi']] as const)
    for (const s of input.segments[country])
      rows.push({
        id: `governorate-${s.id.toLowerCase()}`,
        cells: {
          item: { text: `${s.name}${s.region ? ` (${s.region})` : ''}` },
          part: { text: `${label} governorate` },
          where: { text: `${km(s.fromKm)}–${formatNumber(s.toKm)}`, sort: s.fromKm },
          detail: { text: `${formatKm(s.toKm - s.fromKm)} of the line as drawn`, note: 'Computed from the Natural Earth 1:10m admin-1 outlines, to about 1 km.' },
        },
        sources: [],
      });
  for (const c of input.crossings)
    rows.push({
      id: `crossing-${c.id}`,
      cells: {
        item: { text: c.crossing.name },
        part: { text: 'Crossing' },
        where: c.kmAlong === null ? { text: 'not placed', note: c.crossing.location.note } : { text: km(c.kmAlong), sort: c.kmAlong },
        detail: { text: `${STATE_WORD[c.current.state]} (${formatPartialDate(c.current.date)})`, note: c.current.summary },
      },
      sources: [...(c.crossing.location.source ? [c.crossing.location.source] : []), ...c.current.sources].filter((id, i, all) => all.indexOf(id) === i),
    });
  rows.push(
    input.river.crossings.length
      ? { id: 'river', cells: { item: { text: input.river.name }, part: { text: 'River' }, where: { text: input.river.crossings.map((r) => km(r.kmAlong)).join(', '), sort: input.river.crossings[0]!.kmAlong }, detail: { text: 'Where the river crosses the border line', note: 'Computed: the intersection of the Natural Earth 1:10m river and border lines.' } }, sources: [] }
      : { id: 'river', cells: { item: { text: input.river.name }, part: { text: 'River' }, where: { text: 'not found' }, detail: { text: 'The river line does not cross the border line in the map data' } }, sources: [] },
  );
  for (const l of input.lines)
    rows.push({
      id: `line-${l.id}`,
      cells: {
        item: { text: l.name },
        part: { text: `${ordinal(l.order)} line of defence` },
        where: { text: 'distance from the border not known' },
        detail: { text: `${l.role}${l.ministry ? ` Answers to the ${l.ministry}.` : ''} ${l.confidence[0]!.toUpperCase()}${l.confidence.slice(1)} confidence.`, note: l.note },
      },
      sources: l.sources,
    });
  const p = input.peshmerga;
  if (p) {
    rows.push({
      id: `sector-${p.id}`,
      cells: {
        item: { text: `${p.name}: ${p.heldBy}` },
        part: { text: 'Sector' },
        where: { text: p.runs.map((r) => `${km(r.fromKm)}–${formatNumber(r.toKm)}`).join(', '), sort: p.runs[0]?.fromKm ?? 0, note: `${formatKm(p.km)} of the line as drawn, computed.` },
        detail: { text: p.summary, note: p.note },
      },
      sources: p.sources,
    });
    for (const r of p.reported)
      rows.push({
        id: `reported-${r.id}`,
        cells: {
          item: { text: r.stretch },
          part: { text: 'Reported length' },
          where: { text: `${QUALIFIER[r.qualifier]}${formatKm(r.km)} (reported)`, sort: r.km },
          detail: { text: `${r.claimant}, ${formatPartialDate(r.asOf)}.`, note: r.note },
        },
        sources: [r.source],
      });
  }
  for (const c of input.components)
    rows.push({
      id: `component-${c.id}`,
      cells: {
        item: { text: `${c.order} ${c.name}` },
        part: { text: c.layer === 'barrier' ? 'Barrier layer' : 'Surveillance' },
        where: { text: 'along the border' },
        detail: { text: [...(c.dimensions ?? []).map(dimensionText), c.confidence ? `${c.confidence[0]!.toUpperCase()}${c.confidence.slice(1)} confidence.` : ''].filter(Boolean).join('. ') || c.description, note: [c.dimensions?.length ? c.description : '', c.note ?? '', ...(c.dimensions ?? []).map((d) => d.note ?? '')].filter(Boolean).join(' ') || undefined },
      },
      sources: [...new Set([...c.sources, ...(c.dimensions ?? []).flatMap((d) => d.sources)])],
    });
  return {
    caption: `The border strip, north to south (km from the Turkish tripoint along the ${formatKm(input.lengthKm)} line as drawn), the lines of defence, the Peshmerga sector and the barrier's components`,
    columns: [
      { key: 'item', label: 'Item', rowHeader: true },
      { key: 'part', label: 'What' },
      { key: 'where', label: 'Where' },
      { key: 'detail', label: 'Details' },
    ],
    rows,
  };
}

export default defineChart<LayeredDefenseInput>({
  id: 'layered-defense',
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: border line and governorates from Natural Earth 1:10m; lines of defence and barrier schematic, from the sources listed',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.sources.strip, ...input.sources.lines, ...input.sources.barrier])],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'strip',
      alt: (input) => {
        const unplaced = input.crossings.filter((c) => c.kmAlong === null);
        return (
          `The border unrolled as a straight strip, ${formatKm(input.lengthKm)} from the Turkish tripoint to the Jordanian one. Syria's ${listText(input.segments.SYR.map((s) => s.name))} lie above the line and Iraq's ${listText(input.segments.IRQ.map((s) => s.name))} below it. ` +
          (placed(input).length
            ? `Crossings: ${listText(placed(input).map((c) => `${c.crossing.name} at ${km(c.kmAlong!)}`))}; ${riverText(input)}.`
            : `${riverText(input).replace(/^t/, 'T')}.`) +
          (unplaced.length ? ` ${listText(unplaced.map((c) => c.crossing.name))} ${unplaced.length > 1 ? 'are' : 'is'} not placed, as no source we can cite gives ${unplaced.length > 1 ? 'their positions' : 'its position'}.` : '')
        );
      },
    },
    {
      id: 'lines',
      alt: (input) => {
        const p = input.peshmerga;
        return (
          `${input.lines.length} bands below the Iraqi side show the lines of defence, from the border inwards: ${listText(input.lines.map((l) => `${ordinal(l.order)} ${l.name}`))}. They are evenly spaced because no source gives the distances between them.` +
          (p ? ` The ${p.heldBy} hold the ${p.name} stretch, ${formatKm(p.km)} of the line as drawn. A dashed bracket shows what officials report for a longer stretch, ${p.reported.map((r) => `${lowerFirst(r.stretch)}: ${QUALIFIER[r.qualifier]}${formatKm(r.km)}`).join('; ')}.` : '')
        );
      },
    },
    {
      id: 'barrier',
      alt: (input) =>
        `A cross-section, schematic and not to scale, of the ${input.components.filter((c) => c.layer === 'barrier').length} barrier layers in the order officials list them: ${listText(input.components.filter((c) => c.layer === 'barrier').map((c) => inSentence(c.name)))}; then ${listText(input.components.filter((c) => c.layer === 'surveillance').map((c) => inSentence(c.name)))}. The trench and the wall are labelled with their reported sizes.`,
    },
  ],
});
