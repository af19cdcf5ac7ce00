/**
 * data/sites.json: the prisons and camps holding people linked to the Islamic State group in
 * north-east Syria, and the camp in Iraq that receives Iraqis from al-Hol. Every figure is a
 * claim with a claimant, sources and a date; where sources disagree each claim is kept.
 */
import { z } from 'zod';
import { AsOf, ClaimantKind, Confidence, Id, PartialDate, Text } from './common.ts';
import { checkCount, countFields, QUALIFIERS, Unit } from './count.ts';
import { byDate } from './dated.ts';
import { siteLocation } from './site-location.ts';
import { siteNetwork } from './site-network.ts';
import { type Known, sourceList } from './source-ref.ts';
import { nearest } from '../../lib/text/nearest.ts';

export function sitesFile(known: Known) {
  const Sources = sourceList(known);

  const Count = z
    .strictObject(countFields)
    .superRefine(checkCount)
    .describe(
      'A figure as a source gives it: low (and high for a range) with a qualifier, or wording ' +
        'when the source gives no number.',
    );

  const HeldFigure = z
    .strictObject({
      date: PartialDate.describe('When the figure was true, as precisely as the source gives it.'),
      ...countFields,
      unit: Unit,
      subset: Text.optional().describe(
        'Leave out for the whole population; otherwise which part is counted, e.g. "Iraqis" or "minors".',
      ),
      combinedWith: z
        .array(Id)
        .min(1)
        .optional()
        .describe(
          'Ids of other sites this one figure also covers (a combined count, recorded at each site); ' +
            'charts must not add them up.',
        ),
      claimant: Text.describe('Who gave the figure, e.g. "UN OCHA" or "AANES camp official".'),
      claimantKind: ClaimantKind,
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe('Anything a reader needs to weigh the figure, in our own words.'),
    })
    .superRefine(checkCount)
    .describe('One headcount as someone reported it: a claim, not the truth.');

  const Location = siteLocation(Sources);

  const ControlEntry = z
    .strictObject({
      date: PartialDate.describe('When this was reported true, or when control changed.'),
      controller: Text.describe('Who ran or guarded it from this date, e.g. "SDF/AANES" or "Syrian government".'),
      summary: Text.describe('What the sources say, in our own words.'),
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe('Who controlled the site from a date.');

  const Escape = z
    .strictObject({
      date: PartialDate.describe(
        "When the escape happened as this claim dates it; where it gives no date, the report's date (say so in note).",
      ),
      claimant: Text.describe('Who gave the figure, e.g. "Syrian Interior Ministry".'),
      claimantKind: ClaimantKind,
      escaped: Count.describe('How many escaped, by this claim.'),
      recaptured: Count.optional().describe('How many were caught again, by this claim.'),
      unaccounted: Count.optional().describe('How many were still missing, by this claim.'),
      unit: Unit,
      summary: Text.describe('What happened, in our own words.'),
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe('One claim about an escape: a claim, not the truth.');

  const HistoryEntry = z
    .strictObject({
      date: PartialDate,
      summary: Text.describe('What happened, in our own words.'),
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe('A dated event or fact at the site.');

  const Area = z
    .strictObject({
      date: PartialDate,
      km2: z.number().positive().describe('The area in square kilometres as reported.'),
      qualifier: z.enum(QUALIFIERS).describe('How the source phrased it.'),
      claimant: Text.describe('Who gave the figure, as the source attributes it, e.g. "US officials (to VOA)".'),
      claimantKind: ClaimantKind,
      sources: Sources,
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe('One reported size of the site.');

  const Identity = z
    .strictObject({
      note: Text.describe('What is unclear about which facility this is, in our own words.'),
      possiblySameAs: z
        .array(Id)
        .min(1)
        .optional()
        .describe('Ids of other sites in this file that may be the same facility.'),
      sources: Sources,
      confidence: Confidence.optional(),
    })
    .describe("Doubts about the site's identity: other names, or whether two entries are one place.");

  const Site = z
    .strictObject({
      name: Text.describe('How readers should see it named.'),
      altNames: z.array(Text).min(1).optional().describe('Other names or spellings the sources use.'),
      type: z
        .enum(['camp', 'prison', 'rehabilitation-centre'])
        .describe(
          'camp: a closed camp for families; prison: a detention facility; rehabilitation-centre: a ' +
            'camp for screening and reintegrating returnees.',
        ),
      country: z.enum(['SYR', 'IRQ']).describe('The country it is in (ISO 3166 alpha-3).'),
      governorate: Text.nullable().describe('The governorate (province), or null where no source says.'),
      description: Text.describe('One or two neutral sentences for readers, in our own words.'),
      sources: Sources.describe('The sources for the name, type and description.'),
      asOf: AsOf.describe('When the description was true.'),
      location: Location,
      identity: Identity.optional(),
      held: byDate(
        HeldFigure,
        'How many people it held, claim by claim, oldest first; may be empty when no source gives ' +
          'a figure. With heldSeries, only counts of parts (subset) or shared counts (combinedWith).',
      ),
      heldSeries: z
        .enum(['al-hol-population'])
        .optional()
        .describe(
          'When the site’s own counts are kept as a series in data/series/ (its chart’s file), that ' +
            'file’s name: the one record of them, read by every chart and the story.',
        ),
      control: byDate(
        ControlEntry,
        'Who ran it, oldest first; the last entry is the latest known. May be empty when no source says.',
      ),
      escapes: byDate(Escape, 'Escape claims, oldest first.').optional(),
      history: byDate(HistoryEntry, 'Key dated events, oldest first.').optional(),
      areaKm2: byDate(Area, 'Reported sizes, oldest first.').optional(),
      openQuestions: z
        .array(Text)
        .min(1)
        .optional()
        .describe('What the sources leave unresolved, for readers and editors.'),
    })
    .superRefine((site, ctx) => {
      if (site.heldSeries === undefined) return;
      site.held.forEach((f, i) => {
        if (f.subset === undefined && f.combinedWith === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['held', i],
            message: `no count of the whole site here: its counts are kept in data/series/${site.heldSeries}.json`,
            params: { hint: 'add the figure to that series instead, so the site has one record of its counts' },
          });
      });
    })
    .describe('One detention site.');

  const Network = siteNetwork(Sources, HistoryEntry);

  return z
    .strictObject({
      $schema: z.string().optional(),
      network: Network.optional(),
      sites: z.record(Id, Site).describe('Sites keyed by id.'),
    })
    .superRefine((file, ctx) => {
      const ids = Object.keys(file.sites);
      const checkRef = (ref: string, self: string, path: (string | number)[]) => {
        if (ref !== self && ids.includes(ref)) return;
        const guess = nearest(
          ref,
          ids.filter((id) => id !== self),
        );
        ctx.addIssue({
          code: 'custom',
          path,
          message: 'the id of another site in this file',
          params: {
            hint:
              ref === self
                ? 'a site cannot refer to itself'
                : guess
                  ? `did you mean "${guess}"?`
                  : 'add that site first, or remove the reference',
          },
        });
      };
      for (const [id, site] of Object.entries(file.sites)) {
        for (const [i, ref] of (site.identity?.possiblySameAs ?? []).entries())
          checkRef(ref, id, ['sites', id, 'identity', 'possiblySameAs', i]);
        for (const [j, figure] of site.held.entries())
          for (const [i, ref] of (figure.combinedWith ?? []).entries())
            checkRef(ref, id, ['sites', id, 'held', j, 'combinedWith', i]);
      }
    });
}

export type SitesFile = z.infer<ReturnType<typeof sitesFile>>;
export type Site = SitesFile['sites'][string];
export type HeldFigure = Site['held'][number];
export type SiteControl = Site['control'][number];
