/** data/sites.json › network: figures for the detention network as a whole, not tied to one site. */
import { z } from 'zod';
import { ClaimantKind, Confidence, PartialDate, Text } from './common.ts';
import { checkCount, countFields, Unit } from './count.ts';
import { byDate } from './dated.ts';
import type { SourceList } from './source-ref.ts';

export function siteNetwork<H extends z.ZodType<{ date: string }>>(Sources: SourceList, HistoryEntry: H) {
  // Who gave a network figure, on what evidence, and how sure we are: the same for both counts.
  const claimFields = {
    claimant: Text.describe('Who gave the figure, as the source attributes it, e.g. "US officials (to VOA)".'),
    claimantKind: ClaimantKind,
    sources: Sources,
    confidence: Confidence.optional(),
    note: Text.optional().describe(
      'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
    ),
  };
  const FacilityCount = z
    .strictObject({
      date: PartialDate,
      ...countFields,
      counts: z.enum(['prisons', 'facilities', 'prisons-and-camps']).describe('What the figure counts.'),
      ...claimFields,
    })
    .superRefine(checkCount)
    .describe("One count of the detention network's facilities, as someone reported it.");

  const NetworkHeld = z
    .strictObject({
      date: PartialDate,
      ...countFields,
      unit: Unit,
      ...claimFields,
    })
    .superRefine(checkCount)
    .describe('One count of everyone held across the network, as someone reported it.');

  return z
    .strictObject({
      facilityCounts: byDate(FacilityCount, 'How many facilities there were, claim by claim, oldest first.'),
      totalHeld: byDate(NetworkHeld, 'How many were held across all sites, claim by claim, oldest first.'),
      notes: byDate(HistoryEntry, 'Dated observations about the network as a whole, oldest first.').optional(),
    })
    .describe('Figures for the detention network as a whole, not tied to one site.');
}
