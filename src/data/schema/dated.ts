/** Lists of dated entries in data/sites.json: oldest first, each date on or after the one before. */
import { z } from 'zod';
import { isRealPartialDate } from './common.ts';
import type { RefinementCtx } from './count.ts';

/** Entries that must be oldest first: each date on or after the one before. */
export function inDateOrder(entries: readonly { date: string }[], ctx: RefinementCtx): void {
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // Only compare real dates; a malformed one has its own message.
    if (previous && isRealPartialDate(entry.date) && isRealPartialDate(previous.date) && entry.date < previous.date)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `a date on or after the entry before it (${previous.date})`,
        params: { hint: 'keep the list in date order, oldest first' },
      });
  });
}

/** A list of dated entries, oldest first. */
export const byDate = <T extends z.ZodType<{ date: string }>>(entry: T, description: string) =>
  z.array(entry).superRefine(inDateOrder).describe(description);
