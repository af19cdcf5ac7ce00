/** repatriations — the table: every running total and convoy in date order, with its sources. */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import type { DataTable } from '../types.ts';
import { confidenceCell, notes } from '../kit/cells.ts';
import { figureText } from '../kit/claims.ts';
import { periodOf, placementNote, tableDate } from '../kit/dates.ts';
import type { Convoy, RepatriationsInput } from './prepare.ts';

const s = () => t.charts.repatriations;
/** "about 40 families, about 150 people": a convoy's figures as reported. */
function convoyText(c: Convoy): string {
  const part = (lo: number | undefined, hi: number | undefined, unit: 'families' | 'people') =>
    lo === undefined
      ? ''
      : s().table.convoyPart(
          figureText({ value: lo, valueMax: hi, qualifier: c.qualifier }, { long: true }),
          s().unit[unit]!,
        );
  return [part(c.families, c.familiesMax, 'families'), part(c.people, c.peopleMax, 'people')]
    .filter(Boolean)
    .join(', ');
}

export function table(input: RepatriationsInput): DataTable {
  const totals = input.claims.map((c) => ({
    id: c.id,
    date: c.date,
    cells: {
      date: { text: tableDate(c.date), note: notes(c.dateNote, placementNote(c.date, 'across')), sort: c.date },
      claimant: { text: c.claimant },
      what: { text: s().table.runningTotal(s().unit[c.unit]!) },
      figure: {
        text: figureText(c, { long: true }),
        sort: c.value,
        note: notes(c.outlier ? s().table.outlier : undefined, c.note),
      },
      confidence: confidenceCell(c.confidence),
    },
    sources: c.sources,
  }));
  const convoys = input.convoys.map((c) => ({
    id: c.id,
    date: c.date,
    cells: {
      date: { text: tableDate(c.date), note: c.dateNote, sort: c.date },
      claimant: { text: c.claimant },
      what: { text: s().table.convoy(c.number === undefined ? undefined : formatNumber(c.number)) },
      figure: { text: convoyText(c), sort: c.people ?? c.families ?? 0, note: c.note },
      confidence: confidenceCell(c.confidence),
    },
    sources: c.sources,
  }));
  const rows = [...totals, ...convoys]
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => periodOf(a.date).start - periodOf(b.date).start || a.i - b.i)
    .map(({ id, cells, sources }) => ({ id, cells, sources }));
  const { columns } = t.charts.kit.marks;
  return {
    caption: s().table.caption,
    sortable: true,
    columns: [
      { key: 'date', label: columns.date },
      { key: 'claimant', label: columns.reportedBy, rowHeader: true },
      { key: 'what', label: s().table.what },
      { key: 'figure', label: s().table.figure, numeric: true },
      { key: 'confidence', label: columns.confidence },
    ],
    rows,
  };
}
