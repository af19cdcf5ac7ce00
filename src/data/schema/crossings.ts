/** data/crossings.json: official and regional crossings, with where they are and what happened. */
import { z } from 'zod';
import { Confidence, Id, PartialDate, Text, isRealPartialDate } from './common.ts';
import { crossingLocation } from './site-location.ts';
import { type Known, sourceRef } from './source-ref.ts';

export function crossingsFile(known: Known) {
  const Location = crossingLocation(sourceRef(known));

  const StatusEntry = z.strictObject({
    date: PartialDate,
    state: z.enum(['open', 'closed', 'limited']).describe("The crossing's state from this date on."),
    summary: Text.describe('What happened, in our own words.'),
    sources: z
      .array(sourceRef(known))
      .min(1)
      .describe('The sources for this status: ids from data/sources.json, at least one.'),
    confidence: Confidence.optional(),
  });

  const Crossing = z.strictObject({
    name: Text.describe(
      'How readers see the crossing named: the Iraqi and the Syrian side, e.g. "Al-Qaim–Albu Kamal".',
    ),
    iraqSide: Text.describe('The place on the Iraqi side, with its district or governorate.'),
    syriaSide: Text.describe('The place on the Syrian side, with its governorate.'),
    kind: z
      .enum(['state', 'regional'])
      .describe(
        'state: between Iraq and Syria; regional: between the Kurdistan Region and the north-east ' +
          'Syrian administration.',
      ),
    location: Location,
    status: z
      .array(StatusEntry)
      .min(1)
      .superRefine((entries, ctx) => {
        entries.forEach((entry, i) => {
          const previous = entries[i - 1];
          // Only compare real dates; a malformed one has its own message.
          if (
            previous &&
            isRealPartialDate(entry.date) &&
            isRealPartialDate(previous.date) &&
            entry.date < previous.date
          )
            ctx.addIssue({
              code: 'custom',
              path: [i, 'date'],
              message: `a date on or after the entry before it (${previous.date})`,
              params: { hint: 'keep the history in date order, oldest first' },
            });
        });
      })
      .describe('What happened at the crossing, oldest first; the last entry is its current state.'),
  });

  return z.strictObject({
    $schema: z.string().optional(),
    crossings: z.record(Id, Crossing).describe('The crossings, keyed by a kebab-case id used in URLs.'),
  });
}

export type CrossingsFile = z.infer<ReturnType<typeof crossingsFile>>;
export type Crossing = CrossingsFile['crossings'][string];
