/**
 * data/series/*.json: figures over time for the charts (al-Hol's population, IS suspects held
 * in SDF prisons, Iraqis repatriated from al-Hol, detainees moved to Iraq in 2026). Every
 * observation is one claim as reported, with its claimant, sources and date; where sources
 * disagree for the same date each claim is kept. Nothing is interpolated or converted.
 */
import { z } from 'zod';
import { Confidence, Id, PartialDate, Text, isRealPartialDate, ClaimantKind } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';

const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly', 'fewer-than', 'up-to'] as const;
const UNITS = ['people', 'families'] as const;

/**
 * The parts of a rounded total ("about 23,000: about 15,000 Syrians, 6,000 foreigners, 3,000
 * Iraqis") are rounded too, so they may add up to a little more than the total. A total more
 * than 10% below its parts is a typing mistake, not rounding.
 */
export const BREAKDOWN_ROUNDING = 0.1;

type RefinementCtx = z.core.$RefinementCtx<unknown>;

/**
 * Entries must be oldest first. Dates are compared at the precision they share, so "2025"
 * (a figure known only to be from 2025) may sit anywhere among the 2025 entries, and
 * "2026-02" anywhere among February's; equal dates are allowed.
 */
function inDateOrder(entries: readonly { date: string }[], ctx: RefinementCtx): void {
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // Only compare real dates; a malformed one has its own message.
    if (!previous || !isRealPartialDate(entry.date) || !isRealPartialDate(previous.date)) return;
    const shared = Math.min(entry.date.length, previous.date.length);
    if (entry.date.slice(0, shared) < previous.date.slice(0, shared))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'date'],
        message: `a date on or after the entry before it (${previous.date})`,
        params: { hint: 'keep the list in date order, oldest first' },
      });
  });
}

export function seriesFile(known: Known) {
  const sources = z
    .array(sourceRef(known))
    .min(1)
    .describe('The ids of the sources in data/sources.json that report this figure.');

  const Observation = z
    .strictObject({
      date: PartialDate.describe(
        'When the figure was true, as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. ' +
          'Never the date we read it.',
      ),
      dateNote: Text.optional().describe(
        'Whenever the date is approximate or inferred: what the source actually gives, e.g. "late ' +
          'December 2023", and how the date was chosen.',
      ),
      value: z
        .int()
        .min(0)
        .describe(
          'The figure as reported, a whole number without separators; the lower end when the source gives a range.',
        ),
      valueMax: z
        .int()
        .min(0)
        .optional()
        .describe(
          'The upper end when the source gives a range (e.g. 10000 for "8,000–10,000"); ' +
            'leave out for a single figure.',
        ),
      qualifier: z
        .enum(QUALIFIERS)
        .describe(
          'How the source phrased it: exact (a plain number or range), about, more-than, at-least, ' +
            'nearly, fewer-than or up-to.',
        ),
      unit: z
        .enum(UNITS)
        .optional()
        .describe(
          'Only when this figure counts something other than the file\'s unit, e.g. "families" in a ' +
            'series of people. Never convert one into the other.',
        ),
      breakdown: z
        .record(Id, z.int().min(0))
        .optional()
        .describe(
          'Parts of the total as the source gives them, in the same unit, keyed by group, e.g. { ' +
            '"iraqis": 30897, "syrians": 27813 }. Parts need not cover the whole total but must not ' +
            'overlap.',
        ),
      claimant: Text.describe('Who gave the figure, e.g. "UN OCHA", "CENTCOM", "Iraqi Justice Ministry".'),
      claimantKind: ClaimantKind,
      sources,
      confidence: Confidence.optional().describe(
        "Overrides the file's confidence for this figure. high: several independent or official " +
          'sources agree; medium: one good source or small disagreements; low: one weak source, a ' +
          'large disagreement or an uncertain date.',
      ),
      note: Text.optional().describe(
        'Context for readers, in our own words: what the figure covers, how it disagrees with others.',
      ),
      outlier: z
        .boolean()
        .optional()
        .describe('true when the figure must not be charted without comment; the note must say why.'),
    })
    .superRefine((o, ctx) => {
      if (o.valueMax !== undefined && o.valueMax < o.value)
        ctx.addIssue({
          code: 'custom',
          path: ['valueMax'],
          message: `a valueMax no smaller than value (${o.value})`,
          params: { hint: 'valueMax is the upper end of a reported range; are the two swapped?' },
        });
      if (o.outlier && o.note === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'a note saying why the figure is an outlier',
          params: { hint: 'readers must be told why the figure is doubtful or not comparable' },
        });
      if (o.breakdown) {
        const sum = Object.values(o.breakdown).reduce((a, b) => a + b, 0);
        const [key, total] =
          o.valueMax === undefined ? (['value', o.value] as const) : (['valueMax', o.valueMax] as const);
        const hint =
          'check the total and each part; groups in a breakdown must not overlap (e.g. "Arabs" and "Iraqis")';
        if (o.qualifier === 'exact') {
          if (sum > total)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `a total no smaller than its breakdown, which adds up to ${sum}`,
              params: { hint },
            });
        } else {
          const least = Math.ceil(sum * (1 - BREAKDOWN_ROUNDING));
          if (total < least)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message:
                `a total of at least ${least} (its breakdown adds up to ${sum}; a rounded total may fall ` +
                `short of its parts by ${BREAKDOWN_ROUNDING * 100}% at most)`,
              params: { hint },
            });
        }
      }
    })
    .describe('One figure as someone reported it: a claim, not the truth.');

  const Batch = z
    .strictObject({
      date: PartialDate.describe('When the convoy left or arrived, as precise as the source allows.'),
      dateNote: Text.optional().describe(
        'What the source actually gives when the date is approximate, e.g. "late December 2023".',
      ),
      number: z
        .int()
        .min(1)
        .optional()
        .describe("The convoy's number in the sequence as the source gives it (numbering differs between sources)."),
      families: z.int().min(0).optional().describe('Families in the convoy as reported; the lower end of a range.'),
      familiesMax: z.int().min(0).optional().describe('The upper end when the number of families is given as a range.'),
      people: z.int().min(0).optional().describe('People in the convoy as reported; the lower end of a range.'),
      peopleMax: z.int().min(0).optional().describe('The upper end when the number of people is given as a range.'),
      qualifier: z
        .enum(QUALIFIERS)
        .describe('How the source phrased the figures: exact (plain numbers), about, more-than, …'),
      claimant: Text.describe('Who gave the figures.'),
      claimantKind: ClaimantKind,
      sources,
      confidence: Confidence.optional().describe(
        "Overrides the file's confidence for this convoy, e.g. low when sources disagree on its size.",
      ),
      note: Text.optional().describe(
        'Context in our own words, e.g. how the sources number or size the convoy differently.',
      ),
    })
    .superRefine((b, ctx) => {
      if (b.families === undefined && b.people === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['people'],
          message: 'a number of people or of families (or both)',
          params: { hint: 'a convoy without a figure belongs in the note of an observation' },
        });
      for (const [low, high] of [
        ['families', 'familiesMax'],
        ['people', 'peopleMax'],
      ] as const) {
        const lo = b[low];
        const hi = b[high];
        if (hi === undefined) continue;
        if (lo === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [low],
            message: `a ${low} figure (the lower end) when ${high} is given`,
            params: { hint: `for a single figure use ${low} alone` },
          });
        else if (hi < lo)
          ctx.addIssue({
            code: 'custom',
            path: [high],
            message: `a ${high} no smaller than ${low} (${lo})`,
            params: { hint: `${high} is the upper end of a reported range; are the two swapped?` },
          });
      }
      // Every family has at least one member: fewer people than families is a typing mistake.
      const mostPeople = b.peopleMax ?? b.people;
      if (b.families !== undefined && mostPeople !== undefined && mostPeople < b.families)
        ctx.addIssue({
          code: 'custom',
          path: [b.peopleMax === undefined ? 'people' : 'peopleMax'],
          message: `at least as many people as families (${b.families})`,
          params: { hint: 'are the families and people figures swapped?' },
        });
    })
    .describe('One convoy (repatriation batch) as reported.');

  return z.strictObject({
    $schema: z.string().optional(),
    title: Text.describe('What the series counts, as a chart title.'),
    description: Text.describe('What the figures cover and how far they can be trusted, for readers and editors.'),
    unit: z.enum(UNITS).describe('What the figures count: people or families. An observation may override it.'),
    kind: z
      .enum(['level', 'cumulative'])
      .describe(
        "level: how many there were at that date (e.g. a camp's population); cumulative: a running " +
          'total since a start date.',
      ),
    confidence: Confidence.optional().describe(
      "How far the series as a whole can be trusted; an observation's own confidence overrides it.",
    ),
    observations: z
      .array(Observation)
      .min(1)
      .superRefine(inDateOrder)
      .describe(
        'The figures, oldest first. Disagreeing figures for the same date are separate entries, ' +
          'each with its claimant.',
      ),
    batches: z
      .array(Batch)
      .superRefine(inDateOrder)
      .optional()
      .describe('Individual convoys, oldest first, kept apart from the running totals in observations.'),
  });
}

export type SeriesFile = z.infer<ReturnType<typeof seriesFile>>;
export type Observation = SeriesFile['observations'][number];
export type Batch = NonNullable<SeriesFile['batches']>[number];
