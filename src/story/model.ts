/**
 * Everything the story page says that comes from data, computed once: the rendered charts (in
 * registry order), the figures quoted in the prose, the methods note and every source cited.
 */
import { charts } from '../charts/registry.ts';
import { cite, renderAll, type CitedSource, type RenderedChart } from '../charts/render.ts';
import type { DataTable } from '../charts/types.ts';
import { borderFacts, type BorderFacts } from '../data/border-facts.ts';
import { admin1 } from '../data/geography.ts';
import { loadSiteData } from '../data/load.ts';
import type { SiteData } from '../data/site-data.ts';
import { REFERENCED } from '../data/references.ts';
import { distanceKm, segmentsAlong, type Run } from '../lib/geo/index.ts';
import { formatKm, formatPartialDate, latestDate } from '../lib/format/index.ts';

export interface Story {
  charts: RenderedChart[];
  border: BorderFacts;
  /** The length quoted in the news report the site starts from. */
  newsLength: SiteData['border']['lengths'][string];
  /** Iraqi governorates along the border, north to south, with their km runs. */
  iraqiUnits: (Run & { name: string })[];
  /** How far each sourced tripoint lies from the end of the drawn line; null where no source gives it. */
  tripointOffsetsKm: { turkey: number | null; jordan: number | null };
  vertexCount: number;
  lengthSources: CitedSource[];
  lengthsTable: DataTable;
  sources: CitedSource[];
  asOf: string;
  data: SiteData;
}

let cached: Story | undefined;

export function story(): Story {
  if (cached) return cached;
  const data = loadSiteData();
  const border = borderFacts(data);
  const units = admin1(data).features.filter((u) => u.properties.adm0_a3 === 'IRQ');
  const names = new Map(units.map((u) => [u.properties.iso_3166_2, u.properties.name_en]));
  const iraqiUnits = segmentsAlong(
    border.line,
    units.map((u) => ({ id: u.properties.iso_3166_2, geometry: u.geometry })),
    2,
  ).map((r) => ({ ...r, name: names.get(r.id)! }));
  const rendered = renderAll(charts, data);
  // Validation guarantees the referenced entry exists (src/data/references.ts).
  const newsLength = data.border.lengths[REFERENCED.newsLength.path[1]]!;
  const lengthSources = cite(
    data,
    Object.values(data.border.lengths).map((l) => l.source),
  );
  const all = [...rendered.flatMap((c) => c.sources), ...lengthSources];
  const sources = [...new Map(all.map((s) => [s.id, s])).values()].sort(
    (a, b) => a.publisher.name.localeCompare(b.publisher.name) || b.published.localeCompare(a.published),
  );
  const { tripoints } = data.border;
  cached = {
    charts: rendered,
    border,
    newsLength,
    iraqiUnits,
    tripointOffsetsKm: {
      turkey: tripoints.turkey.coordinates ? distanceKm(tripoints.turkey.coordinates, border.ends.turkey) : null,
      jordan: tripoints.jordan.coordinates ? distanceKm(tripoints.jordan.coordinates, border.ends.jordan) : null,
    },
    vertexCount: border.line.coordinates.length,
    lengthSources,
    lengthsTable: lengthsTable(data),
    sources,
    asOf:
      latestDate([...rendered.map((c) => c.asOf), ...Object.values(data.border.lengths).map((l) => l.asOf)]) ??
      'undated',
    data,
  };
  return cached;
}

const MEASURES = { border: 'the border', 'planned-wall': 'the planned wall', trench: 'the trench' } as const;
const QUALIFIER = { exact: '', about: 'about ', 'more-than': 'more than ' } as const;

/** Every reported length as a claim: figure, what it measures, who gave it, when, and where. */
function lengthsTable(data: SiteData): DataTable {
  const rows = Object.entries(data.border.lengths).sort(
    ([ia, a], [ib, b]) => a.km - b.km || a.asOf.localeCompare(b.asOf) || ia.localeCompare(ib),
  );
  return {
    caption: 'Reported lengths, shortest first',
    columns: [
      { key: 'km', label: 'Length', numeric: true },
      { key: 'of', label: 'Of' },
      { key: 'by', label: 'Given by', rowHeader: true },
      { key: 'asOf', label: 'As of' },
    ],
    rows: rows.map(([id, l]) => ({
      id,
      cells: {
        km: { text: `${QUALIFIER[l.qualifier]}${formatKm(l.km)}` },
        of: { text: MEASURES[l.measures] },
        by: { text: l.claimant, note: l.note },
        asOf: { text: formatPartialDate(l.asOf) },
      },
      sources: [l.source],
    })),
  };
}
