/**
 * A reference to a record in data/sources.json. Schemas are built per validation run with the
 * set of known source ids, so an unknown id is reported where it is written, with a suggestion.
 */
import { z } from 'zod';
import { Id } from './common.ts';
import { nearest } from '../../lib/text/nearest.ts';

/** What the other files may reference; `null` while sources.json itself is unreadable. */
export interface Known {
  sourceIds: ReadonlySet<string> | null;
  /** The ids in data/publishers.json; `null` while it is unreadable. */
  publisherIds: ReadonlySet<string> | null;
  /** The chart ids (folders under src/charts/), for files that name a chart. */
  chartIds: ReadonlySet<string>;
}

export function sourceRef(known: Known) {
  return Id.superRefine((id, ctx) => {
    if (!known.sourceIds || known.sourceIds.has(id)) return;
    const guess = nearest(id, known.sourceIds);
    ctx.addIssue({
      code: 'custom',
      message: 'the id of a source listed in data/sources.json',
      params: { hint: guess ? `did you mean "${guess}"? Otherwise add the source first` : 'add the source to data/sources.json first' },
    });
  }).describe('The id of a source in data/sources.json.');
}

export function publisherRef(known: Known) {
  return Id.superRefine((id, ctx) => {
    if (!known.publisherIds || known.publisherIds.has(id)) return;
    const guess = nearest(id, known.publisherIds);
    ctx.addIssue({
      code: 'custom',
      message: 'the id of a publisher listed in data/publishers.json',
      params: { hint: guess ? `did you mean "${guess}"? Otherwise add the publisher first` : 'add the publisher to data/publishers.json first' },
    });
  }).describe('The id of a publisher in data/publishers.json.');
}
