/**
 * The side-by-side bench's client-side page (src/cli/bench-side-by-side.ts): our border map as a
 * chart tool's embed draws it, in the browser: fetch the same TopoJSON as our build reads, then
 * Observable Plot and d3-geo project and draw it. A likeness of border-map (land, governorates,
 * rivers and lakes, the Iraq–Syria line and its tripoints, countries and a few cities named), not
 * a copy. It is bundled at bench time only and never shipped.
 */
import * as Plot from '@observablehq/plot';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

/** The light tokens of src/styles/tokens.css, as a page without our stylesheet would hard-code them. */
const COLOUR = {
  sea: '#dbe7ef',
  land: '#ecebe6',
  focus: '#f8f7f3',
  admin: '#b5b2a8',
  country: '#8c887c',
  water: '#7fa6c2',
  border: '#b3261e',
  label: '#1a1a1a',
  muted: '#4d4d4d',
  halo: '#ffffff',
};
const CITIES = new Set(['Mosul', 'Deir ez-Zor', 'Al-Hasakah', 'Raqqa']);
/** Where the country names sit in this frame, as a chart maker would place them by hand. */
const COUNTRY_LABELS = [
  { name: 'TURKEY', at: [40.6, 37.15] },
  { name: 'SYRIA', at: [39.9, 35.1] },
  { name: 'IRAQ', at: [42.6, 34.6] },
];
const FOCUS = new Set(['IRQ', 'SYR']);

async function topology(name: string): Promise<Topology> {
  const response = await fetch(new URL(`./${name}.topojson`, import.meta.url));
  return (await response.json()) as Topology;
}

const collection = (topo: Topology, name: string) =>
  feature(topo, topo.objects[name]!) as unknown as FeatureCollection<never, Record<string, string | number>>;

async function draw(container: HTMLElement): Promise<void> {
  const [base, border] = await Promise.all([topology('basemap'), topology('border')]);
  const line = collection(border, 'border').features[0] as unknown as Feature<LineString>;
  const coordinates = line.geometry.coordinates;
  const lons = coordinates.map((c) => c[0]!);
  const lats = coordinates.map((c) => c[1]!);
  // The line with about 150 km either side and 20 km above and below, as our phone frame.
  const [west, east, south, north] = [
    Math.min(...lons) - 1.5,
    Math.max(...lons) + 1.5,
    Math.min(...lats) - 0.2,
    Math.max(...lats) + 0.2,
  ];
  const frame = {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west, north],
        [east, north],
        [east, south],
        [west, south],
      ],
    ],
  } as const;
  const countries = collection(base, 'countries');
  const places = collection(base, 'places').features.filter((p) => CITIES.has(String(p.properties.name_en)));
  const halo = { stroke: COLOUR.halo, strokeWidth: 3 };
  const svg = Plot.plot({
    width: container.clientWidth,
    projection: {
      type: 'conic-conformal',
      rotate: [-(west + east) / 2, 0],
      parallels: [south + (north - south) / 6, north - (north - south) / 6],
      domain: frame,
    },
    clip: 'frame',
    style: { fontFamily: "'Frontier Sans', system-ui, sans-serif", fontSize: '12px', background: COLOUR.sea },
    marks: [
      Plot.geo(countries, { fill: (c) => (FOCUS.has(c.properties.adm0_a3) ? COLOUR.focus : COLOUR.land) }),
      Plot.geo(
        mesh(base, base.objects.admin1 as never, (a, b) => a !== b),
        { stroke: COLOUR.admin, strokeWidth: 0.75 },
      ),
      Plot.geo(
        mesh(base, base.objects.countries as never, (a, b) => a !== b),
        { stroke: COLOUR.country },
      ),
      Plot.geo(collection(base, 'lakes'), { fill: COLOUR.water }),
      Plot.geo(collection(base, 'rivers'), { stroke: COLOUR.water, strokeWidth: 1.25 }),
      Plot.geo(line, { stroke: COLOUR.halo, strokeWidth: 5 }),
      Plot.geo(line, { stroke: COLOUR.border, strokeWidth: 2.5 }),
      Plot.dot([coordinates[0]!, coordinates.at(-1)!], { symbol: 'square', r: 3.5, fill: COLOUR.border }),
      Plot.dot(places as Feature<Point>[], {
        x: (p) => p.geometry.coordinates[0],
        y: (p) => p.geometry.coordinates[1],
        r: 2.5,
        fill: COLOUR.label,
      }),
      Plot.text(places, {
        x: (p) => p.geometry.coordinates[0],
        y: (p) => p.geometry.coordinates[1],
        text: (p) => p.properties.name_en,
        textAnchor: 'start',
        dx: 6,
        fill: COLOUR.label,
        ...halo,
      }),
      Plot.text(COUNTRY_LABELS, {
        x: (c) => c.at[0],
        y: (c) => c.at[1],
        text: 'name',
        fontWeight: 600,
        fill: COLOUR.muted,
        ...halo,
      }),
    ],
  });
  svg.classList.add('chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', "Iraq's border with Syria");
  container.append(svg);
}

await draw(document.getElementById('chart')!);
