/**
 * A chart's version: a short hash of what readers see of its data (the table, the description,
 * the sources and the as-of date), so it is stable across rebuilds of the same data and changes
 * whenever a published figure does; layout and code changes leave it alone.
 */
import { createHash } from 'node:crypto';

export function dataVersion(facts: unknown): string {
  return createHash('sha256').update(stableJson(facts)).digest('hex').slice(0, 10);
}

/** JSON with object keys sorted, so that key order never changes the hash. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
