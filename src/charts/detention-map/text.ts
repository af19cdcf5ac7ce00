/** Words the map, legend, table and alt text share, so they never say different things. */
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatPartialDate } from '../../lib/format/index.ts';
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

/** "11.7 km": the distance to the border as shown, one decimal (it is computed, not reported). */
export const km = (v: SiteView) => formatKm(v.border!.kmAway, { digits: 1 });

/** Whether a site's drawn point is a town centre or an approximate locator: it gets a ring. */
export const hasRing = (precision: SiteView['precision']) => precision === 'town';

/** "town centre", "approximate point": what the drawn point is, when it is not the site itself. */
export const pointWord = (v: SiteView): string | null => (hasRing(v.precision) ? words().pointIs[v.precision]! : null);

/** "11.7 km to the border", "45.5 km to the border from the town centre". */
export function distanceText(v: SiteView): string {
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
    v.site.location.placeName ?? w.placeNotReported,
    ...v.possiblySameAs.map((p) => w.mayBe(p.name)),
  ]
    .filter(Boolean)
    .join('; ');
  return w.entry(v.name, show.where ? where : null, show.control ? controlText(v.control) : null);
}

/** ", among them Roj camp and Al-Jadaa camp in Iraq,": the first unlocated site and any in Iraq. */
export function examples(unlocated: readonly SiteView[]): string {
  const picks = unlocated
    .filter((v, i) => i === 0 || v.site.country === 'IRQ')
    .map((v) => words().siteIn(v.name, v.site.country === 'IRQ'));
  return picks.length ? words().examples(formatList(picks)) : '';
}
