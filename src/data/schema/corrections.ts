/**
 * data/corrections.json: corrections to published figures, as the editor records them when a
 * figure changes after publication. Each names the chart whose figure changed; the chart's embed
 * and its place in the story show the note with its date. Keyed by id, oldest first.
 */
import { z } from 'zod';
import { Id, PartialDate, Text } from './common.ts';
import { keyedInDateOrder } from './events.ts';
import { type Known, sourceRef } from './source-ref.ts';
import { nearest } from '../../lib/text/nearest.ts';

export const NOTE_MAX_CHARS = 300;

/** A chart id: one of the registry's (src/charts/ids.ts). */
function chartRef(chartIds: ReadonlySet<string>) {
  return Id.superRefine((id, ctx) => {
    if (chartIds.has(id)) return;
    const guess = nearest(id, chartIds);
    ctx.addIssue({
      code: 'custom',
      message: `the id of a chart (${[...chartIds].sort().join(', ')})`,
      params: { hint: guess ? `did you mean "${guess}"?` : undefined },
    });
  }).describe('The id of the chart whose figure was corrected, as in its embed URL /embed/<id>/.');
}

export function correctionsFile(known: Known) {
  const Correction = z
    .strictObject({
      chart: chartRef(known.chartIds),
      date: PartialDate.describe('When the correction was published.'),
      note: Text.max(NOTE_MAX_CHARS, { error: `a note of at most ${NOTE_MAX_CHARS} characters` }).describe(
        'What was wrong and what it is now, in one or two sentences, for readers.',
      ),
      sources: z.array(sourceRef(known)).optional().describe('Sources for the corrected figure, if new ones.'),
    })
    .describe('One correction to a published figure.');
  return z.strictObject({
    $schema: z.string().optional(),
    corrections: z
      .record(Id, Correction)
      .superRefine(keyedInDateOrder)
      .describe('Corrections keyed by id, oldest first.'),
  });
}

export type CorrectionsFile = z.infer<ReturnType<typeof correctionsFile>>;
