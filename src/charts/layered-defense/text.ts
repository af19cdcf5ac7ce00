/** Words the strip, table and alt text share, so they never say different things. */
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber } from '../../lib/format/index.ts';
import type { LayeredDefenseInput } from './prepare.ts';

const words = () => t.charts['layered-defense'];

/** "km 120". */
export const kmAt = (v: number) => words().km(formatNumber(v));

/** "about 40 km": a reported length as qualified. */
export const reportedKm = (r: { qualifier: string; km: number }) =>
  `${t.qualifier[r.qualifier] ?? ''}${formatKm(r.km)}`;

/** "High confidence", from the data's level. */
export const confidenceText = (level: string) => words().confidenceOf(words().confidence[level] ?? level);

/** The crossings placed at their km (those with sourced coordinates). */
export const placed = (input: LayeredDefenseInput) => input.crossings.filter((c) => c.kmAlong !== null);

/** "the Euphrates crosses it at km 412", or that it does not cross the line as drawn. */
export function riverText(input: LayeredDefenseInput): string {
  const r = input.river.crossings;
  return r.length
    ? words().river.crosses(input.river.name, formatList(r.map((c) => kmAt(c.kmAlong))))
    : words().river.dry(input.river.name);
}
