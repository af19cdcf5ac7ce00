/** The layered-defence table: the strip north to south, the lines, the Peshmerga sector, the barrier's parts. */
import { plainName } from '../../data/gazetteer.ts';
import { t } from '../../i18n/index.ts';
import type { Dimension } from '../../data/schema/fortifications.ts';
import { formatKm, formatNumber, formatOrdinal, formatPartialDate } from '../../lib/format/index.ts';
import { upperFirst } from '../../lib/text/case.ts';
import type { DataTable, Row } from '../types.ts';
import type { LayeredDefenseInput } from './prepare.ts';
import { kmRun } from './strip-layout.ts';
import { kmMiddle, type PlacedCrossing } from '../../data/border-facts.ts';
import { formatList } from '../../lib/format/index.ts';
import { confidenceText, crossingKm, kmAt, reportedKm } from './text.ts';

const words = () => t.charts['layered-defense'];

function dimensionText(d: Dimension): string {
  const w = words();
  const value = formatNumber(d.value, { digits: Number.isInteger(d.value) ? 0 : 1 });
  const unit = w.units[d.unit] ? `\u00a0${w.units[d.unit]}` : '';
  const confidence = d.confidence ? confidenceText(d.confidence) : null;
  return w.table.dimension(
    w.measure[d.what] ?? d.what,
    `${t.qualifier[d.qualifier] ?? ''}${value}${unit}`,
    d.claimant,
    formatPartialDate(d.asOf),
    confidence,
  );
}

/** A crossing's place along the border, sorted by its km (a stretch by its middle), with how it was placed. */
function whereCell(input: LayeredDefenseInput, c: PlacedCrossing) {
  const w = words().table;
  const middle = kmMiddle(c);
  if (middle === null) return { text: w.notPlaced, note: c.crossing.location.note };
  const text = crossingKm(c)!;
  const stretch = c.crossing.location.stretch;
  const name = (iso: string) => [...input.segments.IRQ, ...input.segments.SYR].find((s) => s.id === iso)?.name ?? iso;
  const note =
    c.stretch && stretch
      ? w.onStretch(name(stretch.iraq), name(stretch.syria))
      : c.precision === 'town'
        ? w.nearTowns(formatList(c.towns.map((town) => plainName(town.name))), c.towns.length === 1)
        : c.crossing.location.note;
  return { text, sort: middle, ...(note ? { note } : {}) };
}

function stripRows(input: LayeredDefenseInput): Row[] {
  const w = words().table;
  const rows: Row[] = [];
  for (const country of ['SYR', 'IRQ'] as const)
    for (const s of input.segments[country]) {
      const region = s.region ? words().region[s.region] : undefined;
      rows.push({
        id: `governorate-${s.id.toLowerCase()}`,
        cells: {
          item: { text: `${s.name}${region ? ` (${region})` : ''}` },
          part: { text: w.governorate(words().side[country]!) },
          where: { text: kmRun(s.fromKm, s.toKm), sort: s.fromKm },
          detail: { text: w.ofLine(formatKm(s.toKm - s.fromKm)), note: w.governorateNote },
        },
        sources: [],
      });
    }
  for (const c of input.crossings) {
    const sources = [...(c.crossing.location.source ? [c.crossing.location.source] : []), ...c.current.sources];
    rows.push({
      id: `crossing-${c.id}`,
      cells: {
        item: { text: c.crossing.name },
        part: { text: w.crossing },
        where: whereCell(input, c),
        detail: {
          text: w.status(words().stateWord[c.current.state]!, formatPartialDate(c.current.date)),
          note: c.current.summary,
        },
      },
      sources: [...new Set(sources)],
    });
  }
  const { river } = input;
  const item = { text: river.name },
    part = { text: w.river };
  rows.push(
    river.crossings.length
      ? {
          id: 'river',
          cells: {
            item,
            part,
            where: { text: river.crossings.map((r) => kmAt(r.kmAlong)).join(', '), sort: river.crossings[0]!.kmAlong },
            detail: { text: w.riverWhere, note: w.riverNote },
          },
          sources: [],
        }
      : {
          id: 'river',
          cells: { item, part, where: { text: w.riverNotFound }, detail: { text: w.riverDry } },
          sources: [],
        },
  );
  return rows;
}

function lineRows(input: LayeredDefenseInput): Row[] {
  const w = words().table;
  const rows: Row[] = input.lines.map((l) => ({
    id: `line-${l.id}`,
    cells: {
      item: { text: l.name },
      part: { text: w.line(formatOrdinal(l.order)) },
      where: { text: w.lineWhere },
      detail: { text: w.lineDetail(l.role, l.ministry, upperFirst(confidenceText(l.confidence))), note: l.note },
    },
    sources: l.sources,
  }));
  const p = input.peshmerga;
  if (!p) return rows;
  rows.push({
    id: `sector-${p.id}`,
    cells: {
      item: { text: w.sectorItem(p.name, p.heldBy) },
      part: { text: w.sector },
      where: {
        text: p.runs.map((r) => kmRun(r.fromKm, r.toKm)).join(', '),
        sort: p.runs[0]?.fromKm ?? 0,
        note: w.ofLineComputed(formatKm(p.km)),
      },
      detail: { text: p.summary, note: p.note },
    },
    sources: p.sources,
  });
  for (const r of p.reported)
    rows.push({
      id: `reported-${r.id}`,
      cells: {
        item: { text: r.stretch },
        part: { text: w.reportedLength },
        where: { text: w.reported(reportedKm(r)), sort: r.km },
        detail: { text: w.claim(r.claimant, formatPartialDate(r.asOf)), note: r.note },
      },
      sources: [r.source],
    });
  return rows;
}

function componentRows(input: LayeredDefenseInput): Row[] {
  const w = words().table;
  return input.components.map((c) => {
    const confidence = c.confidence ? `${upperFirst(confidenceText(c.confidence))}.` : '';
    const detail = [...(c.dimensions ?? []).map(dimensionText), confidence].filter(Boolean).join('. ') || c.description;
    const dimensions = c.dimensions ?? [];
    const notes = [dimensions.length ? c.description : '', c.note ?? '', ...dimensions.map((d) => d.note ?? '')];
    const note = notes.filter(Boolean).join(' ') || undefined;
    return {
      id: `component-${c.id}`,
      cells: {
        item: { text: `${formatNumber(c.order)} ${c.name}` },
        part: { text: c.layer === 'barrier' ? w.barrierLayer : w.surveillance },
        where: { text: w.alongBorder },
        detail: { text: detail, note },
      },
      sources: [...new Set([...c.sources, ...(c.dimensions ?? []).flatMap((d) => d.sources)])],
    };
  });
}

export function table(input: LayeredDefenseInput): DataTable {
  const c = words().table.columns;
  return {
    caption: words().table.caption(formatKm(input.lengthKm)),
    columns: [
      { key: 'item', label: c.item, rowHeader: true },
      { key: 'part', label: c.part },
      { key: 'where', label: c.where },
      { key: 'detail', label: c.detail },
    ],
    rows: [...stripRows(input), ...lineRows(input), ...componentRows(input)],
  };
}
