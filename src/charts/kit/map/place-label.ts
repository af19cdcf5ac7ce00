/**
 * Labels of places on a map (countries, cities, governorates, rivers, and any point a chart
 * marks), as requests to the one label placer (kit/placer.ts). Each kind of label has a class
 * in src/styles/marks.css and is measured in the style that class draws it in. Charts reserve
 * their marks, add their own requests first, then these basemap labels; whatever fits nowhere
 * is dropped rather than drawn over something else.
 */
import type { Feature, LineString, MultiLineString, MultiPolygon, Point as GeoPoint, Polygon } from 'geojson';
import { t } from '../../../i18n/index.ts';
import {
  BORDER_COUNTRIES,
  type Admin1Props,
  type CountryProps,
  type NamedProps,
  type PlaceProps,
} from '../../../data/geography.ts';
import type { G } from '../../svg.ts';
import { pointBox, type Box } from '../box.ts';
import type { Line, LabelRequest, Placement, Side } from '../placer.ts';
import { round } from '../round.ts';
import type { TypeScale } from '../type-scale.ts';
import { frameBox, inside, midpointOnScreen, project, type MapFrame, type Point } from './project.ts';

/** What a map label names. */
export type PlaceKind = 'country' | 'admin' | 'water' | 'place' | 'crossing' | 'tripoint';

/** Each kind's class, and the style that class draws it in (marks.css), to measure it by. */
interface KindStyle {
  className: string;
  style: Pick<Line, 'weight' | 'letterSpacing' | 'italic'>;
}

export const PLACE_KINDS: Record<PlaceKind, KindStyle> = {
  country: { className: 'label--country', style: { weight: 600, letterSpacing: 0.12 } },
  admin: { className: 'label--admin', style: { italic: true } },
  water: { className: 'label--water', style: { italic: true } },
  place: { className: 'label--place', style: {} },
  crossing: { className: 'label--crossing', style: { weight: 600 } },
  tripoint: { className: 'label--tripoint', style: { weight: 600 } },
};

/** The radius of a city's dot, and how far labels keep inside the frame, px. */
export const MAP_LABEL = { dot: 2.5, pad: 4 } as const;

export interface MapLabelOptions {
  kind: PlaceKind;
  size: number;
  /** Where the label must stay: the frame, inset by MAP_LABEL.pad (`frameBox`). */
  bounds: Box;
  /** Sides of the point to try, in order (default: right, left, above, below). */
  sides?: readonly Side[];
  /** Distances from the mark to try, px (default: 4 only). */
  gaps?: readonly number[];
  /** Half the size of the mark the label names, px (0: a bare point). */
  radius?: number;
  /** Beyond the first distance: a leader line (true), or only nudged (false, the default). */
  leader?: boolean;
  /** Emphasised: the countries the map is about. */
  focus?: boolean;
  /** Drawn even where every candidate overlaps something. */
  required?: boolean;
}

/** A one-line label of a place or a marked point. */
export function mapLabel(at: Point, text: string, options: MapLabelOptions): LabelRequest {
  const { className, style } = PLACE_KINDS[options.kind];
  return {
    anchor: pointBox(at, options.radius ?? 0),
    versions: [[{ text, size: options.size, ...style }]],
    sides: options.sides ?? ['right', 'left', 'above', 'below'],
    gaps: options.gaps ?? [4],
    bounds: options.bounds,
    className: options.focus ? `${className} label--focus` : className,
    leader: options.leader ?? false,
    ...(options.required ? { required: true } : {}),
  };
}

/** Where the basemap's labels come from; `places` already chosen for the artboard. */
export interface BasemapLabelSources {
  countries: readonly Feature<Polygon | MultiPolygon, CountryProps>[];
  places: readonly Feature<GeoPoint, PlaceProps>[];
  units: readonly Feature<Polygon | MultiPolygon, Admin1Props>[];
  rivers: readonly Feature<LineString | MultiLineString, NamedProps>[];
}

export interface BasemapLabels {
  /** In priority order: countries, cities, governorates, rivers. */
  requests: LabelRequest[];
  /** The dot of each city's request: drawn only when its name is. */
  dots: Map<LabelRequest, Point>;
  /** Every candidate city's dot, to reserve before placing, so no label covers one. */
  reserved: Box[];
}

/** The basemap's labels: country names in capitals, cities with their dots, governorates, rivers. */
export function basemapLabels(frame: MapFrame, sources: BasemapLabelSources, type: TypeScale): BasemapLabels {
  const bounds = frameBox(frame, MAP_LABEL.pad);
  const focus = new Set<string>(BORDER_COUNTRIES);
  const requests: LabelRequest[] = [];
  for (const country of sources.countries) {
    const { label_x, label_y, name_en, adm0_a3 } = country.properties;
    const preferred = project(frame.projection, [label_x, label_y]);
    const at = preferred && inside(preferred, frame.width, frame.height, 30) ? preferred : frame.path.centroid(country);
    if (!Number.isFinite(at[0])) continue;
    // At its label point, else nudged up or down, clear of the marks' labels; never out of the
    // country's own (visible) extent, where it would name a neighbour.
    const [[x0, y0], [x1, y1]] = frame.path.bounds(country);
    const own = {
      x0: Math.max(bounds.x0, x0),
      y0: Math.max(bounds.y0, y0),
      x1: Math.min(bounds.x1, x1),
      y1: Math.min(bounds.y1, y1),
    };
    requests.push(
      mapLabel(at, name_en.toLocaleUpperCase(t.lang), {
        kind: 'country',
        size: type.country,
        bounds: own,
        sides: ['above', 'below'],
        gaps: [0, 30, 60],
        focus: focus.has(adm0_a3),
      }),
    );
  }
  const dots = new Map<LabelRequest, Point>();
  for (const place of sources.places) {
    const at = project(frame.projection, place.geometry.coordinates);
    if (!at || !inside(at, frame.width, frame.height, MAP_LABEL.pad)) continue;
    const request = mapLabel(at, place.properties.name_en, {
      kind: 'place',
      size: type.small,
      bounds,
      sides: ['left', 'right', 'above', 'below'],
      gaps: [3],
      radius: MAP_LABEL.dot,
    });
    dots.set(request, at);
    requests.push(request);
  }
  for (const unit of sources.units) {
    const at = project(frame.projection, [unit.properties.label_x, unit.properties.label_y]);
    if (!at) continue;
    const options = { kind: 'admin', size: type.small, bounds, sides: ['below', 'above'], gaps: [0, 12] } as const;
    requests.push(mapLabel(at, unit.properties.name_en, options));
  }
  for (const name of new Set(sources.rivers.map((r) => r.properties.name_en))) {
    const at = midpointOnScreen(
      sources.rivers.filter((r) => r.properties.name_en === name),
      frame,
    );
    if (at) requests.push(mapLabel(at, name, { kind: 'water', size: type.small, bounds, sides: ['right', 'left'] }));
  }
  return { requests, dots, reserved: [...dots.values()].map((at) => pointBox(at, MAP_LABEL.dot)) };
}

/** The dots of the cities whose names were placed: a dot without its name would be an unexplained mark. */
export function drawPlaceDots(g: G, placements: readonly Placement[], dots: ReadonlyMap<LabelRequest, Point>): void {
  for (const p of placements) {
    const at = dots.get(p.request);
    if (at)
      g.append('circle')
        .attr('class', 'place')
        .attr('cx', round(at[0]))
        .attr('cy', round(at[1]))
        .attr('r', MAP_LABEL.dot);
  }
}
