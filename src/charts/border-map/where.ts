/**
 * Where each crossing is, in words, for the key, the table and the alt text alike, so that they
 * give the same numbers the map draws: "km 45" for a sourced point, "about km 45" for one placed
 * from towns, "somewhere on km 448–599" for a stretch. Keys number the drawn crossings north to
 * south, in the order border-facts sorts them.
 */
import { isDrawn, type PlacedCrossing } from '../../data/border-facts.ts';
import { plainName } from '../../data/gazetteer.ts';
import { t } from '../../i18n/index.ts';
import { formatList, formatNumber } from '../../lib/format/index.ts';
import type { BorderMapInput } from './prepare.ts';

const words = () => t.charts['border-map'];

/** The crossings the map draws (at a point or as a stretch), north to south: key n is index n − 1. */
export const drawnCrossings = (input: BorderMapInput) => input.facts.crossings.filter(isDrawn);

/** A crossing's number on the map, or null when it is not drawn. */
export function keyOf(input: BorderMapInput, crossing: PlacedCrossing): number | null {
  const i = drawnCrossings(input).indexOf(crossing);
  return i < 0 ? null : i + 1;
}

/** "km 45", "about km 45", "somewhere on km 448–599"; null when nothing places it. */
export function whereText(c: PlacedCrossing): string | null {
  const w = words().where;
  if (c.stretch) return w.region(formatNumber(c.stretch.fromKm), formatNumber(c.stretch.toKm));
  if (c.kmAlong === null) return null;
  return c.precision === 'site' ? w.site(formatNumber(c.kmAlong)) : w.town(formatNumber(c.kmAlong));
}

/**
 * Where a crossing is, in its key entry: on phones a stretch is "km 448–599", as the band's own
 * entry in the key says what a band means; elsewhere as `whereText`.
 */
export function keyWhereText(c: PlacedCrossing, narrow: boolean): string | null {
  if (!narrow || !c.stretch) return whereText(c);
  return words().where.regionShort(formatNumber(c.stretch.fromKm), formatNumber(c.stretch.toKm));
}

/** The towns a town-level crossing was placed from, as GeoNames spells them. */
export const townNames = (c: PlacedCrossing) => formatList(c.towns.map((town) => plainName(town.name)));

/** A governorate's name from its ISO 3166-2 code, from the map's own outlines. */
export function unitName(input: BorderMapInput, iso: string): string {
  return input.borderUnits.find((u) => u.properties.iso_3166_2 === iso)?.properties.name_en ?? iso;
}

/** The two governorates a region-level crossing's stretch lies between. */
export function stretchUnits(input: BorderMapInput, c: PlacedCrossing): { iraq: string; syria: string } | null {
  const stretch = c.crossing.location.stretch;
  return stretch ? { iraq: unitName(input, stretch.iraq), syria: unitName(input, stretch.syria) } : null;
}
