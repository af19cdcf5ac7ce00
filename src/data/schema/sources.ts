/** data/sources.json: every publication a fact cites, keyed by a stable id. */
import { z } from 'zod';
import { AsOf, Id, Text } from './common.ts';

export const Source = z
  .strictObject({
    publisher: Text.describe('Who published it; name both for reprints, e.g. "AFP (via Gulf News)".'),
    title: Text.describe('The headline or title; in [square brackets] when described, not quoted.'),
    url: z.url({ protocol: /^https?$/, error: 'a full web address starting with http:// or https://' }).describe('Where a reader can find it.'),
    published: AsOf.describe('Publication date as precise as known, or "undated".'),
    dateNote: Text.optional().describe('How the date was established when it is not printed, e.g. "inferred from the text".'),
  })
  .describe('One publication that facts cite.');

export const SourcesFile = z.strictObject({
  $schema: z.string().optional(),
  sources: z.record(Id, Source).describe('Sources keyed by id; the id is what other files cite.'),
});

export type Source = z.infer<typeof Source>;
export type SourcesFile = z.infer<typeof SourcesFile>;
