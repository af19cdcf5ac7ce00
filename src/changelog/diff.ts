/** What changed in a chart's table between two versions of the data, said as a reader would read it. */
import type { DataTable } from '../charts/types.ts';

export interface TableChange {
  kind: 'changed' | 'added' | 'removed';
  /** The row, by its row-header text. */
  row: string;
  column?: string;
  from?: string;
  to?: string;
}

const rowName = (table: DataTable, row: DataTable['rows'][number]) => {
  const header = table.columns.find((c) => c.rowHeader) ?? table.columns[0]!;
  return row.cells[header.key]?.text ?? row.id;
};

/**
 * Rows are matched by id, then, among the rest, by the name in their row header (a row's id may
 * be derived from its figures, so a changed figure can change it); then compared cell by cell.
 */
export function diffTables(before: DataTable, after: DataTable): TableChange[] {
  type R = DataTable['rows'][number];
  const pairs: [R, R][] = [];
  const olds = new Map(before.rows.map((r) => [r.id, r]));
  const unmatched: R[] = [];
  for (const row of after.rows) {
    const was = olds.get(row.id);
    if (was) {
      pairs.push([was, row]);
      olds.delete(row.id);
    } else unmatched.push(row);
  }
  const added: R[] = [];
  for (const row of unmatched) {
    const was = [...olds.values()].find((o) => rowName(before, o) === rowName(after, row));
    if (was) {
      pairs.push([was, row]);
      olds.delete(was.id);
    } else added.push(row);
  }
  const changes: TableChange[] = [];
  const order = new Map(after.rows.map((r, i) => [r.id, i]));
  pairs.sort(([, a], [, b]) => order.get(a.id)! - order.get(b.id)!);
  for (const [was, row] of pairs)
    for (const column of after.columns) {
      const from = was.cells[column.key]?.text ?? '';
      const to = row.cells[column.key]?.text ?? '';
      if (from !== to) changes.push({ kind: 'changed', row: rowName(after, row), column: column.label, from, to });
    }
  for (const row of added) changes.push({ kind: 'added', row: rowName(after, row) });
  for (const row of olds.values()) changes.push({ kind: 'removed', row: rowName(before, row) });
  return changes;
}

export function describeChange(c: TableChange): string {
  if (c.kind === 'added') return `Added: ${c.row}.`;
  if (c.kind === 'removed') return `Removed: ${c.row}.`;
  return `${c.row}, ${c.column}: ${c.from || '(empty)'} → ${c.to || '(empty)'}.`;
}
