/**
 * data/fortifications.json: what Iraq has built along the Syrian border, layer by layer, with
 * every dimension as reported; and the dated claims about how much of the wall stands. The
 * claims do not form one series (400 km in January 2025, 350 km in late 2025), so each is kept
 * separately with its claimant and confidence.
 */
import { z } from 'zod';
import { AsOf, Confidence, Id, PartialDate, Text, ClaimantKind } from './common.ts';
import { type Known, sourceRef } from './source-ref.ts';
import { keyedInDateOrder } from './events.ts';

export const COMPONENT_IDS = [
  'berm',
  'trench',
  'barbed-wire',
  'brc-fence',
  'wall',
  'towers',
  'cameras',
  'drones',
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

/** The unit each kind of dimension is written in. */
export const UNIT_OF = {
  height: 'm',
  width: 'm',
  depth: 'm',
  length: 'km',
  range: 'km',
  count: 'items',
  endurance: 'hours',
} as const;

export const QUALIFIERS = ['exact', 'about', 'nearly', 'more-than', 'up-to'] as const;

export function fortificationsFile(known: Known) {
  const Sources = z
    .array(sourceRef(known))
    .min(1)
    .describe('The ids of the sources in data/sources.json that say this.');

  const Dimension = z
    .strictObject({
      what: z
        .enum(Object.keys(UNIT_OF) as [keyof typeof UNIT_OF, ...(keyof typeof UNIT_OF)[]])
        .describe(
          'What is measured: height, width, depth, length, range (how far it sees), count or ' +
            'endurance (how long it flies).',
        ),
      value: z.number().positive().describe('The figure as reported.'),
      unit: z
        .enum(['m', 'km', 'items', 'hours'])
        .describe('m for height, width and depth; km for length and range; items for a count; hours for endurance.'),
      qualifier: z
        .enum(QUALIFIERS)
        .describe('How the source phrased it: a plain figure, "about", "nearly", "more than" or "up to".'),
      claimant: Text.describe('Who gave the figure, e.g. "Border Guard Command".'),
      claimantKind: ClaimantKind,
      sources: Sources,
      asOf: AsOf,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        "What the figure covers, where that is narrower or wider than the component (e.g. all of Iraq's borders).",
      ),
    })
    .superRefine((d, ctx) => {
      const unit = UNIT_OF[d.what];
      if (d.unit !== unit)
        ctx.addIssue({
          code: 'custom',
          path: ['unit'],
          message: `"${unit}" for a ${d.what}`,
          params: { hint: 'convert the figure if the source used another unit, and say so in note' },
        });
    })
    .describe('One reported dimension: a claim, not a measurement of ours.');

  const Component = z
    .strictObject({
      name: Text.describe('How readers should see it named.'),
      layer: z
        .enum(['barrier', 'surveillance'])
        .describe('barrier: one of the five physical layers; surveillance: watching the border.'),
      order: z
        .int()
        .min(1)
        .describe(
          'Position in the sequence: the barrier layers in the order the Border Guards commander ' +
            'listed them (1–5), then the surveillance items.',
        ),
      description: Text.describe('What it is and what the sources say of it, in our own words.'),
      dimensions: z
        .array(Dimension)
        .min(1)
        .optional()
        .describe('Reported figures; leave out when no source gives one. Never estimate.'),
      sources: Sources,
      asOf: AsOf,
      confidence: Confidence.optional(),
      note: Text.optional().describe(
        'A short note for readers: context, caveats, or how the sources differ. In your own words, not copied.',
      ),
    })
    .describe('One component of the border defences.');

  const WallClaim = z
    .strictObject({
      date: PartialDate.describe(
        'When the claim was made or what date it describes, as precisely as the source allows.',
      ),
      dateNote: Text.optional().describe('How the date was established when it is approximate or inferred.'),
      builtKm: z.number().positive().optional().describe('Kilometres of wall said to be built.'),
      plannedKm: z
        .number()
        .positive()
        .optional()
        .describe('The planned length the claim measures against, if it gives one.'),
      percent: z.number().min(0).max(100).optional().describe('The share said to be complete, 0–100.'),
      qualifier: z
        .enum(QUALIFIERS)
        .describe('How the figure was phrased: a plain figure, "about", "nearly", "more than" or "up to".'),
      scope: z
        .enum(['cumulative', 'section', 'added'])
        .describe(
          "cumulative: the whole wall built so far; section: one stretch or one unit's work; added: " +
            'an increase over an earlier figure.',
        ),
      claimant: Text.describe('Who made the claim, with the post they held then.'),
      claimantKind: ClaimantKind,
      sources: Sources,
      confidence: Confidence,
      note: Text.optional().describe('Why the claim is weak or how it relates to the others, in our own words.'),
    })
    .superRefine((claim, ctx) => {
      if (claim.builtKm === undefined && claim.percent === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['builtKm'],
          message: 'a builtKm or a percent (the claim needs a figure)',
          params: { hint: "a statement without a figure belongs in a component's description" },
        });
      if (claim.builtKm !== undefined && claim.plannedKm !== undefined && claim.builtKm > claim.plannedKm)
        ctx.addIssue({
          code: 'custom',
          path: ['plannedKm'],
          message: `a planned length of at least the built length (${claim.builtKm} km)`,
          params: { hint: 'are builtKm and plannedKm swapped?' },
        });
    })
    .describe('One dated claim about how much of the wall is built: a claim, not the truth.');

  const components = Object.fromEntries(COMPONENT_IDS.map((id) => [id, Component])) as Record<
    ComponentId,
    typeof Component
  >;

  return z
    .strictObject({
      $schema: z.string().optional(),
      components: z
        .strictObject(components)
        .describe('The five barrier layers and the surveillance items, one entry each.'),
      wallClaims: z
        .record(Id, WallClaim)
        .superRefine(keyedInDateOrder)
        .describe("Claims about the wall's progress, keyed by id, oldest first."),
    })
    .superRefine((file, ctx) => {
      // Orders are 1..n, each used once, barrier layers before surveillance items.
      const entries = Object.entries(file.components);
      const seen = new Map<number, string>();
      const barriers = entries.filter(([, c]) => c.layer === 'barrier').length;
      for (const [id, c] of entries) {
        const other = seen.get(c.order);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['components', id, 'order'],
            message: `an order no other component has ("${other}" is already ${c.order})`,
            params: { hint: 'number the components 1, 2, 3… with no repeats' },
          });
          continue;
        }
        seen.set(c.order, id);
        const [low, high] = c.layer === 'barrier' ? [1, barriers] : [barriers + 1, entries.length];
        if (c.order < low || c.order > high)
          ctx.addIssue({
            code: 'custom',
            path: ['components', id, 'order'],
            message: `an order from ${low} to ${high} for a ${c.layer} component`,
            params: {
              hint: 'barrier layers come first, in the order the source lists them, then the surveillance items',
            },
          });
      }
    });
}

export type FortificationsFile = z.infer<ReturnType<typeof fortificationsFile>>;
export type Component = FortificationsFile['components'][ComponentId];
export type Dimension = NonNullable<Component['dimensions']>[number];
export type WallClaim = FortificationsFile['wallClaims'][string];
