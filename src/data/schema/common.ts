/**
 * Field types shared by every data file. Each custom check's message is phrased as what was
 * *expected*, because the reporter prints "expected <message>, got <value>"; a hint for the
 * editor travels in `params.hint`.
 */
import { z } from 'zod';
import { MAP_BOX, inBox } from './map-box.ts';

/** kebab-case ids: they appear in URLs, the manifest and the changelog. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a kebab-case id (lowercase letters, digits and hyphens)' });

/** A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when a YYYY[-MM[-DD]] string names a real calendar date. */
export function isRealPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * "Today" for the future-date check. Validation, not output, so reading the clock is allowed;
 * FRONTIER_TODAY pins it for tests.
 */
export function today(): string {
  return process.env.FRONTIER_TODAY ?? new Date().toISOString().slice(0, 10);
}

export const PartialDate = z
  .string({ error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .superRefine((value, ctx) => {
    if (!isRealPartialDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
        params: { hint: hintForDate(value) },
      });
      return;
    }
    // Compare on the shared prefix so that "2026-11" is not "after" 2026-11-25.
    const now = today().slice(0, value.length);
    if (value > now) {
      ctx.addIssue({
        code: 'custom',
        message: `a date no later than today (${today()})`,
        params: { hint: 'is the year or month mistyped?' },
      });
    }
  })
  .describe('A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.');

function hintForDate(value: string): string | undefined {
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (dmy) return `write it year first: ${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  if (PARTIAL_DATE.test(value)) return 'that day or month does not exist';
  return undefined;
}

/**
 * When the fact was true. "undated" is allowed, and shown to readers as such, for reference
 * works whose copy carries no date: better said than invented.
 */
export const AsOf = z
  .union([z.literal('undated'), PartialDate], { error: 'a date as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"' })
  .describe('When the fact was true: YYYY, YYYY-MM or YYYY-MM-DD, or "undated" if the source gives no date.');

export const Confidence = z
  .enum(['high', 'medium', 'low'])
  .describe(
    'high: several independent or official sources agree; medium: one good source or small ' +
      'disagreements; low: one weak source or large disagreement.',
  );

/** [longitude, latitude] in decimal degrees, inside the map's box. */
export const LonLat = z
  .tuple([z.number(), z.number()], { error: 'a [longitude, latitude] pair of numbers' })
  .superRefine((pair, ctx) => {
    if (inBox(pair)) return;
    const swapped: [number, number] = [pair[1], pair[0]];
    ctx.addIssue({
      code: 'custom',
      message:
        `[lon, lat] inside the map's box (lon ${MAP_BOX.west}…${MAP_BOX.east}, lat ` +
        `${MAP_BOX.south}…${MAP_BOX.north})`,
      params: { hint: inBox(swapped) ? 'are longitude and latitude swapped?' : 'is a sign or a decimal point wrong?' },
    });
  })
  .describe('[longitude, latitude] in decimal degrees (WGS 84), longitude first.');

/** A free-text sentence for readers; the editor writes it, never copied from a source. */
export const Text = z.string().trim().min(1, { error: 'some text (it is empty)' });

/**
 * What kind of claimant gave a figure: prose says "according to …" or "as reported by …", and
 * groups claimants as "officials", "news reports", from this, never from typed wording.
 */
export const ClaimantKind = z
  .enum(['official', 'armed-group', 'international-organisation', 'ngo', 'research-body', 'media', 'reference'])
  .describe(
    'official (a government, military or administration, or someone speaking for one), ' +
      'armed-group, international-organisation, ngo, research-body, media (a news outlet in its ' +
      'own voice) or reference (a reference work).',
  );
export type ClaimantKind = z.infer<typeof ClaimantKind>;
