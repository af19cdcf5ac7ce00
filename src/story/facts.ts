/**
 * Facts the story's prose reads from data beyond the figures (src/story/figures.ts): dated events,
 * who ran each site when, distances on the map, quotes. Each names the data it expected when it
 * is missing, so the build stops with the place to fix.
 */
import { heldOf } from '../data/derived/held.ts';
import { siteHeld } from '../data/derived/site-held.ts';
import { plainName } from '../data/gazetteer.ts';
import { roundedKm, sitePoint } from '../data/locations.ts';
import { nearestOnLine } from '../lib/geo/index.ts';
import { formatKm } from '../lib/format/index.ts';
import { t } from '../i18n/index.ts';
import type { Story } from './model.ts';

const HERE = 'src/story/facts.ts';

/** An Iraqi governorate's run along the border, by ISO code. */
export const run = (s: Story, iso: string) => s.iraqiUnits.find((u) => u.id === iso);

/** The date of an event in data/events.json. */
export function eventDate(s: Story, eventId: string): string {
  const event = s.data.events.events[eventId];
  if (!event) throw new Error(`${HERE}: expected data/events.json › events.${eventId}`);
  return event.date;
}

/** Days from one full date to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Whole weeks between two dates, as prose counts them ("within five weeks"). */
export const weeksBetween = (from: string, to: string) => Math.ceil(daysBetween(from, to) / 7);

const SYRIAN_GOVERNMENT = /Syrian government/;

/** The date a site first passed to the Syrian government, from data/sites.json. */
export function handoverDate(s: Story, siteId: string): string {
  const entry = s.data.sites.sites[siteId]?.control.find((c) => SYRIAN_GOVERNMENT.test(c.controller));
  if (!entry)
    throw new Error(`${HERE}: expected a Syrian government entry in data/sites.json › sites.${siteId}.control`);
  return entry.date;
}

/** Every site in Syria that passed to the Syrian government, with the date it did, in date order. */
export function handovers(s: Story): { id: string; date: string }[] {
  const list = Object.entries(s.data.sites.sites)
    .filter(([, site]) => site.country === 'SYR' && site.control.some((c) => SYRIAN_GOVERNMENT.test(c.controller)))
    .map(([id]) => ({ id, date: handoverDate(s, id) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (!list.length) throw new Error(`${HERE}: expected a site in data/sites.json that passed to the Syrian government`);
  return list;
}

/** The latest entry of who ran a site. */
export function latestControl(s: Story, siteId: string) {
  const entry = s.data.sites.sites[siteId]?.control.at(-1);
  if (!entry) throw new Error(`${HERE}: expected an entry in data/sites.json › sites.${siteId}.control`);
  return entry;
}

/**
 * How far a site is from the border line, measured on the map as the detention map measures it:
 * "11.7 km" from a sourced point; "about 10 km", from the centre of "Al Hawl", from a town
 * centre; null when it is not drawn.
 */
export function kmToBorder(s: Story, siteId: string): { km: string; fromTown: string | null } | null {
  const site = s.data.sites.sites[siteId];
  if (!site) return null;
  const { point, town, precision } = sitePoint(s.data, site);
  if (!point) return null;
  const km = nearestOnLine(s.border.line, point).kmAway;
  return precision === 'town' && town
    ? { km: `about ${formatKm(roundedKm(km))}`, fromTown: plainName(town.name) }
    : { km: formatKm(km, { digits: 1 }), fromTown: null };
}

/** How many sites the detention map draws at each rung of the precision ladder. */
export function sitesByPrecision(s: Story): Record<'site' | 'town' | 'region' | 'unknown', number> {
  const counts = { site: 0, town: 0, region: 0, unknown: 0 };
  for (const site of Object.values(s.data.sites.sites)) counts[sitePoint(s.data, site).precision]++;
  return counts;
}

/**
 * A quote from data/events.json with its speaker and the outlet that reported it:
 * “text”, in the words of speaker, role (as quoted by Rudaw).
 */
export function quote(s: Story, eventId: string): string {
  const event = s.data.events.events[eventId];
  const q = event?.quote;
  if (!q) throw new Error(`${HERE}: expected a quote on data/events.json › events.${eventId}`);
  const publisherOf = (id: string) => s.data.publishers.publishers[s.data.sources.sources[id]!.publisher]!.name;
  const outlets = t.list([...new Set(event.sources.map(publisherOf))]);
  return `“${q.text}”, in the words of ${q.speaker}, ${q.role} (${t.attribution.quotedBy(outlets)})`;
}

/**
 * Al-Hol's population in its last reports before it was emptied, as the detention map states it
 * (one fact, one range on the page), with the claims behind it.
 */
export function alHolBeforeClosure(s: Story) {
  const site = s.data.sites.sites['al-hol'];
  if (!site) throw new Error(`${HERE}: expected data/sites.json › sites.al-hol`);
  const figures = siteHeld(s.data, site);
  const before = heldOf(figures, {}).before;
  if (!before) throw new Error(`${HERE}: expected counts of al-Hol before it was emptied`);
  const claims = figures.filter(
    (f) => before.dates.includes(f.date) && f.low !== 0 && f.subset === undefined && f.combinedWith === undefined,
  );
  return { ...before, claims };
}

/** The lengths of the border itself as claims, with the kind of each claimant. */
export const borderClaims = (s: Story) =>
  Object.values(s.data.border.lengths)
    .filter((l) => l.measures === 'border')
    .map((l) => ({ ...l, claimantKind: l.kind }));

/** The month ("2026-01") of the latest figure in a list that is not an outlier. */
export function latestMonth(observations: readonly { date: string; outlier?: boolean | undefined }[]): string {
  const dates = observations.filter((o) => !o.outlier).map((o) => o.date);
  const latest = dates.sort().at(-1);
  if (!latest) throw new Error(`${HERE}: expected a figure that is not an outlier`);
  return latest.slice(0, 7);
}
