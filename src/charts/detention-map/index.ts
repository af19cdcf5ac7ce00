/**
 * detention-map — where the prisons and camps of north-east Syria are, how far each is from the
 * Iraqi border, who ran them before and after the handovers of January 2026, and al-Hol's
 * closure. Each site is drawn at the precision its sources allow (its own point, or its town's
 * centre inside a dashed ring); sites placed only in an area, or not at all, are listed beside it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { t } from '../../i18n/index.ts';
import { areaAround, fitProjection } from '../../lib/geo/index.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize } from '../svg.ts';
import { inflate, lineBoxes, overlaps, pointBox } from '../kit/box.ts';
import { drawPlacements } from '../kit/label-svg.ts';
import { placeGreedy, type Placement } from '../kit/placer.ts';
import { round } from '../kit/round.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import { basemap, drawBorder } from '../kit/map/basemap.ts';
import { drawMapLegend } from '../kit/map/legend.ts';
import { basemapLabels, drawPlaceDots, MAP_LABEL, type BasemapLabels } from '../kit/map/place-label.ts';
import { frameBox, inside, lineOnScreen, mapFrame, project, type MapFrame, type Point } from '../kit/map/project.ts';
import { scaleBar } from '../kit/map/scale-bar.ts';
import { alHolAlt, controlAlt, describe, sitesAlt } from './describe.ts';
import { siteLabels } from './labels.ts';
import { placeSiteLabels } from './place-sites.ts';
import { legendLayout } from './legend.ts';
import { FOCUS_SITE, fillOf, groupMarker, hatchPattern, markerBox, type Fill } from './marks.ts';
import { BORDER_MARGIN_KM, CONTEXT_PLACES, FRAME_MARGIN_KM, prepare, type DetentionMapInput } from './prepare.ts';
import { table } from './table.ts';
import type { State } from './text.ts';

const words = () => t.charts['detention-map'];

/** Room between two groups' labels on a phone's crowded map, px: flush, they would read as one. */
const LABEL_GAP = 4;

function frameFor(input: DetentionMapInput, width: number): MapFrame {
  const narrow = isNarrow(width);
  const feature = (geometry: Geometry): Feature<Geometry> => ({ type: 'Feature', properties: {}, geometry });
  const focus: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: [
      // Each drawn point and where its shortest line meets the border: the map is about those.
      ...input.groups.flatMap((g) => [
        feature({ type: 'Point', coordinates: g.at }),
        feature({ type: 'Point', coordinates: g.border.point }),
      ]),
    ],
  };
  // Without a drawn site there is nothing to frame but the border itself.
  const area = focus.features.length
    ? areaAround(focus, FRAME_MARGIN_KM[narrow ? 'narrow' : 'wide'])
    : areaAround(input.line, BORDER_MARGIN_KM);
  const { projection, height } = fitProjection(area, { width, margin: [0, 0, 0, 0] });
  return mapFrame(projection, width, height);
}

/** The basemap's labels without the cities whose dots a placed label covers. */
function clearOf(base: BasemapLabels, placed: readonly Placement[]): BasemapLabels {
  const covered = (at: Point) => placed.some((p) => overlaps(p.box, pointBox(at, MAP_LABEL.dot + 1)));
  const dots = new Map([...base.dots].filter(([, at]) => !covered(at)));
  return {
    requests: base.requests.filter((r) => !base.dots.has(r) || dots.has(r)),
    dots,
    reserved: [...dots.values()].map((at) => pointBox(at, MAP_LABEL.dot)),
  };
}

/** The fill of a site's symbol in a state: position only, by who runs it, or muted behind the focus. */
const fillIn = (state: State, v: DetentionMapInput['located'][number]): Fill =>
  state === 'sites' ? 'neutral' : state === 'al-hol' && v.id !== FOCUS_SITE ? 'muted' : fillOf(v);

function render(input: DetentionMapInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const state: State = (options.step as State | undefined) ?? 'complete';
  const narrow = isNarrow(width);
  const type = typeScale(width);
  const frame = frameFor(input, width);
  const legend = legendLayout(input, state, type, width, idPrefix);
  const svg = chartSvg({
    idPrefix,
    width,
    height: frame.height + legend.height,
    title: words().title,
    description: describe(input),
    className: 'chart chart--detention-map',
  });
  hatchPattern(svg, idPrefix);
  const map = layer(svg, 'map');
  basemap(map, frame, input.basemap, { units: input.frameUnits });
  drawBorder(layer(map, 'border', words().layers.border), frame, input.line);

  const showConnectors = state === 'sites' || state === 'complete';
  const connectors = layer(map, 'connectors', showConnectors ? words().layers.connectors : undefined);
  const sites = layer(map, 'sites', words().layers.sites);
  const drawn = input.groups
    .map((group) => ({ group, at: project(frame.projection, group.at)! }))
    .filter(({ at }) => inside(at, width, frame.height));
  if (showConnectors)
    for (const { group } of drawn) {
      connectors
        .append('path')
        .attr('class', 'site-connector')
        .attr('d', frame.path({ type: 'LineString', coordinates: [group.at, group.border.point] }));
      const end = project(frame.projection, group.border.point);
      if (end)
        connectors
          .append('circle')
          .attr('class', 'site-connector-end')
          .attr('cx', round(end[0]))
          .attr('cy', round(end[1]))
          .attr('r', 2);
    }
  // Nearest the border first, so it is drawn on top where rings overlap.
  for (const { group, at } of [...drawn].reverse())
    groupMarker(sites, at, group, (v) => fillIn(state, v), type.marker, idPrefix);

  // Marks first, so no label covers them; then the sites' labels, then the basemap's.
  const scale = scaleBar(map, frame, { size: type.small });
  const base = basemapLabels(
    frame,
    {
      countries: input.basemap.countries,
      places: input.places.filter((p) => !narrow || CONTEXT_PLACES[p.properties.name_en]?.narrow),
      units: input.units,
      rivers: input.basemap.rivers,
    },
    type,
  );
  const markers = [scale, ...drawn.map(({ group, at }) => markerBox(at, group, type.marker))];
  // The border line: labels keep off it; a site's label crosses it rather than say less.
  const border = lineBoxes(lineOnScreen(frame.projection, input.line));
  const site = siteLabels(drawn, { state, narrow, type, bounds: frameBox(frame, MAP_LABEL.pad - 1) });
  // On phones the sites' labels come before the cities: a city whose dot one covers is left out.
  const sitePlacements = placeSiteLabels(narrow ? markers : [...markers, ...base.reserved], border, site, {
    gap: narrow ? LABEL_GAP : 0,
    reorder: narrow,
  });
  const cities = narrow ? clearOf(base, sitePlacements) : base;
  const placements = [
    ...sitePlacements,
    // A hair of room round the sites' labels: the browser's glyph boxes run a little past the measured ones.
    ...placeGreedy(
      [...markers, ...cities.reserved, ...border, ...sitePlacements.map((p) => inflate(p.box, 1.5))],
      cities.requests,
    ),
  ];
  drawPlaceDots(layer(map, 'places'), placements, base.dots);
  drawPlacements(layer(map, 'labels'), placements);

  const key = layer(svg, 'legend', t.charts.kit.map.legend);
  drawMapLegend(key, legend.layout, { y: frame.height, width, height: legend.height });
  return serialize(svg);
}

export default defineChart<DetentionMapInput>({
  ...chartMeta('detention-map', words()),
  prepare,
  describe,
  render,
  table,
  sources: (input) => input.sources,
  steps: [
    { id: 'sites', alt: sitesAlt },
    { id: 'control', alt: controlAlt },
    { id: 'al-hol', alt: alHolAlt },
  ],
});
