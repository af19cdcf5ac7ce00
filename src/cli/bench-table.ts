/** The bench's rows (a figure against its budget) and how they are printed. */

export interface Row {
  metric: string;
  value: string;
  budget: string;
  status: string;
}

/** "ok" when a figure is within its budget. */
export const check = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');

export function printTable(rows: Row[]): void {
  const widths = (['metric', 'value', 'budget', 'status'] as const).map((k) =>
    Math.max(k.length, ...rows.map((r) => r[k].length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(['metric', 'value', 'budget', 'status']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line([r.metric, r.value, r.budget, r.status]));
}
