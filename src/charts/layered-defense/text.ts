/** Words the strip, table and alt text share, so they never say different things. */
import { isDrawn, type PlacedCrossing } from '../../data/border-facts.ts';
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

/** The crossings the strip draws: at a point (sourced, or placed from towns) or over a stretch. */
export const placed = (input: LayeredDefenseInput) => input.crossings.filter(isDrawn);

/** "km 45", "about km 45" (placed from towns), "somewhere on km 448–599"; null when nothing places it. */
export function crossingKm(c: PlacedCrossing): string | null {
  const w = words().crossingKm;
  if (c.stretch) return w.region(formatNumber(c.stretch.fromKm), formatNumber(c.stretch.toKm));
  if (c.kmAlong === null) return null;
  return c.precision === 'site' ? w.site(formatNumber(c.kmAlong)) : w.town(formatNumber(c.kmAlong));
}

/** Whether a drawn crossing is only approximately placed: ringed on the strip. */
export const isApproximate = (c: PlacedCrossing) => c.precision !== 'site';

/** Which signs of approximation the strip shows: a ring, a band. */
export function approximation(input: LayeredDefenseInput): { ring: boolean; band: boolean } {
  const drawn = placed(input);
  return { ring: drawn.some(isApproximate), band: drawn.some((c) => c.stretch !== null) };
}

/** "the Euphrates crosses it at km 412", or that it does not cross the line as drawn. */
export function riverText(input: LayeredDefenseInput): string {
  const r = input.river.crossings;
  return r.length
    ? words().river.crosses(input.river.name, formatList(r.map((c) => kmAt(c.kmAlong))))
    : words().river.dry(input.river.name);
}
