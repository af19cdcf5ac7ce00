/**
 * Facts derived from data/ and its geometry, computed once and shared by the map, the tables,
 * the prose and the methods note, so no page types a number that these can give.
 */
import type { LineString } from 'geojson';
import { lineLengthKm, type LonLat } from '../lib/geo/index.ts';
import { borderRuns, crossingPlace, type CrossingPlace } from './locations.ts';
import { borderLine } from './geography.ts';
import type { Crossing } from './schema/crossings.ts';
import type { ReportedLength } from './schema/border.ts';
import type { SiteData } from './site-data.ts';

export type StatusEntry = Crossing['status'][number];

export interface PlacedCrossing extends CrossingPlace {
  id: string;
  crossing: Crossing;
  /** Where its marker is drawn (src/data/locations.ts); null for a stretch or an unknown place. */
  coordinates: LonLat | null;
  current: StatusEntry;
}

/** Where a crossing lies along the border, km: its point, or the middle of its stretch; null if unknown. */
export const kmMiddle = (c: Pick<PlacedCrossing, 'kmAlong' | 'stretch'>): number | null =>
  c.kmAlong ?? (c.stretch ? (c.stretch.fromKm + c.stretch.toKm) / 2 : null);

/** Whether a chart can show a crossing: at a point (site, town) or as a stretch (region). */
export const isDrawn = (c: Pick<PlacedCrossing, 'kmAlong' | 'stretch'>): boolean => kmMiddle(c) !== null;

export interface BorderFacts {
  line: LineString;
  /** Length of the line as drawn (Natural Earth 1:10m), km. */
  lengthKm: number;
  ends: { turkey: LonLat; jordan: LonLat };
  crossings: PlacedCrossing[];
  /** Reported lengths of the border itself (not walls or trenches), shortest first. */
  reported: (ReportedLength & { id: string })[];
  reportedRange: { min: number; max: number };
}

export function borderFacts(data: SiteData): BorderFacts {
  const line = borderLine(data);
  const runs = borderRuns(data, line);
  const first = line.coordinates[0]!,
    last = line.coordinates.at(-1)!;
  const crossings = Object.entries(data.crossings.crossings).map(([id, crossing]): PlacedCrossing => {
    const place = crossingPlace(data, crossing, line, runs);
    return { id, crossing, ...place, coordinates: place.point, current: crossing.status.at(-1)! };
  });
  // North to south, a stretch by its middle; crossings nothing locates go last, in data order.
  crossings.sort((a, b) => (kmMiddle(a) ?? Infinity) - (kmMiddle(b) ?? Infinity));
  const reported = Object.entries(data.border.lengths)
    .filter(([, l]) => l.measures === 'border')
    .map(([id, l]) => ({ id, ...l }))
    .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
  return {
    line,
    lengthKm: lineLengthKm(line),
    ends: { turkey: [first[0]!, first[1]!], jordan: [last[0]!, last[1]!] },
    crossings,
    reported,
    reportedRange: { min: reported[0]!.km, max: reported.at(-1)!.km },
  };
}
