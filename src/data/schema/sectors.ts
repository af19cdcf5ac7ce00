/**
 * data/sectors.json: who holds Iraq's side of the border. Three lines in depth (Border Guards,
 * Army, Popular Mobilization Forces), three sectors along it (the Kurdistan Region, Nineveh,
 * Anbar), and the segment lengths Iraqi officials have given, to compare with the map.
 * The distances between the lines are not known from any source and are not recorded.
 */
import { z } from 'zod';
import { AsOf, Confidence, Id, Text, ClaimantKind } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';
import { nearest } from '../../lib/text/nearest.ts';

/** The Iraqi governorates on the Syrian border (ISO 3166-2, as in Natural Earth's admin1). */
export const BORDER_GOVERNORATES = ['IQ-DA', 'IQ-NI', 'IQ-AN'] as const;

export function sectorsFile(known: Known) {
  const Sources = z
    .array(sourceRef(known))
    .min(1)
    .describe('The ids of the sources in data/sources.json that say this.');

  const Line = z
    .strictObject({
      order: z
        .int()
        .min(1)
        .describe('Position counted from the border: 1 for the first line, 2 for the second, and so on.'),
      name: Text.describe('The force as readers should see it named, e.g. "Border Guards".'),
      ministry: Text.optional().describe('The ministry the force answers to; only where a source says so.'),
      role: Text.describe('What the line does, in our own words.'),
      note: Text.optional().describe('Other descriptions of the line, with who gave them.'),
      sources: Sources,
      asOf: AsOf,
      confidence: Confidence,
    })
    .describe('One line of the defence in depth. No distance between lines is recorded: no source gives one.');

  const Sector = z
    .strictObject({
      name: Text.describe('How readers should see the sector named.'),
      heldBy: Text.describe('Who holds it, e.g. "Peshmerga" or "Iraqi federal forces (Border Guards, army, PMF)".'),
      iraqGovernorates: z
        .array(z.enum(BORDER_GOVERNORATES))
        .min(1)
        .describe('The governorates the sector lies in, as ISO 3166-2 codes: IQ-DA Duhok, IQ-NI Nineveh, IQ-AN Anbar.'),
      summary: Text.describe('Who is deployed there and what the sources say, in our own words.'),
      note: Text.optional().describe(
        "Background or gaps a reader should know, e.g. that no source gives the sector's length.",
      ),
      sources: Sources,
      asOf: AsOf,
      confidence: Confidence,
    })
    .describe('One stretch of the border and the forces holding it.');

  const ReportedLength = z
    .strictObject({
      stretch: Text.describe(
        'The stretch the figure measures, in words, e.g. "Nineveh governorate\'s share of the border".',
      ),
      km: z.number().positive().describe('The figure in kilometres as reported.'),
      qualifier: z.enum(['exact', 'about']).describe('How the source phrased it: a plain figure, or "about".'),
      sectors: z.array(Id).min(1).describe('The ids of the sectors (in this file) the stretch covers.'),
      claimant: Text.describe('Who gave the figure, e.g. "Border Guard Command".'),
      claimantKind: ClaimantKind,
      source: sourceRef(known),
      asOf: AsOf,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe(
      'One official figure for the length of part of the border: a claim, to compare with the ' +
        'length measured on the map.',
    );

  return z
    .strictObject({
      $schema: z.string().optional(),
      lines: z.record(Id, Line).describe('The lines of defence, keyed by id, e.g. "border-guards".'),
      sectors: z.record(Id, Sector).describe('The sectors from north to south, keyed by id, e.g. "kurdistan-region".'),
      reportedLengths: z.record(Id, ReportedLength).describe('Segment lengths given by officials, keyed by id.'),
    })
    .superRefine((file, ctx) => {
      // Line orders are 1..n, each used once.
      const lines = Object.entries(file.lines);
      const seen = new Map<number, string>();
      for (const [id, line] of lines) {
        const other = seen.get(line.order);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['lines', id, 'order'],
            message: `an order no other line has ("${other}" is already ${line.order})`,
            params: { hint: 'number the lines 1, 2, 3… from the border inwards' },
          });
        else if (line.order > lines.length)
          ctx.addIssue({
            code: 'custom',
            path: ['lines', id, 'order'],
            message: `an order from 1 to ${lines.length} (there are ${lines.length} lines)`,
            params: { hint: 'number the lines 1, 2, 3… from the border inwards, with no gaps' },
          });
        else seen.set(line.order, id);
      }

      // A governorate belongs to one sector.
      const governorateOf = new Map<string, string>();
      for (const [id, sector] of Object.entries(file.sectors))
        sector.iraqGovernorates.forEach((code, i) => {
          const other = governorateOf.get(code);
          if (other !== undefined && other !== id)
            ctx.addIssue({
              code: 'custom',
              path: ['sectors', id, 'iraqGovernorates', i],
              message: `a governorate not already in another sector ("${other}" has ${code})`,
              params: { hint: 'each governorate belongs to one sector' },
            });
          else governorateOf.set(code, id);
        });

      // Lengths name sectors of this file.
      const sectorIds = Object.keys(file.sectors);
      for (const [id, length] of Object.entries(file.reportedLengths))
        length.sectors.forEach((sector, i) => {
          if (sectorIds.includes(sector)) return;
          const guess = nearest(sector, sectorIds);
          ctx.addIssue({
            code: 'custom',
            path: ['reportedLengths', id, 'sectors', i],
            message: `the id of a sector in this file (${sectorIds.join(', ')})`,
            params: { hint: guess ? `did you mean "${guess}"?` : 'add the sector first, or check the spelling' },
          });
        });
    });
}

export type SectorsFile = z.infer<ReturnType<typeof sectorsFile>>;
export type DefenceLine = SectorsFile['lines'][string];
export type Sector = SectorsFile['sectors'][string];
export type SectorLength = SectorsFile['reportedLengths'][string];
