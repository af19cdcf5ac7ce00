/** al-hol-population — the table: one row per reported count, oldest first, with the nationality split. */
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format/index.ts';
import type { DataTable } from '../types.ts';
import { confidenceCell, notes, reportedCells } from '../kit/cells.ts';
import type { AlHolInput, Group, Point } from './prepare.ts';

export function table(input: AlHolInput): DataTable {
  const s = t.charts['al-hol-population'];
  const { columns } = t.charts.kit.marks;
  const group = (p: Point, g: Group) => {
    const v = p.obs.breakdown?.[g];
    return v === undefined ? { text: '', sort: -1 } : { text: formatNumber(v), sort: v };
  };
  return {
    caption: s.table.caption,
    sortable: true,
    columns: [
      { key: 'date', label: columns.date, rowHeader: true },
      { key: 'people', label: columns.people, numeric: true },
      { key: 'iraqis', label: s.group.iraqis!, numeric: true },
      { key: 'syrians', label: s.group.syrians!, numeric: true },
      { key: 'others', label: s.table.others, numeric: true },
      { key: 'claimant', label: columns.givenBy },
      { key: 'confidence', label: columns.confidence },
    ],
    rows: input.points.map((p) => ({
      id: p.key,
      cells: {
        ...reportedCells(p),
        iraqis: group(p, 'iraqis'),
        syrians: group(p, 'syrians'),
        others: group(p, 'others'),
        confidence: confidenceCell(
          p.confidence,
          p.style === 'outlier' ? s.table.outlier : '',
          notes(
            p.style === 'outlier' ? s.table.outlierNote : undefined,
            input.runs.some((r) => r.points.includes(p)) ? s.table.runNote(p.obs.claimant) : undefined,
          ),
        ),
      },
      sources: p.obs.sources,
    })),
  };
}
