/** GeoJSON views of the validated TopoJSON, named for what the charts draw. */
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { SiteData } from './site-data.ts';

/** The two countries the border divides (ISO 3166 alpha-3): the focus of every map. */
export const BORDER_COUNTRIES = ['IRQ', 'SYR'] as const;

export interface CountryProps {
  adm0_a3: string;
  name_en: string;
  label_x: number;
  label_y: number;
  clipped?: boolean;
}
export interface Admin1Props {
  adm0_a3: string;
  iso_3166_2: string;
  name_en: string;
  region: string | null;
  label_x: number;
  label_y: number;
}
export interface NamedProps {
  name_en: string;
}
export interface PlaceProps {
  name_en: string;
  adm0_a3: string;
  scalerank: number;
  adm0cap: number;
  wikidataid: string;
}

type Geometry = Polygon | MultiPolygon | LineString | MultiLineString | Point;

function layer<G extends Geometry, P>(topology: Topology, name: string) {
  return feature(topology, topology.objects[name] as GeometryCollection) as unknown as FeatureCollection<G, P>;
}

/** The Iraq–Syria boundary as one line from the Turkish tripoint to the Jordanian one. */
export function borderLine(data: Pick<SiteData, 'borderGeometry'>): LineString {
  const line = layer<LineString, unknown>(data.borderGeometry, 'border').features[0];
  if (line?.geometry.type !== 'LineString')
    throw new Error('data/geo/border.topojson: expected one LineString in object "border"');
  return line.geometry;
}

export const countries = (data: SiteData) => layer<Polygon | MultiPolygon, CountryProps>(data.basemap, 'countries');
export const admin1 = (data: SiteData) => layer<Polygon | MultiPolygon, Admin1Props>(data.basemap, 'admin1');
export const rivers = (data: SiteData) => layer<LineString | MultiLineString, NamedProps>(data.basemap, 'rivers');
export const lakes = (data: SiteData) => layer<Polygon | MultiPolygon, NamedProps>(data.basemap, 'lakes');
export const places = (data: SiteData) => layer<Point, PlaceProps>(data.basemap, 'places');

/** The admin-1 areas of one country as `segmentsAlong` takes them: id (ISO 3166-2) and geometry. */
export function countryAreas(units: readonly Feature<Polygon | MultiPolygon, Admin1Props>[], adm0: string) {
  return units
    .filter((u) => u.properties.adm0_a3 === adm0)
    .map((u) => ({ id: u.properties.iso_3166_2, geometry: u.geometry }));
}

/** Internal admin-1 boundaries of one country, drawn once (no doubled shared edges). */
export function admin1Mesh(data: SiteData, adm0: string): MultiLineString {
  const object = data.basemap.objects.admin1 as GeometryCollection<Admin1Props>;
  const country = (g: { properties?: unknown }) => (g.properties as Admin1Props | undefined)?.adm0_a3;
  return mesh(data.basemap, object, (a, b) => a !== b && country(a) === adm0 && country(b) === adm0);
}

export type { Feature };
