/** data/sources.json: every publication a fact cites, keyed by a stable id. */
import { z } from 'zod';
import { AsOf, Id, Text } from './common.ts';
import { type Known, publisherRef } from './source-ref.ts';

export function sourcesFile(known: Known) {
  const Source = z
    .strictObject({
      publisher: publisherRef(known).describe(
        'The originating publisher: the agency for a wire story, the body that issued a statement, ' +
          'the outlet for its own reporting (an id in data/publishers.json).',
      ),
      via: publisherRef(known)
        .optional()
        .describe(
          'Only for a licensed reprint: the newspaper, broadcaster or agency whose copy was read (an ' +
            'id in data/publishers.json). Never an aggregator, mirror or blog.',
        ),
      title: Text.describe(
        'The headline or title exactly as printed on the page read; only when the copy read showed ' +
          'none, a description in [square brackets] with a titleNote.',
      ),
      titleNote: Text.optional().describe(
        'Why the title is a description in [square brackets]: e.g. "the copy read began at the body text".',
      ),
      url: z
        .url({ protocol: /^https?$/, error: 'a full web address starting with http:// or https://' })
        .describe('The page read, on the publisher\'s own site or the "via" outlet\'s.'),
      published: AsOf.describe(
        'Publication date as printed on the page, YYYY-MM-DD; less precise, or "undated", only ' +
          'with a dateNote saying why.',
      ),
      dateNote: Text.optional().describe(
        'Why the date is not a full day, or how it was established when it is not printed, e.g. ' +
          '"the page gives no date; the text dates it to January 2026".',
      ),
      language: z
        .enum(['en', 'ar', 'ku', 'tr', 'fa', 'de', 'fr', 'ru'])
        .optional()
        .describe("The page's language when it is not English."),
    })
    .superRefine((s, ctx) => {
      if (s.published.length !== 10 && s.dateNote === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['dateNote'],
          message: `a dateNote saying why the date is not a full day (it is "${s.published}")`,
          params: { hint: 'give the day printed on the page, or say why there is none' },
        });
      if (/^\[.*\]$/.test(s.title) && s.titleNote === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: 'the headline or title as printed on the page',
          params: { hint: 'a description in [brackets] needs a titleNote saying why the headline is not given' },
        });
      if (s.via !== undefined && s.via === s.publisher)
        ctx.addIssue({
          code: 'custom',
          path: ['via'],
          message: 'an outlet other than the publisher',
          params: { hint: 'leave "via" out when the page is on the publisher\'s own site' },
        });
    })
    .describe('One publication that facts cite.');

  return z.strictObject({
    $schema: z.string().optional(),
    sources: z.record(Id, Source).describe('Sources keyed by id; the id is what other files cite.'),
  });
}

export type SourcesFile = z.infer<ReturnType<typeof sourcesFile>>;
export type Source = SourcesFile['sources'][string];
