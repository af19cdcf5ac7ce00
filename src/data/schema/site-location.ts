/**
 * Where a site in data/sites.json is: sourced coordinates or none, and how precisely the sources
 * place it. Coordinates never come from general knowledge.
 */
import { z } from 'zod';
import { AsOf, Confidence, LonLat, Text } from './common.ts';
import type { SourceList } from './source-ref.ts';

export function siteLocation(Sources: SourceList) {
  return z
    .strictObject({
      precision: z
        .enum(['site', 'approximate', 'town', 'unknown'])
        .describe(
          "site: a source gives the facility's own coordinates; approximate: a source gives a " +
            "locator near it; town: only the town's coordinates are sourced; unknown: no sourced " +
            'coordinates.',
        ),
      coordinates: LonLat.nullable().describe(
        '[lon, lat] as a source gives it, or null where no source gives it. Never from general knowledge.',
      ),
      placeName: Text.optional().describe('Where it is in words, e.g. "north of Raqqa city".'),
      sources: Sources.optional().describe(
        'The sources for the coordinates (required when coordinates are given) or for what is said about the place.',
      ),
      asOf: AsOf.optional().describe('When the coordinates were published; required when coordinates are given.'),
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'What the coordinates mark, or what is known of the place when there are none. Required ' +
          'unless precision is "site".',
      ),
    })
    .superRefine((location, ctx) => {
      if (location.sources === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message:
            location.coordinates === null
              ? 'the sources for what is said about the location'
              : 'the sources for the coordinates',
          params: {
            hint:
              location.coordinates === null
                ? 'cite where the place name or the note comes from'
                : 'coordinates must come from a source; set coordinates to null if none gives them',
          },
        });
      if (location.coordinates === null) {
        if (location.precision !== 'unknown')
          ctx.addIssue({
            code: 'custom',
            path: ['precision'],
            message: '"unknown", since coordinates is null',
            params: { hint: 'give the sourced coordinates, or set precision to "unknown"' },
          });
        if (location.note === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['note'],
            message: 'a note saying what is known of the location (coordinates is null)',
          });
        return;
      }
      if (location.precision === 'unknown')
        ctx.addIssue({
          code: 'custom',
          path: ['precision'],
          message: '"site", "approximate" or "town", since coordinates are given',
          params: { hint: 'set coordinates to null if no source gives them' },
        });
      else if (location.precision !== 'site' && location.note === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: `a note saying what the coordinates mark (precision is "${location.precision}")`,
        });
      if (location.asOf === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['asOf'],
          message: 'an asOf for the coordinates',
          params: { hint: 'coordinates must come from a source; set coordinates to null if none gives them' },
        });
    })
    .describe('Where the site is, and how precisely the sources say so.');
}
