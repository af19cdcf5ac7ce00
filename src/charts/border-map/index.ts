/**
 * border-map — Iraq's border with Syria: where it runs, how long it is as drawn, the
 * governorates along it and the crossings, numbered north to south.
 */
import { t } from '../../i18n/index.ts';
import { geoPath } from 'd3-geo';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize, type G } from '../svg.ts';
import { formatKm, formatPartialDate } from '../../lib/format/index.ts';
import { areaAround, fitProjection, sliceLine } from '../../lib/geo/index.ts';
import { CONTEXT_PLACES, FRAME_MARGIN_KM, prepare, type BorderMapInput } from './prepare.ts';
import { TYPE, basemap, createPlacer, crossingMarker, fits, inside, label, labelBox, midpointOnScreen, project, round, scaleBar, type LabelOptions, type Side } from './marks.ts';
import { legend, legendLayout } from './legend.ts';

const STATE_LABEL = { open: 'Open', closed: 'Closed', limited: 'Limited opening' } as const;

/** Story states that pick out one stretch of the Iraqi side: which governorate runs they cover. */
const STRETCHES = {
  kurdistan: { name: 'Kurdistan Region (Duhok)', covers: (u: BorderMapInput['borderUnits'][number]) => u.properties.region === 'Kurdistan' },
  nineveh: { name: 'Nineveh', covers: (u: BorderMapInput['borderUnits'][number]) => u.properties.iso_3166_2 === 'IQ-NI' },
  anbar: { name: 'Anbar', covers: (u: BorderMapInput['borderUnits'][number]) => u.properties.iso_3166_2 === 'IQ-AN' },
} as const;
type Stretch = keyof typeof STRETCHES;

/** The km runs of the Iraqi border a stretch state covers, from the admin-1 outlines. */
function stretchRuns(input: BorderMapInput, stretch: Stretch) {
  const ids = new Set(input.borderUnits.filter(STRETCHES[stretch].covers).map((u) => u.properties.iso_3166_2));
  return input.runs.IRQ.filter((r) => ids.has(r.id));
}

function stretchAlt(input: BorderMapInput, stretch: Stretch): string {
  const runs = stretchRuns(input, stretch);
  const km = runs.reduce((sum, r) => sum + r.toKm - r.fromKm, 0);
  const from = Math.round(runs[0]!.fromKm), to = Math.round(runs.at(-1)!.toKm);
  return `The map highlights the stretch of the border in ${STRETCHES[stretch].name}: from km ${from} to km ${to} counted from the Turkish tripoint, ${formatKm(km)} of the ${formatKm(input.facts.lengthKm)} line as drawn.`;
}

function describe(input: BorderMapInput): string {
  const { facts } = input;
  const located = facts.crossings.filter((c) => c.coordinates);
  const missing = facts.crossings.filter((c) => !c.coordinates);
  return (
    `Map of the Iraq–Syria border, ${formatKm(facts.lengthKm)} long as drawn, from the tripoint with Turkey on the Tigris to the tripoint with Jordan, ` +
    `running through ${input.borderUnits.length} governorates. ` +
    (located.length === facts.crossings.length
      ? `All ${facts.crossings.length} of its crossings are marked.`
      : located.length === 0
        ? `None of its ${facts.crossings.length} crossings is marked, because no source we can cite gives their positions: ${t.list(missing.map((c) => c.crossing.name))}.`
        : `${located.length} of its ${facts.crossings.length} crossings are marked; ${t.list(missing.map((c) => c.crossing.name))} ${missing.length === 1 ? 'is' : 'are'} not, because no source we can cite gives ${missing.length === 1 ? 'its position' : 'their positions'}.`)
  );
}

function render(input: BorderMapInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const state = options.step ?? 'crossings';
  const stretch = state in STRETCHES ? (state as Stretch) : undefined;
  const showCrossings = state === 'crossings';
  const type = width < 520 ? TYPE.narrow : TYPE.wide;
  const located = input.facts.crossings.filter((c) => c.coordinates);
  const { projection, height: mapHeight } = fitProjectionFor(input, width);
  const legendOptions = { crossings: showCrossings, stretch: stretch && { name: STRETCHES[stretch].name, km: stretchRuns(input, stretch).reduce((sum, r) => sum + r.toKm - r.fromKm, 0) } };
  // Every state reserves the complete legend's height, so the graphic keeps its size from step to step.
  const height = mapHeight + legendLayout(input, type, width, { crossings: true }).height;
  const svg = chartSvg({ idPrefix, width, height, title: 'Iraq’s border with Syria', description: describe(input), className: 'chart chart--border-map' });
  const map = layer(svg, 'map');
  // Sea first: Natural Earth has no sea polygons, so what no country covers is water.
  map.append('rect').attr('class', 'sea').attr('width', width).attr('height', mapHeight);
  const path = geoPath(projection).digits(1);
  basemap(map, path, input);

  const border = layer(map, 'border', `Iraq–Syria border, ${formatKm(input.facts.lengthKm)} as drawn`);
  border.append('path').attr('class', 'border-casing').attr('d', path(input.facts.line));
  border.append('path').attr('class', stretch ? 'border-line border-line--muted' : 'border-line').attr('d', path(input.facts.line));
  const highlights = stretch ? stretchRuns(input, stretch).map((r) => sliceLine(input.facts.line, r.fromKm, r.toKm)) : [];
  for (const slice of highlights) {
    border.append('path').attr('class', 'border-highlight-casing').attr('d', path(slice));
    border.append('path').attr('class', 'border-highlight').attr('d', path(slice));
  }

  // Marks first, so no label covers them; then labels by priority, each dropped if it would
  // overlap one already placed: crossings, tripoints, countries, cities, governorates, rivers.
  const placer = createPlacer();
  const labels = layer(map, 'labels');
  const places = layer(map, 'places');
  const ends = layer(map, 'tripoints', 'Tripoints at the ends of the border');
  const crossings = layer(map, 'crossings', 'Crossings, numbered north to south');
  const offer = (g: G, at: [number, number], text: string, options: LabelOptions & { side: Side }) => {
    const ok = fits(at, text, options.size, options.side, width, mapHeight) && placer.place(labelBox(at, text, options.size, options.side, options.gap));
    if (ok) label(g, at, text, options);
    return ok;
  };

  // A stretch too short to see at this scale (Duhok's few km) gets a ring around it.
  for (const slice of highlights) {
    const [[x0, y0], [x1, y1]] = path.bounds(slice);
    if (Math.hypot(x1 - x0, y1 - y0) < 20) {
      const centre: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
      border.append('circle').attr('class', 'border-highlight-ring').attr('cx', round(centre[0])).attr('cy', round(centre[1])).attr('r', 11);
      placer.reserve({ x0: centre[0] - 11, y0: centre[1] - 11, x1: centre[0] + 11, y1: centre[1] + 11 });
    }
  }

  const markers = showCrossings ? located.map((c) => ({ c, at: project(projection, c.coordinates!)! })) : [];
  for (const { at } of markers) placer.reserve({ x0: at[0] - type.marker, y0: at[1] - type.marker, x1: at[0] + type.marker, y1: at[1] + type.marker });
  markers.forEach(({ c, at }, i) => {
    crossingMarker(crossings, at, i + 1, c, type);
    // Wide artboards name each crossing on the map too; narrow ones rely on the numbered key.
    if (width >= 520) offer(crossings, at, c.crossing.name, { className: 'label--crossing', size: type.small, side: 'right', gap: type.marker + 4 });
  });

  const endSides: Record<'turkey' | 'jordan', Side[]> = { turkey: ['above', 'left'], jordan: ['below', 'right'] };
  for (const key of ['turkey', 'jordan'] as const) {
    const at = project(projection, input.facts.ends[key])!;
    ends.append('rect').attr('class', 'tripoint').attr('x', round(at[0] - 3.5)).attr('y', round(at[1] - 3.5)).attr('width', 7).attr('height', 7);
    // Clear of the crossing marker that sits almost on each tripoint.
    endSides[key].some((side) => offer(ends, at, input.tripointNames[key], { className: 'label--tripoint', size: type.small, side, gap: type.marker + 5 }));
  }

  for (const country of input.countries) {
    const { label_x, label_y, name_en, adm0_a3 } = country.properties;
    const preferred = project(projection, [label_x, label_y]);
    const at = preferred && inside(preferred, width, mapHeight, 30) ? preferred : path.centroid(country);
    if (Number.isFinite(at[0]))
      offer(labels, at, name_en.toUpperCase(), { className: `label--country${['IRQ', 'SYR'].includes(adm0_a3) ? ' label--focus' : ''}`, size: type.country, side: 'above', gap: 0 });
  }
  for (const place of input.places) {
    if (width < 520 && !CONTEXT_PLACES[place.properties.name_en]?.narrow) continue;
    const [lon, lat] = place.geometry.coordinates as [number, number];
    const at = project(projection, [lon, lat]);
    if (!at || !inside(at, width, mapHeight, 4)) continue;
    // A city is drawn only with its name: a dot without one would be an unexplained mark.
    if (offer(places, at, place.properties.name_en, { className: 'label--place', size: type.small, side: 'left', gap: 5 }))
      places.append('circle').attr('class', 'place').attr('cx', round(at[0])).attr('cy', round(at[1])).attr('r', 2.5);
  }
  for (const unit of input.borderUnits) {
    const at = project(projection, [unit.properties.label_x, unit.properties.label_y]);
    if (at) offer(labels, at, unit.properties.name_en, { className: 'label--admin', size: type.small, side: 'below', gap: 0 });
  }
  for (const name of new Set(input.rivers.map((r) => r.properties.name_en))) {
    const at = midpointOnScreen(input.rivers.filter((r) => r.properties.name_en === name), projection, width, mapHeight);
    if (at) offer(labels, at, name, { className: 'label--water', size: type.small, side: 'right', gap: 4 });
  }

  scaleBar(layer(map, 'scale'), projection, [width - 14, mapHeight - 12], width, type);
  legend(layer(svg, 'legend', 'Legend'), input, { y: mapHeight, width, type, ...legendOptions });
  return serialize(svg);
}

/** Frames the border and a margin around it: the story's area, not all of both countries. */
function fitProjectionFor(input: BorderMapInput, width: number) {
  return fitProjection(areaAround(input.facts.line, FRAME_MARGIN_KM), { width, margin: [0, 0, 0, 0] });
}

function table(input: BorderMapInput): DataTable {
  const located = input.facts.crossings.filter((c) => c.coordinates);
  return {
    sortable: true,
    caption: `Crossings on the Iraq–Syria border, north to south, with their distance along the border from the Turkish tripoint (computed from the ${formatKm(input.facts.lengthKm)} line as drawn)`,
    columns: [
      { key: 'name', label: 'Crossing', rowHeader: true },
      { key: 'key', label: 'On map' },
      { key: 'km', label: 'km from Turkish tripoint', numeric: true },
      { key: 'status', label: 'Status' },
    ],
    rows: input.facts.crossings.map((c) => {
      const key = located.indexOf(c);
      return {
        id: c.id,
        cells: {
          key: { text: key >= 0 ? `No. ${key + 1}` : 'not shown' },
          name: { text: c.crossing.name, note: `${c.crossing.iraqSide} – ${c.crossing.syriaSide}` },
          km: c.kmAlong === null ? { text: 'not known', note: c.crossing.location.note } : { text: formatKm(c.kmAlong), sort: Math.round(c.kmAlong * 10) / 10 },
          status: { text: `${STATE_LABEL[c.current.state]} (${formatPartialDate(c.current.date)})`, note: c.current.summary, sort: c.current.state },
        },
        sources: [...(c.crossing.location.source ? [c.crossing.location.source] : []), ...c.current.sources].filter((id, i, all) => all.indexOf(id) === i),
      };
    }),
  };
}

export default defineChart<BorderMapInput>({
  id: 'border-map',
  title: 'Iraq’s border with Syria',
  widths: [360, 720],
  credit: 'Map: Natural Earth 1:10m (public domain)',
  prepare,
  describe,
  render,
  table,
  sources: (input) => input.sources,
  asOf: (input) => input.asOf,
  steps: [
    { id: 'whole', alt: (input) => `The border, ${formatKm(input.facts.lengthKm)} long as drawn, runs from the tripoint with Turkey on the Tigris, first south and then south-west, to the tripoint with Jordan.` },
    { id: 'kurdistan', alt: (input) => stretchAlt(input, 'kurdistan') },
    { id: 'nineveh', alt: (input) => stretchAlt(input, 'nineveh') },
    { id: 'anbar', alt: (input) => stretchAlt(input, 'anbar') },
    { id: 'crossings', alt: describe },
  ],
});

