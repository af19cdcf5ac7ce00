/**
 * The base every map sits on: sea, country fills, the governorates a map singles out, admin-1
 * lines, lakes and rivers. Natural Earth has no sea polygons, so what no country covers is water.
 * Colours come from CSS classes (tokens.css, light and dark).
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import {
  admin1Mesh,
  countries,
  lakes,
  rivers,
  BORDER_COUNTRIES,
  type CountryProps,
  type NamedProps,
} from '../../../data/geography.ts';
import type { SiteData } from '../../../data/validate.ts';
import { layer, type G, type Svg } from '../../svg.ts';
import type { MapFrame } from './project.ts';

/** What a map's basemap draws, selected once in the chart's `prepare`. */
export interface BasemapParts {
  countries: Feature<Polygon | MultiPolygon, CountryProps>[];
  /** Internal admin-1 boundaries of the focus countries. */
  adminLines: MultiLineString[];
  rivers: Feature<LineString | MultiLineString, NamedProps>[];
  lakes: Feature<Polygon | MultiPolygon, NamedProps>[];
}

export interface BasemapSelection {
  /** Rivers drawn, by Natural Earth name: an editorial choice of the chart. */
  rivers: readonly string[];
  /** Countries drawn as the focus, with their admin-1 lines (default: the two the border divides). */
  focus?: readonly string[];
}

/** The basemap's parts from the validated data. */
export function selectBasemap(data: SiteData, selection: BasemapSelection): BasemapParts {
  const focus = selection.focus ?? BORDER_COUNTRIES;
  return {
    countries: countries(data).features,
    adminLines: focus.map((adm0) => admin1Mesh(data, adm0)),
    rivers: rivers(data).features.filter((r) => selection.rivers.includes(r.properties.name_en)),
    lakes: lakes(data).features,
  };
}

export interface BasemapOptions {
  /** Admin-1 areas filled apart: the governorates the map is about. */
  units?: readonly Feature[];
  /** Countries filled as the focus (default: the two the border divides). */
  focus?: readonly string[];
}

/** Draws the basemap into a new group of `parent`, filling the frame; returns the group. */
export function basemap(parent: Svg | G, frame: MapFrame, parts: BasemapParts, options: BasemapOptions = {}): G {
  const focus = new Set<string>(options.focus ?? BORDER_COUNTRIES);
  const { path } = frame;
  // Only what shows in the frame: a feature the projection clips away entirely draws nothing.
  const shown = <F extends Feature | MultiLineString>(features: readonly F[]) =>
    features.map((f) => ({ f, d: path(f) })).filter((p): p is { f: F; d: string } => p.d !== null);
  const base = layer(parent, 'basemap');
  base.append('rect').attr('class', 'sea').attr('width', frame.width).attr('height', frame.height);
  base
    .selectAll('path.country')
    .data(shown(parts.countries))
    .join('path')
    .attr('class', (p) => (focus.has(p.f.properties.adm0_a3) ? 'country land land--focus' : 'country land'))
    .attr('d', (p) => p.d);
  const plain = (features: readonly (Feature | MultiLineString)[], className: string) =>
    base
      .selectAll(`path.${className.split(' ')[0]}`)
      .data(shown(features))
      .join('path')
      .attr('class', className)
      .attr('d', (p) => p.d);
  plain(options.units ?? [], 'unit unit--border');
  plain(parts.adminLines, 'admin-line');
  plain(parts.lakes, 'lake water');
  plain(parts.rivers, 'river');
  return base;
}

/** Classes of a line drawn as the border is: the line, and its casing beneath. */
export interface BorderClasses {
  line?: string;
  casing?: string;
}

/** The border line over a casing (a halo that lifts it off any fill). */
export function drawBorder(g: G, frame: MapFrame, line: LineString, classes: BorderClasses = {}): void {
  g.append('path')
    .attr('class', classes.casing ?? 'border-casing')
    .attr('d', frame.path(line));
  g.append('path')
    .attr('class', classes.line ?? 'border-line')
    .attr('d', frame.path(line));
}
