/**
 * Sortable data tables: each column header of a `table[data-sortable]` becomes a button that
 * sorts the rows by that column (ascending, then descending), announced through aria-sort.
 * Cells sort by `data-sort` when present, else by their number, else by their text. Without
 * JavaScript the table keeps its authored order.
 */
export type SortKey = number | string;

export function sortKey(cell: { dataset: DOMStringMap; textContent: string | null } | undefined): SortKey {
  const raw = cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
  const number = Number(raw.replace(/[,\u00a0]|\s*km$/g, ''));
  return raw !== '' && Number.isFinite(number) ? number : raw.toLowerCase();
}

/** Numbers before text, then ascending; a stable sort keeps ties in authored order. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a.localeCompare(b);
}

export function enhanceSortableTables(root: Document = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]:not([data-enhanced])')) {
    table.dataset.enhanced = '';
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') === 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const rows = [...body.rows].map((row) => ({ row, key: sortKey(row.cells[column]) }));
        rows.sort((a, b) => (descending ? -1 : 1) * compareKeys(a.key, b.key));
        body.append(...rows.map((r) => r.row));
      });
    });
  }
}
