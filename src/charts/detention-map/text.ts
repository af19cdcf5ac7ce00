/** Words the map, legend, table and alt text share, so they never say different things. */
import { t } from '../../i18n/index.ts';
import { plainName } from '../../data/gazetteer.ts';
import { roundedKm } from '../../data/locations.ts';
import { formatKm, formatPartialDate } from '../../lib/format/index.ts';
import { HANDOVER_MONTH, type Control } from './control.ts';
import type { SiteView } from './prepare.ts';

const words = () => t.charts['detention-map'];

/** The chart's states: the story's three steps, and the complete state for embeds and tables. */
export type State = 'complete' | 'sites' | 'control' | 'al-hol';

/** "January 2026": the month the handovers began, as "before" and "after" are counted from it. */
export const handoverText = () => formatPartialDate(HANDOVER_MONTH);

const lowNote = (s: { confidence?: string | undefined } | null) =>
  s?.confidence === 'low' ? words().control.lowConfidence : '';

/** Who ran a site before and after the handovers, in a few words: "SDF → Syrian government, 19 January 2026". */
export function controlText(control: Control): string {
  const { before, after, handover } = control;
  const c = words().control;
  if (after && before && handover)
    return c.handover(before.short, after.short, formatPartialDate(handover.date)) + lowNote(handover);
  if (after && before) return c.still(after.short, formatPartialDate(after.date)) + lowNote(after);
  if (after) return c.on(after.short, formatPartialDate(after.date)) + lowNote(after);
  if (before) return c.noLater(before.short, formatPartialDate(before.date));
  return c.none;
}

/** What the map needs of a drawn site or group to say how far it is from the border. */
export type Placed = Pick<SiteView, 'precision' | 'border' | 'town'>;

/** "11.7 km" from a sourced point (one decimal: it is computed, not reported); "about 45 km" from a town centre. */
export function km(v: Placed): string {
  const away = v.border!.kmAway;
  return v.precision === 'site' ? formatKm(away, { digits: 1 }) : words().about(formatKm(roundedKm(away)));
}

/** Whether a site's drawn point is a town centre: it gets a ring. */
export const hasRing = (precision: SiteView['precision']) => precision === 'town';

/** "Al Hasakah": the gazetteer's town, as readers see it. */
export const townName = (v: Placed) => (v.town ? plainName(v.town.name) : null);

/** "the centre of Al Hasakah": what the drawn point is, when it is not the site itself. */
export const pointWord = (v: Placed): string | null => {
  const town = townName(v);
  return hasRing(v.precision) && town ? words().townCentre(town) : null;
};

/** "11.7 km to the border", "about 45 km to the border, measured from the centre of Ash Shaddadah". */
export function distanceText(v: Placed): string {
  const point = pointWord(v);
  return point ? words().toBorderFrom(km(v), point) : words().toBorder(km(v));
}

/**
 * An unlocated site in the list: where it is said to be (the sites state), who runs it (the
 * control state), or both (the complete state).
 */
export function unlocatedText(v: SiteView, show: { where: boolean; control: boolean }): string {
  const w = words().legend;
  const where = [
    v.site.country === 'IRQ' ? w.inIraq : null,
    v.site.location.placeName
      ? v.precision === 'region'
        ? w.areaOnly(v.site.location.placeName)
        : v.site.location.placeName
      : w.placeNotReported,
    ...v.possiblySameAs.map((p) => w.mayBe(p.name)),
  ]
    .filter(Boolean)
    .join('; ');
  return w.entry(v.name, show.where ? where : null, show.control ? controlText(v.control) : null);
}
