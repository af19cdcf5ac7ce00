/** Selects and derives everything the layered-defence chart shows from the validated data. */
import type { LineString, MultiLineString } from 'geojson';
import { borderFacts, type PlacedCrossing } from '../../data/border-facts.ts';
import { admin1, countries, countryAreas, rivers } from '../../data/geography.ts';
import type { Component, Dimension } from '../../data/schema/fortifications.ts';
import type { DefenceLine, Sector, SectorLength } from '../../data/schema/sectors.ts';
import type { SiteData } from '../../data/validate.ts';
import { latestDate } from '../../lib/format/index.ts';
import { lineIntersections, nearestOnLine, segmentsAlong, type LonLat } from '../../lib/geo/index.ts';

/** The river whose crossing of the border the strip marks. */
export const RIVER = 'Euphrates';

export interface Segment {
  /** ISO 3166-2 code of the governorate. */
  id: string;
  name: string;
  /** The region the data put it in (Natural Earth's `region`, e.g. "Kurdistan"), if any. */
  region: string | null;
  fromKm: number;
  toKm: number;
}

export interface RiverCrossing {
  point: LonLat;
  kmAlong: number;
}

export interface LineOfDefence extends DefenceLine {
  id: string;
}

export interface PeshmergaSector extends Sector {
  id: string;
  /** The km runs of the border in the sector's governorates, computed from the admin-1 outlines. */
  runs: { fromKm: number; toKm: number }[];
  /** Kilometres of the drawn border in the sector. */
  km: number;
  /** Officials' figures for stretches that include this sector: reported, not measured. */
  reported: (SectorLength & { id: string })[];
}

export interface BarrierComponent extends Component {
  id: string;
}

export interface LayeredDefenseInput {
  lengthKm: number;
  /** The two countries' names, from the basemap. */
  countries: { SYR: string; IRQ: string };
  tripoints: { turkey: string; jordan: string };
  /** Governorates along the border, north to south, each side. */
  segments: { IRQ: Segment[]; SYR: Segment[] };
  /** Every crossing; those no source locates have kmAlong null and are listed, not placed. */
  crossings: PlacedCrossing[];
  /** Where the river crosses the drawn border line, from the geometry; empty if it does not. */
  river: { name: string; crossings: RiverCrossing[] };
  /** The lines of defence, first line (nearest the border) first. */
  lines: LineOfDefence[];
  /** The stretch the Peshmerga hold, if the data name one. */
  peshmerga: PeshmergaSector | null;
  /** Barrier layers then surveillance items, in their `order`. */
  components: BarrierComponent[];
  sources: { strip: string[]; lines: string[]; barrier: string[] };
  asOf: string;
}

/** Where some river lines cross the border line, in km from the border's first vertex. */
export function riverCrossings(border: LineString, lines: readonly (LineString | MultiLineString)[]): RiverCrossing[] {
  return lines
    .flatMap((line) => lineIntersections(border, line))
    .map((point) => ({ point, kmAlong: nearestOnLine(border, point).kmAlong }))
    .sort((a, b) => a.kmAlong - b.kmAlong);
}

const unique = (ids: Iterable<string>) => [...new Set(ids)];

export function dimensionsOf(component: Component, what: Dimension['what']): Dimension[] {
  return (component.dimensions ?? []).filter((d) => d.what === what);
}

export function prepare(data: SiteData): LayeredDefenseInput {
  const facts = borderFacts(data);
  const units = admin1(data).features;
  const unitOf = (id: string) => units.find((u) => u.properties.iso_3166_2 === id)!;
  const segmentsFor = (adm0: string): Segment[] =>
    segmentsAlong(facts.line, countryAreas(units, adm0), 2).map((run) => {
      const { name_en, region } = unitOf(run.id).properties;
      return { id: run.id, name: name_en, region, fromKm: run.fromKm, toKm: run.toKm };
    });
  const segments = { IRQ: segmentsFor('IRQ'), SYR: segmentsFor('SYR') };

  const riverLines = rivers(data)
    .features.filter((r) => r.properties.name_en === RIVER)
    .map((r) => r.geometry);
  const river = { name: RIVER, crossings: riverCrossings(facts.line, riverLines) };
  const nameOf = (adm0: string) =>
    countries(data).features.find((c) => c.properties.adm0_a3 === adm0)?.properties.name_en ?? adm0;

  const lines = Object.entries(data.sectors.lines)
    .map(([id, line]) => ({ id, ...line }))
    .sort((a, b) => a.order - b.order);

  const held = Object.entries(data.sectors.sectors).find(([, s]) => s.heldBy === 'Peshmerga');
  let peshmerga: PeshmergaSector | null = null;
  if (held) {
    const [id, sector] = held;
    const runs = segments.IRQ.filter((s) => (sector.iraqGovernorates as string[]).includes(s.id)).map(
      ({ fromKm, toKm }) => ({ fromKm, toKm }),
    );
    const reported = Object.entries(data.sectors.reportedLengths)
      .filter(([, l]) => l.sectors.includes(id))
      .map(([lengthId, l]) => ({ id: lengthId, ...l }));
    peshmerga = { id, ...sector, runs, km: runs.reduce((sum, r) => sum + r.toKm - r.fromKm, 0), reported };
  }

  const components = Object.entries(data.fortifications.components)
    .map(([id, c]) => ({ id, ...c }))
    .sort((a, b) => a.order - b.order);

  const { tripoints } = data.border;
  const strip = unique([
    ...[tripoints.turkey.source, tripoints.jordan.source].filter((id): id is string => id !== undefined),
    ...facts.crossings.flatMap((c) => [
      ...(c.crossing.location.source ? [c.crossing.location.source] : []),
      ...c.current.sources,
    ]),
  ]);
  const lineSources = unique([
    ...lines.flatMap((l) => l.sources),
    ...(peshmerga ? [...peshmerga.sources, ...peshmerga.reported.map((r) => r.source)] : []),
  ]);
  const barrier = unique(components.flatMap((c) => [...c.sources, ...(c.dimensions ?? []).flatMap((d) => d.sources)]));

  return {
    lengthKm: facts.lengthKm,
    countries: { SYR: nameOf('SYR'), IRQ: nameOf('IRQ') },
    tripoints: { turkey: tripoints.turkey.name, jordan: tripoints.jordan.name },
    segments,
    crossings: facts.crossings,
    river,
    lines,
    peshmerga,
    components,
    sources: { strip, lines: lineSources, barrier },
    asOf:
      latestDate([
        ...facts.crossings.map((c) => c.current.date),
        ...lines.map((l) => l.asOf),
        ...(peshmerga ? [peshmerga.asOf, ...peshmerga.reported.map((r) => r.asOf)] : []),
        ...components.map((c) => c.asOf),
      ]) ?? 'undated',
  };
}
