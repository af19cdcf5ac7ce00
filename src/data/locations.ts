/**
 * Where the sites and crossings are drawn, from the precision ladder in the data
 * (src/data/schema/site-location.ts): a site-level point as sourced, a town-level one at the
 * gazetteer's town centre, a region-level crossing as the stretch of border its two governorates
 * share. One module, so that the maps, the tables, the alt text and the checks agree.
 */
import type { LineString } from 'geojson';
import { nearestOnLine, segmentsAlong, type LonLat, type Run } from '../lib/geo/index.ts';
import { ALPHA2, describePlace, lookupTown, type Lookup } from './gazetteer.ts';
import { admin1, borderLine, countryAreas } from './geography.ts';
import type { Problem } from './problems.ts';
import type { Crossing } from './schema/crossings.ts';
import type { GazetteerPlace } from './schema/gazetteer.ts';
import type { Precision } from './schema/site-location.ts';
import type { Site } from './schema/sites.ts';
import type { SiteData } from './site-data.ts';

/** A town a crossing names must lie this close to the border line: the real ones are within 7 km. */
export const CROSSING_TOWN_KM = 15;

/**
 * A town centre stands in for a place some km away, so a distance measured from it is rounded
 * to what that allows: the whole km under 20 km, else the nearest 5 km. Maps, tables, alt text
 * and prose all round with this.
 */
export const roundedKm = (km: number) => (km < 20 ? Math.round(km) : Math.round(km / 5) * 5);

export interface SitePoint {
  precision: Precision;
  /** Where the site is drawn: the sourced point or the town centre; null for region and unknown. */
  point: LonLat | null;
  /** The gazetteer's town, for a town-level site. */
  town: GazetteerPlace | null;
}

/** A site's town, looked up in its own country. */
export function siteTown(data: Pick<SiteData, 'gazetteer'>, site: Site): Lookup | null {
  const { town } = site.location;
  return town === undefined ? null : lookupTown(data.gazetteer, town, [ALPHA2[site.country] ?? site.country]);
}

/** Where a (validated) site is drawn. */
export function sitePoint(data: Pick<SiteData, 'gazetteer'>, site: Site): SitePoint {
  const { precision, coordinates } = site.location;
  if (precision === 'site' && coordinates) return { precision, point: [coordinates[0], coordinates[1]], town: null };
  const found = siteTown(data, site);
  if (precision === 'town' && found?.ok)
    return { precision, point: [found.place.lonLat[0], found.place.lonLat[1]], town: found.place };
  return { precision, point: null, town: null };
}

export interface CrossingPlace {
  precision: Precision;
  /** Where its marker goes: the sourced point, or the border point nearest its towns; null otherwise. */
  point: LonLat | null;
  /** km from the Turkish tripoint along the border line, for a point. */
  kmAlong: number | null;
  /** km from the sourced point (site) or the towns' centre (town) to the line. */
  kmAway: number | null;
  /** The stretch of border a region-level crossing lies on, km from the Turkish tripoint. */
  stretch: { fromKm: number; toKm: number } | null;
  towns: GazetteerPlace[];
}

const BORDER_COUNTRY = { iraq: 'IRQ', syria: 'SYR' } as const;

/** The km runs of each governorate along the line, both countries. */
export function borderRuns(data: SiteData, line: LineString = borderLine(data)): Run[] {
  const units = admin1(data).features;
  return Object.values(BORDER_COUNTRY).flatMap((adm0) => segmentsAlong(line, countryAreas(units, adm0), 2));
}

/** The part of the border two governorates share, or null where their runs do not meet. */
function sharedStretch(runs: readonly Run[], iraq: string, syria: string) {
  const a = runs.find((r) => r.id === iraq),
    b = runs.find((r) => r.id === syria);
  if (!a || !b) return null;
  const fromKm = Math.max(a.fromKm, b.fromKm),
    toKm = Math.min(a.toKm, b.toKm);
  return toKm > fromKm ? { fromKm, toKm } : null;
}

const crossingTowns = (data: SiteData, crossing: Crossing) =>
  (crossing.location.towns ?? []).map((name) => ({
    name,
    found: lookupTown(data.gazetteer, name, Object.values(ALPHA2)),
  }));

/** Where a (validated) crossing is drawn. */
export function crossingPlace(
  data: SiteData,
  crossing: Crossing,
  line: LineString,
  runs: readonly Run[],
): CrossingPlace {
  const { precision, coordinates, stretch } = crossing.location;
  const none = { precision, point: null, kmAlong: null, kmAway: null, stretch: null, towns: [] };
  if (precision === 'site' && coordinates) {
    const near = nearestOnLine(line, coordinates);
    return { ...none, point: [coordinates[0], coordinates[1]], kmAlong: near.kmAlong, kmAway: near.kmAway };
  }
  if (precision === 'town') {
    const towns = crossingTowns(data, crossing).flatMap((t) => (t.found.ok ? [t.found.place] : []));
    if (!towns.length) return none;
    // Their centre, then the nearest point of the line to it: where the road between them crosses.
    const mean: LonLat = [
      towns.reduce((s, t) => s + t.lonLat[0], 0) / towns.length,
      towns.reduce((s, t) => s + t.lonLat[1], 0) / towns.length,
    ];
    const near = nearestOnLine(line, mean);
    return { ...none, point: [near.point[0], near.point[1]], kmAlong: near.kmAlong, kmAway: near.kmAway, towns };
  }
  if (precision === 'region' && stretch) return { ...none, stretch: sharedStretch(runs, stretch.iraq, stretch.syria) };
  return none;
}

/**
 * The checks the schemas cannot make: every town named is in the gazetteer (else the nearest
 * names), a crossing's towns lie beside the border, and a stretch's governorates share one.
 */
export function placeProblems(data: SiteData, label: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  const missing = (found: Exclude<Lookup, { ok: true }>) =>
    found.reason === 'missing'
      ? `not in the gazetteer; nearest names: ${found.candidates.map(describePlace).join('; ')}`
      : `more than one place of that name: ${found.candidates.map(describePlace).join('; ')}`;
  const gazetteerIn = (countries: string) =>
    `a town in the gazetteer (data/geo/gazetteer.json, GeoNames) in ${countries}`;

  for (const [id, site] of Object.entries(data.sites.sites)) {
    const found = siteTown(data, site);
    if (!found || found.ok) continue;
    const country = ALPHA2[site.country] ?? site.country;
    problems.push({
      file: label('sites.json'),
      path: ['sites', id, 'location', 'town'],
      expected: gazetteerIn(country),
      got: `"${site.location.town}", ${missing(found)}`,
      hint:
        found.reason === 'missing'
          ? 'use the gazetteer’s spelling, or the district seat; if the town is not there, set precision to "region" or "unknown"'
          : 'the gazetteer has several; say which in the note and ask the data desk to extend the lookup',
    });
  }

  const line = borderLine(data);
  const runs = borderRuns(data, line);
  for (const [id, crossing] of Object.entries(data.crossings.crossings)) {
    const base = ['crossings', id, 'location'];
    crossingTowns(data, crossing).forEach(({ name, found }, i) => {
      if (!found.ok) {
        problems.push({
          file: label('crossings.json'),
          path: [...base, 'towns', i],
          expected: gazetteerIn('IQ or SY'),
          got: `"${name}", ${missing(found)}`,
          hint: 'use the gazetteer’s spelling; if neither side’s town is there, set precision to "region"',
        });
        return;
      }
      const { kmAway } = nearestOnLine(line, found.place.lonLat);
      if (kmAway > CROSSING_TOWN_KM)
        problems.push({
          file: label('crossings.json'),
          path: [...base, 'towns', i],
          expected: `a town within ${CROSSING_TOWN_KM} km of the Iraq–Syria border`,
          got: `"${name}" (${describePlace(found.place)}), ${kmAway.toFixed(1)} km away`,
          hint: 'name the border town on either side, not the district seat',
        });
    });
    const { stretch } = crossing.location;
    if (stretch && !sharedStretch(runs, stretch.iraq, stretch.syria))
      problems.push({
        file: label('crossings.json'),
        path: [...base, 'stretch'],
        expected: 'an Iraqi and a Syrian governorate that share a stretch of the border',
        got: `${stretch.iraq} and ${stretch.syria}`,
        hint: `governorates on the border: ${runs.map((r) => r.id).join(', ')}`,
      });
  }
  return problems;
}
