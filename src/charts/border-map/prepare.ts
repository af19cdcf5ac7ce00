/** Selects and derives everything the border map shows from the validated data. */
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { borderFacts, type BorderFacts } from '../../data/border-facts.ts';
import {
  admin1,
  countryAreas,
  places,
  BORDER_COUNTRIES,
  type Admin1Props,
  type PlaceProps,
} from '../../data/geography.ts';
import type { SiteData } from '../../data/validate.ts';
import { segmentsAlong, type Run } from '../../lib/geo/index.ts';
import { latestDate } from '../../lib/format/index.ts';
import { selectBasemap, type BasemapParts } from '../kit/map/basemap.ts';

/**
 * Cities drawn for orientation, an editorial choice of reference points, not facts; `narrow`
 * ones also appear on the phone artboard.
 */
export const CONTEXT_PLACES: Record<string, { narrow: boolean }> = {
  Mosul: { narrow: true },
  'Deir ez-Zor': { narrow: true },
  'Al-Hasakah': { narrow: true },
  Raqqa: { narrow: true },
  Qamishli: { narrow: false },
  'Tal Afar': { narrow: false },
  'Ar Rutba': { narrow: false },
};
/**
 * Margin around the border line that the map frames, km: wide enough for north-east Syria. Phones
 * keep less above and below, so that the map and its key fit beside the story's text; the
 * tripoints' labels stand beside them there.
 */
export const FRAME_MARGIN_KM = { wide: { x: 150, y: 45 }, narrow: { x: 150, y: 20 } } as const;
export const RIVERS = ['Tigris', 'Euphrates'] as const;

type Area = Feature<Polygon | MultiPolygon, Admin1Props>;

export interface BorderMapInput {
  facts: BorderFacts;
  tripointNames: { turkey: string; jordan: string };
  basemap: BasemapParts;
  /** Governorates the border runs through, each country north to south. */
  borderUnits: Area[];
  /** The km runs of the border in each governorate, per country. */
  runs: Record<string, Run[]>;
  places: Feature<Point, PlaceProps>[];
  sources: string[];
  asOf: string;
}

export function prepare(data: SiteData): BorderMapInput {
  const facts = borderFacts(data);
  const units = admin1(data).features;
  const runs = Object.fromEntries(
    BORDER_COUNTRIES.map((adm0) => [adm0, segmentsAlong(facts.line, countryAreas(units, adm0), 2)]),
  );
  const unitIds = Object.values(runs)
    .flat()
    .map((r) => r.id);
  const { tripoints } = data.border;

  return {
    facts,
    tripointNames: { turkey: tripoints.turkey.name, jordan: tripoints.jordan.name },
    basemap: selectBasemap(data, { rivers: RIVERS }),
    borderUnits: unitIds.map((id) => units.find((u) => u.properties.iso_3166_2 === id)!),
    runs,
    places: places(data).features.filter((p) => p.properties.name_en in CONTEXT_PLACES),
    sources: [
      ...[tripoints.turkey.source, tripoints.jordan.source].filter((id): id is string => id !== undefined),
      // A sourced point's source; town- and region-level places come from the gazetteer and the map data.
      ...facts.crossings.flatMap((c) => [c.crossing.location.source, ...c.current.sources]),
    ]
      .filter((id): id is string => id !== undefined)
      .filter((id, i, all) => all.indexOf(id) === i),
    asOf: latestDate(facts.crossings.map((c) => c.current.date)) ?? 'undated',
  };
}
