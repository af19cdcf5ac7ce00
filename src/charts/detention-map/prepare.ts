/**
 * Selects and derives everything the detention map shows from the validated data: where each
 * site is and how sure the sources are of it, its distance to the Iraqi border (computed from the
 * geometry), who ran it before and after the handovers (control.ts), the latest reports of how
 * many it held (src/data/derived/held.ts) and the escapes reported (escapes.ts).
 */
import { geoContains } from 'd3-geo';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import {
  BORDER_COUNTRIES,
  admin1,
  borderLine,
  places,
  type Admin1Props,
  type PlaceProps,
} from '../../data/geography.ts';
import { heldOf, type Held } from '../../data/derived/held.ts';
import { siteHeld } from '../../data/derived/site-held.ts';
import type { Site } from '../../data/schema/sites.ts';
import { sitePoint } from '../../data/locations.ts';
import type { GazetteerPlace } from '../../data/schema/gazetteer.ts';
import type { SiteData } from '../../data/validate.ts';
import { latestDate } from '../../lib/format/index.ts';
import { distanceKm, nearestOnLine } from '../../lib/geo/index.ts';
import { selectBasemap, type BasemapParts } from '../kit/map/basemap.ts';
import { controlOf, type Control } from './control.ts';
import { escapesOf, type Escapes } from './escapes.ts';

/**
 * Margins of the frame, km, round the drawn points and the points where their shortest lines meet
 * the border; taller on phones, so that the map keeps room above and below for labels.
 */
export const FRAME_MARGIN_KM = { wide: { x: 60, y: 40 }, narrow: { x: 25, y: 75 } } as const;
/** Without a drawn site, the frame is the border with this margin, km. */
export const BORDER_MARGIN_KM = { x: 150, y: 45 } as const;
/** Cities drawn for orientation (an editorial choice, not facts); `narrow` ones also on phones. */
export const CONTEXT_PLACES: Record<string, { narrow: boolean }> = {
  Qamishli: { narrow: true },
  'Al-Hasakah': { narrow: true },
  Mosul: { narrow: true },
  'Deir ez-Zor': { narrow: false },
  'Tal Afar': { narrow: false },
  Zakho: { narrow: false },
  Dohuk: { narrow: false },
};
/** A city this close to a drawn site is left out: its dot would sit under the site's marker. */
export const PLACE_CLEARANCE_KM = 8;
export const RIVERS = ['Tigris', 'Euphrates'] as const;

export type Precision = Site['location']['precision'];

export interface SiteView {
  id: string;
  site: Site;
  name: string;
  type: Site['type'];
  precision: Precision;
  /** Where it is drawn: the sourced point, or the gazetteer's town centre; null when not drawn. */
  coordinates: [number, number] | null;
  /** The gazetteer's town, for a town-level site. */
  town: GazetteerPlace | null;
  /** Nearest point of the Iraq–Syria border line and the distance to it, km; null when not drawn. */
  border: { point: [number, number]; kmAway: number } | null;
  control: Control;
  held: Held;
  escapes: Escapes | null;
  possiblySameAs: { id: string; name: string }[];
  sources: string[];
}

type Area = Feature<Polygon | MultiPolygon, Admin1Props>;

/**
 * The sites drawn at one point: one marker group, one label. Several sites the sources place in
 * the same town share its centre, so they are drawn side by side inside one ring.
 */
export interface PlaceGroup {
  key: string;
  at: [number, number];
  precision: Precision;
  town: GazetteerPlace | null;
  /** Nearest point of the border and the distance to it, km. */
  border: { point: [number, number]; kmAway: number };
  /** Its sites, in data order. */
  members: SiteView[];
}

export interface DetentionMapInput {
  line: LineString;
  /** Drawn sites, nearest the border first. */
  located: SiteView[];
  /** The drawn sites by the point they are drawn at, nearest the border first. */
  groups: PlaceGroup[];
  /** Sites placed only in an area or not at all, in data order: listed beside the map, never drawn. */
  unlocated: SiteView[];
  /** The governorates holding a drawn site (shaded). */
  frameUnits: Area[];
  basemap: BasemapParts;
  /** Every governorate of the two countries, for their labels. */
  units: Area[];
  places: Feature<Point, PlaceProps>[];
  sources: string[];
  asOf: string;
}

const unique = (ids: string[]) => ids.filter((id, i, all) => all.indexOf(id) === i);

function siteView(data: SiteData, line: LineString, names: Record<string, string>, id: string, site: Site): SiteView {
  const { point, town } = sitePoint(data, site);
  const coordinates: [number, number] | null = point ? [point[0], point[1]] : null;
  const near = coordinates ? nearestOnLine(line, coordinates) : null;
  const control = controlOf(site);
  const held = heldOf(siteHeld(data, site), names);
  const escapes = escapesOf(site);
  return {
    id,
    site,
    name: site.name,
    type: site.type,
    precision: site.location.precision,
    coordinates,
    town,
    border: near ? { point: [near.point[0], near.point[1]], kmAway: near.kmAway } : null,
    control,
    held,
    escapes,
    possiblySameAs: (site.identity?.possiblySameAs ?? []).map((ref) => ({ id: ref, name: names[ref] ?? ref })),
    sources: unique([
      ...site.sources,
      ...(site.location.sources ?? []),
      ...(site.identity?.sources ?? []),
      ...[control.before, ...control.steps].flatMap((s) => s?.sources ?? []),
      ...held.sources,
      ...(escapes?.sources ?? []),
    ]),
  };
}

/** Drawn sites grouped by the point they are drawn at, nearest the border first. */
function groupByPoint(drawn: readonly SiteView[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const v of drawn) {
    const key = `${v.precision}:${v.coordinates!.join(',')}`;
    const group = groups.get(key);
    if (group) group.members.push(v);
    else
      groups.set(key, {
        key,
        at: v.coordinates!,
        precision: v.precision,
        town: v.town,
        border: v.border!,
        members: [v],
      });
  }
  return [...groups.values()].sort((a, b) => a.border.kmAway - b.border.kmAway || a.key.localeCompare(b.key));
}

/** The governorates holding a drawn site, shaded on the map. */
function frameOf(data: SiteData, located: SiteView[]) {
  const units = admin1(data).features;
  const frameUnits = units.filter((u) =>
    located.some((v) => u.properties.adm0_a3 === v.site.country && geoContains(u, v.coordinates!)),
  );
  return { units, frameUnits };
}

export function prepare(data: SiteData): DetentionMapInput {
  const line = borderLine(data);
  const entries = Object.entries(data.sites.sites);
  const names = Object.fromEntries(entries.map(([id, s]) => [id, s.name]));
  const views = entries.map(([id, site]) => siteView(data, line, names, id, site));
  const located = views
    .filter((v) => v.border)
    .sort((a, b) => a.border!.kmAway - b.border!.kmAway || a.id.localeCompare(b.id));
  const unlocated = views.filter((v) => !v.border);
  const groups = groupByPoint(views.filter((v) => v.border));
  const { units, frameUnits } = frameOf(data, located);
  const near = (p: Feature<Point>) => {
    const [lon, lat] = p.geometry.coordinates;
    return located.some((v) => distanceKm(v.coordinates!, [lon!, lat!]) < PLACE_CLEARANCE_KM);
  };
  const dates = views.flatMap((v) => [
    ...(v.coordinates && v.site.location.asOf ? [v.site.location.asOf] : []),
    ...[v.control.before, ...v.control.steps].flatMap((s) => (s ? [s.date] : [])),
    ...v.held.dates,
    ...(v.escapes?.dates ?? []),
  ]);
  return {
    line,
    located,
    groups,
    unlocated,
    frameUnits,
    basemap: selectBasemap(data, { rivers: RIVERS }),
    units: units.filter((u) => (BORDER_COUNTRIES as readonly string[]).includes(u.properties.adm0_a3)),
    places: places(data).features.filter((p) => p.properties.name_en in CONTEXT_PLACES && !near(p)),
    sources: unique(views.flatMap((v) => v.sources)),
    asOf: latestDate(dates) ?? 'undated',
  };
}
