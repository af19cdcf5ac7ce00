/**
 * border-map — Iraq's border with Syria: where it runs, how long it is as drawn, the
 * governorates along it and the crossings, numbered north to south.
 */
import { kmMiddle } from '../../data/border-facts.ts';
import { t } from '../../i18n/index.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize } from '../svg.ts';
import { formatKm } from '../../lib/format/index.ts';
import { areaAround, fitProjection, pointAlong, sliceLine } from '../../lib/geo/index.ts';
import { lineBoxes, pointBox, type Box } from '../kit/box.ts';
import { drawPlacements } from '../kit/label-svg.ts';
import { placeGreedy, type LabelRequest, type Side } from '../kit/placer.ts';
import { placeAvoiding } from '../kit/place-avoiding.ts';
import { round } from '../kit/round.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';
import { basemap, drawBorder } from '../kit/map/basemap.ts';
import { drawMapLegend } from '../kit/map/legend.ts';
import { basemapLabels, drawPlaceDots, mapLabel, MAP_LABEL } from '../kit/map/place-label.ts';
import { frameBox, lineOnScreen, mapFrame, project, type MapFrame } from '../kit/map/project.ts';
import { scaleBar } from '../kit/map/scale-bar.ts';
import { ringRadius } from '../kit/map/approximate.ts';
import { CONTEXT_PLACES, FRAME_MARGIN_KM, prepare, type BorderMapInput } from './prepare.ts';
import { crossingBand, crossingMarker, markerReach } from './marks.ts';
import { legendLayout, markerStyle } from './legend.ts';
import { describe } from './describe.ts';
import { table } from './table.ts';
import { drawnCrossings } from './where.ts';
import { isStretch, stretchAlt, stretchKm, stretchName, stretchRuns } from './stretch.ts';

const words = () => t.charts['border-map'];

/** A highlighted stretch shorter than this on screen, px, gets a ring around it. */
const RING_BELOW = 20;
const RING_RADIUS = 11;
/** Half the width of a crossing's band (marks.css `.crossing-band`), px. */
const BAND_HALF = 6;
/** Half the side of a tripoint's square, px. */
const TRIPOINT = 3.5;

/** Frames the border and a margin around it: the story's area, not all of both countries. */
export function frameFor(input: BorderMapInput, width: number): MapFrame {
  const narrow = isNarrow(width);
  const area = areaAround(input.facts.line, FRAME_MARGIN_KM[narrow ? 'narrow' : 'wide']);
  // On a phone's tighter frame, a little more above: the northernmost crossing's ring stays whole.
  const top = narrow ? 3 : 0;
  const { projection, height } = fitProjection(area, { width, margin: [top, 0, 0, 0] });
  return mapFrame(projection, width, height);
}

function render(input: BorderMapInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const state = options.step ?? 'crossings';
  const stretch = isStretch(state) ? state : undefined;
  const showCrossings = state === 'crossings';
  const type = typeScale(width);
  const frame = frameFor(input, width);
  const legendOptions = {
    crossings: showCrossings,
    stretch: stretch && { name: stretchName(input, stretch), km: stretchKm(input, stretch) },
  };
  // Every state reserves the complete legend's height, so the graphic keeps its size from step to step.
  const legendHeight = legendLayout(input, type, width, { crossings: true }).height;
  const svg = chartSvg({
    idPrefix,
    width,
    height: frame.height + legendHeight,
    title: words().title,
    description: describe(input),
    className: 'chart chart--border-map',
  });
  const map = layer(svg, 'map');
  basemap(map, frame, input.basemap, { units: input.borderUnits });

  const border = layer(map, 'border', words().layers.border(formatKm(input.facts.lengthKm)));
  // Region-level crossings first, as bands under the line: somewhere on these stretches.
  const drawn = showCrossings ? drawnCrossings(input) : [];
  const bands = drawn.flatMap((c) =>
    c.stretch ? [{ c, slice: sliceLine(input.facts.line, c.stretch.fromKm, c.stretch.toKm) }] : [],
  );
  for (const { c, slice } of bands) crossingBand(border, frame, slice, c);
  drawBorder(border, frame, input.facts.line, { line: stretch ? 'border-line border-line--muted' : 'border-line' });
  const runs = stretch ? stretchRuns(input, stretch) : [];
  const highlights = runs.map((r) => sliceLine(input.facts.line, r.fromKm, r.toKm));
  const highlight = { line: 'border-highlight', casing: 'border-highlight-casing' };
  for (const slice of highlights) drawBorder(border, frame, slice, highlight);

  // Marks first, so no label covers them: rings, crossings, tripoints, the scale bar.
  const reserved: Box[] = [];
  // A stretch too short to see at this scale (Duhok's few km) gets a ring around it.
  for (const slice of highlights) {
    const [[x0, y0], [x1, y1]] = frame.path.bounds(slice);
    if (Math.hypot(x1 - x0, y1 - y0) >= RING_BELOW) continue;
    const centre: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
    border
      .append('circle')
      .attr('class', 'border-highlight-ring')
      .attr('cx', round(centre[0]))
      .attr('cy', round(centre[1]))
      .attr('r', RING_RADIUS);
    reserved.push(pointBox(centre, RING_RADIUS));
  }
  const bounds = frameBox(frame, MAP_LABEL.pad);
  const tripointLabels: LabelRequest[] = [];
  const crossingLabels: LabelRequest[] = [];
  // Tripoints under the crossings: a crossing's marker sits almost on each.
  const ends = layer(map, 'tripoints', words().layers.tripoints);
  const endSides: Record<'turkey' | 'jordan', Side[]> = {
    turkey: ['above', 'left', 'above-left'],
    jordan: ['below', 'right', 'below-right'],
  };
  for (const key of ['turkey', 'jordan'] as const) {
    const at = project(frame.projection, input.facts.ends[key])!;
    ends
      .append('rect')
      .attr('class', 'tripoint')
      .attr('x', round(at[0] - TRIPOINT))
      .attr('y', round(at[1] - TRIPOINT))
      .attr('width', TRIPOINT * 2)
      .attr('height', TRIPOINT * 2);
    reserved.push(pointBox(at, TRIPOINT));
    // Clear of the crossing marker that sits almost on each tripoint.
    tripointLabels.push(
      mapLabel(at, input.tripointNames[key], {
        kind: 'tripoint',
        size: type.small,
        bounds,
        radius: TRIPOINT,
        sides: endSides[key],
        gaps: [4, type.marker + 2, ringRadius(type.marker) + 2],
      }),
    );
  }
  // A band keeps labels off it as the line does, only wider.
  for (const { slice } of bands) reserved.push(...lineBoxes(lineOnScreen(frame.projection, slice), BAND_HALF));
  const crossings = layer(map, 'crossings', words().layers.crossings);
  drawn.forEach((c, i) => {
    // A point where the data give one; a stretch's marker at its middle.
    const lonLat = c.coordinates ?? pointAlong(input.facts.line, kmMiddle(c)!);
    const at = project(frame.projection, lonLat)!;
    const style = markerStyle(c);
    const reach = markerReach(style, type.marker);
    crossingMarker(crossings, at, i + 1, c, type, { style });
    reserved.push(pointBox(at, reach));
    // Wide artboards name each crossing on the map too; narrow ones rely on the numbered key.
    const label = { kind: 'crossing', size: type.small, bounds, radius: reach } as const;
    if (!isNarrow(width)) crossingLabels.push(mapLabel(at, c.crossing.name, label));
  });
  reserved.push(scaleBar(map, frame, { size: type.small }));

  // Then labels by priority, each dropped if it would overlap one already placed: crossings,
  // tripoints (beside their marks, on the line), then countries, cities, governorates, rivers, off it.
  const base = basemapLabels(
    frame,
    {
      countries: input.basemap.countries,
      places: input.places.filter((p) => !isNarrow(width) || CONTEXT_PLACES[p.properties.name_en]?.narrow),
      units: input.borderUnits,
      rivers: input.basemap.rivers,
    },
    type,
  );
  const line = lineBoxes(lineOnScreen(frame.projection, input.facts.line));
  const marks = placeAvoiding([...reserved, ...base.reserved], line, [...crossingLabels, ...tripointLabels]);
  const taken = [...reserved, ...base.reserved, ...line, ...marks.map((p) => p.box)];
  const placements = [...marks, ...placeGreedy(taken, base.requests)];
  drawPlaceDots(layer(map, 'places'), placements, base.dots);
  drawPlacements(layer(map, 'labels'), placements);

  const legend = legendLayout(input, type, width, legendOptions);
  const key = layer(svg, 'legend', t.charts.kit.map.legend);
  drawMapLegend(key, legend, { y: frame.height, width, height: legendHeight });
  return serialize(svg);
}

export default defineChart<BorderMapInput>({
  ...chartMeta('border-map', words()),
  prepare,
  describe,
  render,
  table,
  sources: (input) => input.sources,
  steps: [
    { id: 'whole', alt: (input) => words().alt.whole(formatKm(input.facts.lengthKm)) },
    { id: 'kurdistan', alt: (input) => stretchAlt(input, 'kurdistan') },
    { id: 'nineveh', alt: (input) => stretchAlt(input, 'nineveh') },
    { id: 'anbar', alt: (input) => stretchAlt(input, 'anbar') },
    { id: 'crossings', alt: describe },
  ],
});
