/** What a reader finds under any chart, story or embed: a short credit, and every source one click away. */
import { expect } from 'vitest';
import type { RenderedChart } from '../../src/charts/render.ts';
import { CREDIT_NAMES, creditSummary } from '../../src/sources/credit.ts';

export function expectShortCreditWithEverySource(root: Element, chart: RenderedChart): void {
  const summary = root.querySelector('details.chart-sources > summary');
  expect(summary, `${chart.id}: no credit line`).not.toBeNull();
  const text = summary!.textContent!.trim();
  const { named, others } = creditSummary(chart.sources);
  expect(named.length).toBeGreaterThan(0);
  expect(named.length).toBeLessThanOrEqual(CREDIT_NAMES + 1);
  // Each publisher named once, and the count of the rest matches the full list.
  for (const p of named) expect(text.split(p.name).length - 1, `${p.name} in "${text}"`).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(others > 0 ? new RegExp(` and ${others} others?$`) : /^Sources: /);
  expect(summary!.querySelectorAll('a')).toHaveLength(0);
  const listed = [...root.querySelectorAll('details.chart-sources .source-items a')].map((a) => a.getAttribute('href'));
  expect(new Set(listed).size, 'each source listed once').toBe(listed.length);
  expect(new Set(listed)).toEqual(new Set(chart.sources.map((s) => s.url)));
  const publishers = root.querySelectorAll('details.chart-sources .source-group');
  expect(publishers).toHaveLength(named.length + others);
}
