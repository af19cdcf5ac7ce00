/**
 * data/sites.json: the prisons and camps holding people linked to the Islamic State group in
 * north-east Syria, and the camp in Iraq that receives Iraqis from al-Hol. Every figure is a
 * claim with a claimant, sources and a date; where sources disagree each claim is kept.
 */
import { z } from 'zod';
import { AsOf, Confidence, Id, LonLat, PartialDate, Text, isRealPartialDate, ClaimantKind } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';
import { nearest } from '../../lib/text/nearest.ts';

const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'fewer-than', 'up-to'] as const;

type RefinementCtx = z.core.$RefinementCtx<unknown>;

/** The fields of one figure as a source gives it; shared by headcounts, escapes and facility counts. */
const countFields = {
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
function checkCount(count: CountLike, ctx: RefinementCtx): void {
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

/** Entries that must be oldest first: each date on or after the one before. */
function inDateOrder(entries: readonly { date: string }[], ctx: RefinementCtx): void {
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // Only compare real dates; a malformed one has its own message.
    if (previous && isRealPartialDate(entry.date) && isRealPartialDate(previous.date) && entry.date < previous.date)
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `a date on or after the entry before it (${previous.date})`,
        params: { hint: 'keep the list in date order, oldest first' },
      });
  });
}

export function sitesFile(known: Known) {
  const Sources = z
    .array(sourceRef(known))
    .min(1)
    .describe('The ids of the sources in data/sources.json that say this.');

  const Count = z
    .strictObject(countFields)
    .superRefine(checkCount)
    .describe(
      'A figure as a source gives it: low (and high for a range) with a qualifier, or wording ' +
        'when the source gives no number.',
    );

  const Unit = z
    .enum(['people', 'detainees', 'families'])
    .describe('What is counted: people (camp residents), detainees (prisoners) or families.');

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

  const Location = z
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

  const byDate = <T extends z.ZodType<{ date: string }>>(entry: T, description: string) =>
    z.array(entry).superRefine(inDateOrder).describe(description);

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

  const FacilityCount = z
    .strictObject({
      date: PartialDate,
      ...countFields,
      counts: z.enum(['prisons', 'facilities', 'prisons-and-camps']).describe('What the figure counts.'),
      claimant: Text.describe('Who gave the figure, as the source attributes it, e.g. "US officials (to VOA)".'),
      claimantKind: ClaimantKind,
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .superRefine(checkCount)
    .describe("One count of the detention network's facilities, as someone reported it.");

  const NetworkHeld = z
    .strictObject({
      date: PartialDate,
      ...countFields,
      unit: Unit,
      claimant: Text.describe('Who gave the figure, as the source attributes it, e.g. "US officials (to VOA)".'),
      claimantKind: ClaimantKind,
      sources: Sources,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .superRefine(checkCount)
    .describe('One count of everyone held across the network, as someone reported it.');

  const Network = z
    .strictObject({
      facilityCounts: byDate(FacilityCount, 'How many facilities there were, claim by claim, oldest first.'),
      totalHeld: byDate(NetworkHeld, 'How many were held across all sites, claim by claim, oldest first.'),
      notes: byDate(HistoryEntry, 'Dated observations about the network as a whole, oldest first.').optional(),
    })
    .describe('Figures for the detention network as a whole, not tied to one site.');

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
