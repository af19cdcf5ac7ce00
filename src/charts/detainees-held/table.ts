/** detainees-held — the table: every estimate, oldest first, then the transfer to Iraq. */
import { t } from '../../i18n/index.ts';
import type { DataTable } from '../types.ts';
import { confidenceCell, reportedCells } from '../kit/cells.ts';
import { confidenceOf, figureText } from '../kit/claims.ts';
import { dateSpan, periodOf, yearTick } from '../kit/dates.ts';
import type { DetaineesInput } from './prepare.ts';

export function table(input: DetaineesInput): DataTable {
  const s = t.charts['detainees-held'].table;
  const { columns } = t.charts.kit.marks;
  const rows: DataTable['rows'] = input.claims.map((c) => ({
    id: c.key,
    cells: {
      ...reportedCells(c),
      confidence: confidenceCell(c.confidence, c.style === 'outlier' ? s.outlier : ''),
    },
    sources: c.obs.sources,
  }));
  const tr = input.transfer;
  if (tr)
    rows.push({
      id: 'transfer-to-iraq',
      cells: {
        date: { text: dateSpan(tr.from, tr.to), sort: tr.to, note: s.transferNote },
        people: { text: s.moved(figureText(tr.final, { long: true })), sort: tr.final.value },
        claimant: { text: tr.final.claimant, note: tr.final.note },
        confidence: confidenceCell(confidenceOf(tr.final, {})),
      },
      sources: tr.sources,
    });
  return {
    caption: s.caption(tr ? yearTick(periodOf(tr.to).start) : undefined),
    sortable: true,
    columns: [
      { key: 'date', label: columns.date, rowHeader: true },
      { key: 'people', label: columns.people, numeric: true },
      { key: 'claimant', label: columns.givenBy },
      { key: 'confidence', label: columns.confidence },
    ],
    rows,
  };
}
