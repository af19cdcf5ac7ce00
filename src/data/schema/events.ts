/**
 * data/events.json: the timeline, from the background (2014–2025) to the January–February 2026
 * events: the fighting between the Syrian army and the SDF, the prisons and camps, Iraq's alert,
 * the transfers of detainees to Iraq and the agreements. Keyed by id, oldest first.
 */
import { z } from 'zod';
import { Confidence, Id, PartialDate, Text, isRealPartialDate } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';

type RefinementCtx = z.core.$RefinementCtx<unknown>;

/** Longest quote, in words: a phrase, never a sentence copied from a source. */
export const QUOTE_MAX_WORDS = 8;
export const TITLE_MAX_CHARS = 90;
export const SUMMARY_MAX_CHARS = 420;

/**
 * a is earlier than b. Dates are compared on their shared precision, so "2026-01" counts as
 * equal to any day in January 2026 and may stand among them.
 */
export function isEarlier(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

/**
 * Keyed entries must be oldest first (equal dates allowed): an entry dated before the one above
 * it is reported at its own date. Malformed dates have their own message and are skipped.
 */
export function keyedInDateOrder(entries: Record<string, { date: string }>, ctx: RefinementCtx): void {
  let previous: [string, string] | undefined;
  for (const [key, { date }] of Object.entries(entries)) {
    if (!isRealPartialDate(date)) continue;
    if (previous && isEarlier(date, previous[1]))
      ctx.addIssue({
        code: 'custom',
        path: [key, 'date'],
        message: `a date on or after the entry before it ("${previous[0]}", ${previous[1]})`,
        params: { hint: 'keep the entries in date order, oldest first: move this one up' },
      });
    else previous = [key, date];
  }
}

export const EVENT_KINDS = [
  'background',
  'barrier',
  'fighting',
  'detention',
  'transfer',
  'iraq',
  'agreement',
  'us',
] as const;

export function eventsFile(known: Known) {
  const Sources = z
    .array(sourceRef(known))
    .min(1)
    .describe('The ids of the sources in data/sources.json that report this.');

  const Quote = z
    .strictObject({
      text: Text.superRefine((text, ctx) => {
        const words = text.split(/\s+/).filter(Boolean).length;
        if (words > QUOTE_MAX_WORDS)
          ctx.addIssue({
            code: 'custom',
            message: `a quote of at most ${QUOTE_MAX_WORDS} words (this one has ${words})`,
            params: { hint: 'keep only the key phrase; say the rest in summary, in our own words' },
          });
        if (/^["'“‘]|["'”’]$/.test(text))
          ctx.addIssue({
            code: 'custom',
            message: 'the words without quotation marks',
            params: { hint: 'the site adds the quotation marks' },
          });
      }).describe(
        `The speaker's own words, at most ${QUOTE_MAX_WORDS}, without quotation marks, exactly as ` +
          `the source reports them.`,
      ),
      speaker: Text.describe('Name with rank as the source gives it, e.g. "Brig. Gen. Miqdad Miri".'),
      role: Text.describe('The speaker\'s post as the source gives it, e.g. "Iraqi interior ministry spokesman".'),
    })
    .describe('A few words an official said, with who said them; the sources of the event must report the quote.');

  const Event = z
    .strictObject({
      date: PartialDate.describe('When it happened, as precisely as the sources allow.'),
      dateNote: Text.optional().describe(
        'How the date was established when it is approximate or inferred, e.g. "reported on 20 ' +
          'January; the day of the event is not given".',
      ),
      title: Text.max(TITLE_MAX_CHARS, { error: `a title of at most ${TITLE_MAX_CHARS} characters` }).describe(
        'A short headline in our own words.',
      ),
      summary: Text.max(SUMMARY_MAX_CHARS, {
        error: `a summary of at most ${SUMMARY_MAX_CHARS} characters (one or two sentences)`,
      }).describe('One or two neutral sentences in our own words; attribute every claim.'),
      kind: z
        .enum(EVENT_KINDS)
        .describe(
          "background: the wider war and politics; barrier: Iraq's fortification of the border; " +
            'fighting: the Syrian army and the SDF (clashes, advances, handovers of territory); ' +
            'detention: the prisons and camps in Syria; transfer: detainees or camp residents moved ' +
            "from Syria to Iraq, and what followed; iraq: Iraq's security response and statements; " +
            'agreement: deals between Damascus and the SDF; us: the US-led coalition.',
        ),
      sites: z
        .array(Id)
        .min(1)
        .optional()
        .describe('Ids of the prisons and camps in data/sites.json that the event concerns.'),
      crossings: z
        .array(Id)
        .min(1)
        .optional()
        .describe('Ids of the crossings in data/crossings.json that the event concerns.'),
      quote: Quote.optional(),
      sources: Sources,
      confidence: Confidence.optional().describe(
        'Leave out when the sources agree; low or medium when they disagree or only one weak source reports it.',
      ),
    })
    .describe('One dated event, in our own words.');

  return z.strictObject({
    $schema: z.string().optional(),
    events: z.record(Id, Event).superRefine(keyedInDateOrder).describe('Events keyed by id, oldest first.'),
  });
}

export type EventsFile = z.infer<ReturnType<typeof eventsFile>>;
export type Event = EventsFile['events'][string];
export type EventKind = Event['kind'];
