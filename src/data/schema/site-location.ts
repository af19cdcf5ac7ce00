/**
 * Where a site in data/sites.json is, on the precision ladder every site and crossing shares:
 *
 * - site: a source gives the facility's own coordinates;
 * - town: the sources name the town or district it is in or near; the editor names the town and
 *   the build takes its centre from the gazetteer (data/geo/gazetteer.json), never from the file;
 * - region: only an area is known (e.g. "western Deir ez-Zor countryside"): no point is drawn;
 * - unknown: nothing that places it: listed beside the map.
 *
 * Coordinates never come from general knowledge.
 */
import { z } from 'zod';
import { AsOf, Confidence, LonLat, Text } from './common.ts';
import type { SourceList } from './source-ref.ts';

export const PRECISIONS = ['site', 'town', 'region', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const Precision = z
  .enum(PRECISIONS)
  .describe(
    "site: a source gives the facility's own coordinates; town: the sources name the town or district " +
      'it is in or near (drawn at its centre, from the gazetteer); region: only an area is known (not ' +
      'drawn as a point); unknown: nothing places it.',
  );

type Ctx = z.core.$RefinementCtx;

/** What each rung needs and forbids, reported on the field at fault. */
function checkRung(
  location: { precision: Precision; coordinates?: unknown; town?: unknown; asOf?: unknown; note?: unknown },
  ctx: Ctx,
  townKey: 'town' | 'towns',
): void {
  const { precision } = location;
  const coordinates = location.coordinates ?? null;
  const need = (path: string, message: string, hint?: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message, ...(hint ? { params: { hint } } : {}) });
  if (precision === 'site') {
    if (coordinates === null)
      need('coordinates', 'the facility\'s [lon, lat] from a source (precision is "site")', 'or lower the precision');
    if (location.asOf === undefined) need('asOf', 'an asOf for the coordinates');
    return;
  }
  if (coordinates !== null)
    need(
      'coordinates',
      `no coordinates (precision is "${precision}")`,
      precision === 'town'
        ? 'name the town in "town": the build takes its centre from the gazetteer'
        : 'only a source giving the facility\'s own position allows coordinates, with precision "site"',
    );
  if (precision === 'town' && location.town === undefined)
    need(townKey, 'the town the sources name, as the gazetteer spells it (precision is "town")', 'e.g. "Al Hasakah"');
  if (precision !== 'town' && location.town !== undefined)
    need(townKey, `no town (precision is "${precision}")`, 'set precision to "town" to draw it at the town centre');
  if ((precision === 'region' || precision === 'unknown') && location.note === undefined)
    need('note', `a note saying what is known of where it is (precision is "${precision}")`);
}

export function siteLocation(Sources: SourceList) {
  return z
    .strictObject({
      precision: Precision,
      coordinates: LonLat.nullable()
        .optional()
        .describe('[lon, lat] as a source gives it: only with precision "site". Never from general knowledge.'),
      town: Text.optional().describe(
        'With precision "town": the town or district seat the sources name, as the gazetteer ' +
          '(data/geo/gazetteer.json) spells it, e.g. "Al Hasakah"; marks and hyphens may be left out.',
      ),
      placeName: Text.optional().describe('Where it is in words, e.g. "north of Raqqa city".'),
      sources: Sources.optional().describe(
        'The sources for the coordinates, or for the town or area they place it in.',
      ),
      asOf: AsOf.optional().describe('When the coordinates were published; required with precision "site".'),
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'What the point marks, or what is known of the place; required with precision "region" or "unknown".',
      ),
    })
    .superRefine((location, ctx) => {
      if (location.sources === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: location.precision === 'site' ? 'the sources for the coordinates' : 'the sources that place it',
          params: { hint: 'cite where the coordinates, the town or the note come from' },
        });
      checkRung(location, ctx, 'town');
    })
    .describe('Where the site is, and how precisely the sources say so.');
}

/**
 * Where a crossing in data/crossings.json is, on the same ladder. A crossing lies on the border,
 * so a town-level crossing is drawn where the border passes nearest the towns named, and a
 * region-level one as the stretch of border the two named governorates share.
 */
export function crossingLocation(Source: z.ZodType<string>) {
  const Iso = z.string().regex(/^(IQ|SY)-[A-Z]{2}$/, { error: 'an ISO 3166-2 code such as "IQ-AN" or "SY-HI"' });
  return z
    .strictObject({
      precision: Precision,
      coordinates: LonLat.nullable()
        .optional()
        .describe('[lon, lat] as a source gives it: only with precision "site".'),
      source: Source.optional().describe('The source for the coordinates (precision "site").'),
      asOf: AsOf.optional(),
      confidence: Confidence.optional(),
      towns: z
        .array(Text)
        .min(1)
        .optional()
        .describe(
          'With precision "town": the towns either side that the sources name, as the gazetteer spells ' +
            'them; the crossing is drawn where the border passes nearest them.',
        ),
      stretch: z
        .strictObject({
          iraq: Iso.describe('The Iraqi governorate, ISO 3166-2.'),
          syria: Iso.describe('The Syrian governorate, ISO 3166-2.'),
        })
        .optional()
        .describe('With precision "region": the two governorates either side; drawn as the stretch they share.'),
      note: Text.optional().describe('What is known about where it is; required unless precision is "site".'),
    })
    .superRefine((location, ctx) => {
      const { towns, ...rest } = location;
      checkRung({ ...rest, town: towns }, ctx, 'towns');
      if (location.precision === 'site' && location.source === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: 'a source for the coordinates',
          params: { hint: 'coordinates must come from a source; lower the precision if none gives them' },
        });
      if (location.precision === 'town' && location.note === undefined)
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'a note saying what is known of where it is' });
      if (location.precision === 'region' && location.stretch === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['stretch'],
          message: 'the governorates either side (precision is "region")',
          params: { hint: 'e.g. { "iraq": "IQ-AN", "syria": "SY-HI" }' },
        });
      if (location.precision !== 'region' && location.stretch !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['stretch'],
          message: `no stretch (precision is "${location.precision}")`,
        });
    })
    .describe('Where the crossing is, and how precisely the sources say so.');
}
