/** transfers-2026 — the table: every figure with its sources, the final counts and the outlier flagged. */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import type { DataTable } from '../types.ts';
import { confidenceCell, notes } from '../kit/cells.ts';
import { figureText } from '../kit/claims.ts';
import { periodOf, tableDate, yearTick } from '../kit/dates.ts';
import type { Transfers2026Input } from './prepare.ts';

export function table(input: Transfers2026Input): DataTable {
  const s = t.charts['transfers-2026'].table;
  const { columns } = t.charts.kit.marks;
  const parts = (b: Record<string, number>) =>
    s.parts(
      Object.entries(b)
        .map(([k, v]) => s.part(k, formatNumber(v)))
        .join('; '),
    );
  return {
    caption: s.caption(yearTick(periodOf(input.asOf).start)),
    sortable: true,
    columns: [
      { key: 'date', label: columns.date },
      { key: 'claimant', label: columns.reportedBy, rowHeader: true },
      { key: 'figure', label: s.figure, numeric: true },
      { key: 'confidence', label: columns.confidence },
    ],
    rows: input.claims.map((c) => ({
      id: c.id,
      cells: {
        date: {
          text: tableDate(c.date),
          note: notes(c.dateNote, c.period.precision !== 'day' ? s.noDay : undefined),
          sort: c.date,
        },
        claimant: { text: c.claimant },
        figure: {
          text: figureText(c, { long: true }),
          sort: c.value,
          note: notes(
            input.finalIds.includes(c.id) ? s.final : undefined,
            c.outlier ? s.outlier : undefined,
            c.note,
            c.breakdown ? parts(c.breakdown) : undefined,
          ),
        },
        confidence: confidenceCell(c.confidence),
      },
      sources: c.sources,
    })),
  };
}
