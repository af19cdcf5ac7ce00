/**
 * data/publishers.json: who publishes what the sources are. A source names its originating
 * publisher (the agency for a wire story, the body that issued a statement) and, for a licensed
 * reprint, the outlet whose copy was read. Kinds and affiliations are what readers are told; the
 * domains are where each publisher's pages may be cited from (src/data/policy/hosts.ts).
 */
import { z } from 'zod';
import { Id, Text } from './common.ts';

export const PUBLISHER_KINDS = [
  'wire-agency',
  'newspaper',
  'broadcaster',
  'government',
  'armed-group-or-party',
  'international-organisation',
  'ngo',
  'research-body',
  'reference-work',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

/**
 * The kinds whose sites may carry another publisher's work under licence: news organisations,
 * and international organisations' services that republish partners' reports (ReliefWeb).
 */
export const REPRINT_KINDS: readonly PublisherKind[] = [
  'wire-agency',
  'newspaper',
  'broadcaster',
  'international-organisation',
];

export const AFFILIATION_KINDS = ['state-owned', 'state-funded', 'party-affiliated', 'armed-group-affiliated'] as const;

/** A registrable domain or subdomain, lowercase, without scheme, "www." or path. */
const Domain = z
  .string()
  .regex(/^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: 'a domain such as "afp.com" (lowercase, no "www.", no http:// or path)',
  })
  .describe('A web domain the publisher publishes on, e.g. "afp.com"; its subdomains count too.');

export const Publisher = z
  .strictObject({
    name: Text.describe('The name readers know, as credited: "AFP", "Shafaq News", "UN OCHA".'),
    fullName: Text.optional().describe('The full name when the short one is an abbreviation: "Agence France-Presse".'),
    kind: z
      .enum(PUBLISHER_KINDS)
      .describe(
        'wire-agency, newspaper (any news publication, print or online), broadcaster, government ' +
          '(incl. military and state bodies), armed-group-or-party, international-organisation, ngo, ' +
          'research-body or reference-work.',
      ),
    country: z
      .string()
      .regex(/^[A-Z]{2}$|^INT$/, {
        error: 'an ISO 3166-1 alpha-2 country code such as "IQ", or "INT" for international bodies',
      })
      .describe('Where it is based: ISO 3166-1 alpha-2 ("IQ", "FR"), or "INT" for international organisations.'),
    affiliation: z
      .strictObject({
        kind: z
          .enum(AFFILIATION_KINDS)
          .describe('state-owned, state-funded, party-affiliated or armed-group-affiliated.'),
        note: Text.describe('Whose, in a few words readers see: "Kurdistan Democratic Party", "Iraqi government".'),
      })
      .nullable()
      .describe('What a reader needs to know about who owns or backs it; null when independent.'),
    domains: z
      .array(Domain)
      .min(1)
      .describe(
        'The domains it publishes on. A source citing this publisher must be on one of them, or on ' +
          'its "via" outlet\'s.',
      ),
  })
  .describe('One publisher: a news organisation, body or reference work that sources come from.');

export const PublishersFile = z.strictObject({
  $schema: z.string().optional(),
  publishers: z.record(Id, Publisher).describe('Publishers keyed by id; sources name them by this id.'),
});

export type Publisher = z.infer<typeof Publisher>;
export type PublishersFile = z.infer<typeof PublishersFile>;
