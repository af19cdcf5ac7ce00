/**
 * Checks that need more than one file: facts placed on the border must agree with its geometry.
 * Each tolerance is stated with the reason for it.
 */
import { distanceKm, nearestOnLine } from '../lib/geo/index.ts';
import { geoContains } from 'd3-geo';
import { borderLine, countries } from './geography.ts';
import type { Problem } from './problems.ts';
import type { SiteData } from './site-data.ts';
import { REFERENCED } from './references.ts';
import { valueAt } from './problems.ts';
import { nearest } from '../lib/text/nearest.ts';
import { placeProblems } from './locations.ts';

/**
 * A sourced tripoint may differ from the end of the 1:10m line by the line's generalisation:
 * the Jordan tripoint is 1.8 km from it. More than this means a wrong coordinate.
 */
export const TRIPOINT_TOLERANCE_KM = 5;
/** A crossing lies at the border; the furthest real one (al-Waleed) is about 2 km from the line. */
export const CROSSING_TOLERANCE_KM = 10;
/** How far across the Iraq–Syria line a site may fall on the 1:10m outline before its coordinates are doubted. */
export const COUNTRY_TOLERANCE_KM = 2;

export function crossFileProblems(data: SiteData, label: (path: string) => string): Problem[] {
  const problems: Problem[] = [...placeProblems(data, label)];
  const files: Record<string, unknown> = {
    'border.json': data.border,
    'crossings.json': data.crossings,
    'sources.json': data.sources,
    'events.json': data.events,
  };
  for (const [name, ref] of Object.entries(REFERENCED))
    if (valueAt(files[ref.file], ref.path) === undefined)
      problems.push({
        file: label(ref.file),
        path: [...ref.path],
        expected: `the entry the story quotes as "${name}"`,
        got: 'nothing (it was removed or renamed)',
        hint: `restore it, or change src/data/references.ts with the story`,
      });
  const line = borderLine(data);
  const ends = { turkey: line.coordinates[0]!, jordan: line.coordinates.at(-1)! } as const;

  for (const key of ['turkey', 'jordan'] as const) {
    const tripoint = data.border.tripoints[key];
    if (!tripoint.coordinates) continue;
    const km = distanceKm(tripoint.coordinates, [ends[key][0]!, ends[key][1]!]);
    if (km > TRIPOINT_TOLERANCE_KM)
      problems.push({
        file: label('border.json'),
        path: ['tripoints', key, 'coordinates'],
        expected:
          `a point within ${TRIPOINT_TOLERANCE_KM} km of the border's ` +
          `${key === 'turkey' ? 'northern' : 'southern'} end in data/geo/border.topojson`,
        got: `${JSON.stringify(tripoint.coordinates)}, ${km.toFixed(1)} km away`,
        hint: 'check the coordinates against the source, longitude first',
      });
  }

  for (const [id, crossing] of Object.entries(data.crossings.crossings)) {
    const coordinates = crossing.location.coordinates;
    if (!coordinates) continue;
    const { kmAway } = nearestOnLine(line, coordinates);
    if (kmAway > CROSSING_TOLERANCE_KM)
      problems.push({
        file: label('crossings.json'),
        path: ['crossings', id, 'location', 'coordinates'],
        expected: `a point within ${CROSSING_TOLERANCE_KM} km of the Iraq–Syria border`,
        got: `${JSON.stringify(coordinates)}, ${kmAway.toFixed(1)} km away`,
        hint: 'is this the town rather than the crossing, or a digit mistyped?',
      });
  }
  // A site's sourced coordinates must lie in the country the file says it is in.
  const shapes = new Map(countries(data).features.map((f) => [f.properties.adm0_a3, f]));
  for (const [id, site] of Object.entries(data.sites.sites)) {
    const at = site.location.coordinates;
    const shape = shapes.get(site.country);
    if (!at || !shape || geoContains(shape, at)) continue;
    // The 1:10m outline cuts corners: a point this close to the border may fall just across it.
    const { kmAway } = nearestOnLine(line, at);
    if (kmAway <= COUNTRY_TOLERANCE_KM) continue;
    const inside = [...shapes].find(([, f]) => geoContains(f, at))?.[1].properties.name_en;
    problems.push({
      file: label('sites.json'),
      path: ['sites', id, 'location', 'coordinates'],
      expected: `a point inside ${shape.properties.name_en} (the site's "country": "${site.country}")`,
      got: `${JSON.stringify(at)}, ${inside ? `in ${inside}` : 'outside every country on the map'}`,
      hint: inside
        ? 'is the country wrong, or a digit of the coordinates? Longitude comes first'
        : 'check the coordinates against the source, longitude first',
    });
  }

  // Events name the sites and crossings they concern: each id must exist in its file.
  const known = {
    sites: new Set(Object.keys(data.sites.sites)),
    crossings: new Set(Object.keys(data.crossings.crossings)),
  };
  for (const [id, event] of Object.entries(data.events.events))
    for (const kind of ['sites', 'crossings'] as const)
      (event[kind] ?? []).forEach((ref, i) => {
        if (known[kind].has(ref)) return;
        const guess = nearest(ref, known[kind]);
        problems.push({
          file: label('events.json'),
          path: ['events', id, kind, i],
          expected: `the id of an entry in data/${kind}.json`,
          got: JSON.stringify(ref),
          hint: guess ? `did you mean "${guess}"?` : `add it to data/${kind}.json first`,
        });
      });
  return problems;
}
