/**
 * What every chart declares the same way: its id, title and credit (from its strings module in
 * src/i18n), the standard artboards, and its as-of date as `prepare` derived it.
 */
import { ARTBOARDS } from './type-scale.ts';

export function chartMeta(id: string, strings: { title: string; credit: string }) {
  return {
    id,
    title: strings.title,
    credit: strings.credit,
    widths: ARTBOARDS,
    asOf: (input: { asOf: string }) => input.asOf,
  };
}
