/** data/border.json: the border's two ends and every length reported for it. */
import { z } from 'zod';
import { AsOf, Confidence, LonLat, Text } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';
import { Id } from './common.ts';

export function borderFile(known: Known) {
  // The map draws each tripoint at the end of the boundary line (Natural Earth). Sourced
  // coordinates are optional: given, they are checked against that end and reported in Methods.
  const Tripoint = z
    .strictObject({
      name: Text.describe('How readers should see it named.'),
      coordinates: LonLat.optional().describe(
        '[lon, lat] as a source gives it; leave out when no citable source gives it.',
      ),
      source: sourceRef(known).optional(),
      asOf: AsOf.optional(),
    })
    .superRefine((t, ctx) => {
      if (t.coordinates === undefined) return;
      for (const key of ['source', 'asOf'] as const)
        if (t[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `a ${key} for the coordinates`,
            params: { hint: 'coordinates must come from a source; leave them out if none gives them' },
          });
    });

  const ReportedLength = z
    .strictObject({
      km: z
        .number()
        .positive()
        .describe('The figure in kilometres as reported (converted from miles where the source used miles).'),
      qualifier: z
        .enum(['exact', 'about', 'more-than'])
        .describe('How the source phrased it: a plain figure, "about", or "more than".'),
      measures: z.enum(['border', 'planned-wall', 'trench']).describe('What the figure is the length of.'),
      claimant: Text.describe('Who gave the figure, e.g. "CIA World Factbook" or "Border Guard Command".'),
      kind: z
        .enum(['reference', 'official', 'media'])
        .describe('reference work, Iraqi official, or a news outlet in its own voice.'),
      source: sourceRef(known),
      asOf: AsOf,
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
      confidence: Confidence.optional(),
    })
    .describe('One length as someone reported it: a claim, not the truth.');

  return z.strictObject({
    $schema: z.string().optional(),
    tripoints: z
      .strictObject({
        turkey: Tripoint.describe('Where Iraq, Syria and Turkey meet: km 0 of the border.'),
        jordan: Tripoint.describe('Where Iraq, Syria and Jordan meet: the southern end.'),
      })
      .describe('The northern (Iraq–Syria–Turkey) and southern (Iraq–Syria–Jordan) ends of the border.'),
    lengths: z.record(Id, ReportedLength).describe('Every reported length, keyed by id.'),
  });
}

export type BorderFile = z.infer<ReturnType<typeof borderFile>>;
export type ReportedLength = BorderFile['lengths'][string];
