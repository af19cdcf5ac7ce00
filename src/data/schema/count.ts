/**
 * A figure as a source gives it, in data/sites.json: a number or a range with the words the
 * source used ("about", "more than"), or only its words ("hundreds"), and the rules each follows.
 */
import { z } from 'zod';
import { Text } from './common.ts';

export type RefinementCtx = z.core.$RefinementCtx<unknown>;

export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'fewer-than', 'up-to'] as const;

/** The fields of one figure as a source gives it; shared by headcounts, escapes and facility counts. */
export const countFields = {
  low: z
    .int()
    .min(0)
    .nullable()
    .describe(
      'The figure, or the lower end of a range, as a whole number. null when the source gives ' +
        'only words such as "hundreds" (then write them in wording).',
    ),
  high: z
    .int()
    .min(0)
    .optional()
    .describe(
      'The upper end when the source gives a range (e.g. 5000 for "3,000–5,000"); leave out for a single figure.',
    ),
  qualifier: z
    .enum(QUALIFIERS)
    .optional()
    .describe(
      'How the source phrased the figure: exact (a plain number or range), about, more-than, ' +
        'at-least, fewer-than or up-to. Required when low is a number.',
    ),
  wording: Text.optional().describe(
    'The source\'s own words when they are vague, e.g. "hundreds" or "more than a dozen". Required when low is null.',
  ),
};

interface CountLike {
  low: number | null;
  high?: number | undefined;
  qualifier?: string | undefined;
  wording?: string | undefined;
}

/** The rules every figure follows, reported at the field to change. */
export function checkCount(count: CountLike, ctx: RefinementCtx): void {
  if (count.low === null) {
    if (count.wording === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['wording'],
        message: 'the source\'s own words (e.g. "hundreds") when low is null',
        params: { hint: 'give the number in low if the source has one' },
      });
    if (count.high !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['high'],
        message: 'no high figure when low is null',
        params: { hint: 'put the lower end of the range in low' },
      });
    if (count.qualifier !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['qualifier'],
        message: 'no qualifier when low is null (there is no figure to qualify)',
        params: { hint: 'remove qualifier, or give the figure in low' },
      });
    return;
  }
  if (count.qualifier === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['qualifier'],
      message: `one of ${QUALIFIERS.map((q) => `"${q}"`).join(', ')} for the figure`,
      params: { hint: 'say how the source phrased it; "exact" for a plain number' },
    });
  if (count.high !== undefined && count.high <= count.low)
    ctx.addIssue({
      code: 'custom',
      path: ['high'],
      message: `a high figure greater than low (${count.low})`,
      params: { hint: 'for a single figure leave high out; otherwise check which end is which' },
    });
}

/** What a figure counts. */
export const Unit = z
  .enum(['people', 'detainees', 'families'])
  .describe('What is counted: people (camp residents), detainees (prisoners) or families.');
