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
  /** The registry's chart ids (src/charts/ids.ts), for files that name a chart. */
  chartIds: ReadonlySet<string>;
}

/**
 * An id that must name an entry of another file (null ids: that file is unreadable, so skip), with a did-you-mean hint.
 */
function refTo(ids: ReadonlySet<string> | null, noun: string, file: string) {
  return Id.superRefine((id, ctx) => {
    if (!ids || ids.has(id)) return;
    const guess = nearest(id, ids);
    ctx.addIssue({
      code: 'custom',
      message: `the id of a ${noun} listed in ${file}`,
      params: {
        hint: guess ? `did you mean "${guess}"? Otherwise add the ${noun} first` : `add the ${noun} to ${file} first`,
      },
    });
  }).describe(`The id of a ${noun} in ${file}.`);
}

export const sourceRef = (known: Known) => refTo(known.sourceIds, 'source', 'data/sources.json');
export const publisherRef = (known: Known) => refTo(known.publisherIds, 'publisher', 'data/publishers.json');

/** The ids of the sources in data/sources.json that say this: at least one. */
export const sourceList = (known: Known) =>
  z.array(sourceRef(known)).min(1).describe('The ids of the sources in data/sources.json that say this.');
export type SourceList = ReturnType<typeof sourceList>;
