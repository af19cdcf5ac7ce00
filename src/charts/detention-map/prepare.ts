/**
 * Selects and derives everything the detention map shows from the validated data: where each
 * site is and how sure the sources are of it, its distance to the Iraqi border (computed from the
 * geometry), who ran it before and after January 2026, and the latest reports of how many it held.
 */
import { geoContains } from 'd3-geo';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { borderLine, admin1, admin1Mesh, countries, lakes, places, rivers, type Admin1Props, type CountryProps, type NamedProps, type PlaceProps } from '../../data/geography.ts';
import type { HeldFigure, Site, SiteControl } from '../../data/schema/sites.ts';
import { siteHeld } from '../../data/derived/site-held.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatNumber, formatPartialDate, latestDate } from '../../lib/format/index.ts';
import { distanceKm, nearestOnLine, segmentsAlong, sliceLine } from '../../lib/geo/index.ts';

/** The month the handovers began: "before" and "after" in the control columns are relative to it. */
export const HANDOVER_MONTH = '2026-01';
/**
 * Margins of the frame, km. Wide artboards frame the governorates holding the drawn sites, with
 * room for the Iraqi side; narrow ones only the sites and the border beside those governorates,
 * so that the map stays tall enough to read on a phone.
 */
export const FRAME_MARGIN_KM = { wide: { x: 70, y: 20 }, narrow: { x: 35, y: 22 } } as const;
/** Cities drawn for orientation (an editorial choice, not facts); `narrow` ones also on phones. */
export const CONTEXT_PLACES: Record<string, { narrow: boolean }> = {
  Qamishli: { narrow: true },
  'Al-Hasakah': { narrow: true },
  Mosul: { narrow: true },
  'Deir ez-Zor': { narrow: false },
  'Tal Afar': { narrow: false },
  Zakho: { narrow: false },
  Dohuk: { narrow: false },
};
/** A city this close to a drawn site is left out: its dot would sit under the site's marker. */
export const PLACE_CLEARANCE_KM = 8;
export const RIVERS = ['Tigris', 'Euphrates'] as const;

export type Precision = Site['location']['precision'];
export type ControlKind = 'sdf' | 'government' | 'iraq' | 'none' | 'unclear' | 'other';

export interface ControlStep {
  date: string;
  controller: string;
  /** Short name for labels: "SDF", "government", "Iraqi government", "no one", "unclear". */
  short: string;
  kind: ControlKind;
  summary: string;
  confidence: SiteControl['confidence'];
  sources: string[];
}

export interface Control {
  /** Who ran it before the January 2026 changes (the entry before the first change, or the last before January 2026). */
  before: ControlStep | null;
  /** The latest report, when it is from January 2026 or later. */
  after: ControlStep | null;
  /** The first entry of the latest controller's run, when control changed: the handover. */
  handover: ControlStep | null;
  /** Every entry after `before`, oldest first: the steps from one controller to the next. */
  steps: ControlStep[];
}

export interface Held {
  /** "about 23,000–26,500 people", "hundreds of detainees", "not reported". */
  text: string;
  /** When: "January–February 2026", or null when no figure. */
  when: string | null;
  /** How many reports the range draws on. */
  reports: number;
  /** The upper end of the range, for sorting; undefined when there is no figure of this site's own. */
  sort: number | undefined;
  /** Each claim behind the text, with its claimant and date. */
  claims: string[];
  /** The site was emptied: the latest figure is an exact zero. */
  emptied: HeldFigure | null;
  /** When emptied, the latest reports before that. */
  before: Omit<Held, 'before' | 'emptied'> | null;
  /** A figure that counts this site with others, when it has none of its own. */
  combined: boolean;
  sources: string[];
  dates: string[];
}

export interface Escapes {
  text: string;
  claims: string[];
  sources: string[];
  dates: string[];
}

export interface SiteView {
  id: string;
  site: Site;
  name: string;
  type: Site['type'];
  precision: Precision;
  coordinates: [number, number] | null;
  /** Nearest point of the Iraq–Syria border line and the distance to it, km; null when not drawn. */
  border: { point: [number, number]; kmAway: number } | null;
  control: Control;
  held: Held;
  escapes: Escapes | null;
  possiblySameAs: { id: string; name: string }[];
  sources: string[];
}

type Area = Feature<Polygon | MultiPolygon, Admin1Props>;

export interface DetentionMapInput {
  line: LineString;
  /** Drawn sites, nearest the border first. */
  located: SiteView[];
  /** Sites no source locates, in data order: listed beside the map, never drawn. */
  unlocated: SiteView[];
  /** The governorates the frame is fitted to (those holding a drawn site). */
  frameUnits: Area[];
  /** The stretches of the border beside those governorates. */
  frameLine: LineString[];
  countries: Feature<Polygon | MultiPolygon, CountryProps>[];
  units: Area[];
  adminLines: MultiLineString[];
  rivers: Feature<LineString | MultiLineString, NamedProps>[];
  lakes: Feature<Polygon | MultiPolygon, NamedProps>[];
  places: Feature<Point, PlaceProps>[];
  sources: string[];
  asOf: string;
}

export const TYPE_LABEL: Record<Site['type'], string> = { camp: 'Camp', prison: 'Prison', 'rehabilitation-centre': 'Rehabilitation camp' };
export const PRECISION_LABEL: Record<Precision, string> = {
  site: 'Site coordinates',
  approximate: 'Approximate point',
  town: 'Town centre',
  unknown: 'Not known',
};

const QUALIFIER: Record<NonNullable<HeldFigure['qualifier']>, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  'fewer-than': 'fewer than ',
  'up-to': 'up to ',
};
const UNIT = { people: 'people', detainees: 'detainees', families: 'families' } as const;
/** Reports within this many days of the latest count as "the latest reports". */
const WINDOW_DAYS = 31;

const unique = (ids: string[]) => ids.filter((id, i, all) => all.indexOf(id) === i);

function kindOf(controller: string): ControlKind {
  if (/^SDF/.test(controller)) return 'sdf';
  if (/^Syrian government/.test(controller)) return 'government';
  if (/^Iraqi government/.test(controller)) return 'iraq';
  if (/^No one/.test(controller)) return 'none';
  if (/^Unclear/.test(controller)) return 'unclear';
  return 'other';
}

const SHORT: Record<Exclude<ControlKind, 'other'>, string> = { sdf: 'SDF', government: 'Syrian government', iraq: 'Iraqi government', none: 'no one', unclear: 'unclear' };

function step(entry: SiteControl): ControlStep {
  const kind = kindOf(entry.controller);
  return {
    date: entry.date,
    controller: entry.controller,
    short: kind === 'other' ? entry.controller : SHORT[kind],
    kind,
    summary: entry.summary,
    confidence: entry.confidence,
    sources: entry.sources,
  };
}

export function controlOf(site: Site): Control {
  const entries = site.control.map(step);
  const change = entries.findIndex((e, i) => i > 0 && e.date >= HANDOVER_MONTH && e.kind !== entries[i - 1]!.kind);
  const beforeIndex = change > 0 ? change - 1 : entries.findLastIndex((e) => e.date < HANDOVER_MONTH);
  const before = beforeIndex >= 0 ? entries[beforeIndex]! : null;
  const last = entries.at(-1);
  const after = last && last !== before && last.date >= HANDOVER_MONTH ? last : null;
  const steps = entries.slice(beforeIndex + 1);
  let handover: ControlStep | null = null;
  if (after && before && after.kind !== before.kind) {
    // The first entry of the run that ends with the latest controller.
    let i = entries.length - 1;
    while (i > 0 && entries[i - 1]!.kind === after.kind) i--;
    handover = entries[i]!;
  }
  return { before, after, handover, steps };
}

/** Middle of a partial date's period, in days since 1970: "2026-01" is mid-January. */
export function midDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = 86_400_000;
  if (d !== undefined) return Date.UTC(y!, m! - 1, d) / day;
  if (m !== undefined) return (Date.UTC(y!, m! - 1, 1) + Date.UTC(y!, m!, 1)) / 2 / day;
  return (Date.UTC(y!, 0, 1) + Date.UTC(y! + 1, 0, 1)) / 2 / day;
}

/** "7–23 February 2026", "January–February 2026", "2022": a range at the coarser precision of its ends. */
export function formatDateSpan(dates: string[]): string {
  const sorted = [...new Set(dates)].sort((a, b) => midDay(a) - midDay(b) || a.localeCompare(b));
  const first = sorted[0]!, last = sorted.at(-1)!;
  if (first === last) return formatPartialDate(first);
  const parts = Math.min(first.split('-').length, last.split('-').length);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (parts >= 2) options.month = 'long';
  if (parts >= 3) options.day = 'numeric';
  const at = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, (parts >= 2 ? m! : 1) - 1, parts >= 3 ? d! : 1));
  };
  const a = at(first), b = at(last);
  if (a.getTime() === b.getTime()) return formatPartialDate(first.split('-').slice(0, parts).join('-'));
  return new Intl.DateTimeFormat('en-GB', options).formatRange(a, b);
}

/** A figure as the source phrased it: "about 24,000", "3,000–5,000", "hundreds". */
export function figureText(f: { low: number | null; high?: number | undefined; qualifier?: string | undefined; wording?: string | undefined }): string {
  if (f.low === null) return f.wording!;
  const q = QUALIFIER[(f.qualifier ?? 'exact') as keyof typeof QUALIFIER];
  return `${q}${formatNumber(f.low)}${f.high !== undefined ? `–${formatNumber(f.high)}` : ''}`;
}

const top = (f: HeldFigure) => f.high ?? f.low ?? 0;

function claimText(f: HeldFigure, names: Record<string, string>): string {
  const what = f.low === null ? `“${f.wording}”` : `${figureText(f)} ${UNIT[f.unit]}`;
  const combined = f.combinedWith ? `, for this site together with ${f.combinedWith.map((id) => names[id] ?? id).join(' and ')}` : '';
  return `${what}${combined} (${f.claimant}, ${formatPartialDate(f.date)})`;
}

/** The range of a group of figures of one unit, as text; qualifiers kept where they agree. */
function rangeText(group: HeldFigure[]): { text: string; sort: number | undefined } {
  const numbers = group.filter((f) => f.low !== null);
  if (!numbers.length) {
    const words = group.map((f) => f.wording!).join(' / ');
    const unitWord = UNIT[group[0]!.unit];
    // "hundreds of detainees"; any other wording is quoted as the source gave it.
    return { text: /^(dozens|hundreds|thousands)$/i.test(words) ? `${words} of ${unitWord}` : `“${words}” (${unitWord})`, sort: undefined };
  }
  const unit = UNIT[numbers[0]!.unit];
  if (numbers.length === 1) return { text: `${figureText(numbers[0]!)} ${unit}`, sort: top(numbers[0]!) };
  const low = Math.min(...numbers.map((f) => f.low!));
  const high = Math.max(...numbers.map(top));
  const qualifiers = new Set(numbers.map((f) => f.qualifier ?? 'exact'));
  const q = qualifiers.size === 1 ? QUALIFIER[[...qualifiers][0] as keyof typeof QUALIFIER] : '';
  const span = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return { text: `${q}${span} ${unit}`, sort: high };
}

/** The latest report and those within a month before it, of the same unit. */
function latestGroup(figures: HeldFigure[]): HeldFigure[] {
  const ordered = [...figures].sort((a, b) => midDay(a.date) - midDay(b.date));
  const latest = ordered.at(-1)!;
  return ordered.filter((f) => f.unit === latest.unit && midDay(latest.date) - midDay(f.date) <= WINDOW_DAYS);
}

export function heldOf(figures: readonly HeldFigure[], names: Record<string, string>): Held {
  const whole = figures.filter((f) => f.subset === undefined);
  const own = whole.filter((f) => f.combinedWith === undefined);
  const empty = { text: 'not reported', when: null, reports: 0, sort: undefined, claims: [], emptied: null, before: null, combined: false, sources: [], dates: [] };
  const summarise = (group: HeldFigure[]) => ({
    ...rangeText(group),
    when: formatDateSpan(group.map((f) => f.date)),
    reports: group.length,
    claims: group.map((f) => claimText(f, names)),
    combined: false,
    sources: unique(group.flatMap((f) => f.sources)),
    dates: group.map((f) => f.date),
  });
  if (!own.length) {
    const combined = whole.filter((f) => f.combinedWith !== undefined);
    if (!combined.length) return empty;
    const group = latestGroup(combined);
    const with_ = unique(group.flatMap((f) => f.combinedWith!)).map((id) => names[id] ?? id);
    const s = summarise(group);
    // A shared count is not this site's own: no sort value, and the text says so.
    return { ...s, text: `${s.text} together with ${with_.join(' and ')}`, sort: undefined, combined: true, emptied: null, before: null };
  }
  const group = latestGroup(own);
  const latest = group.at(-1)!;
  if (latest.low === 0 && (latest.qualifier ?? 'exact') === 'exact' && group.every((f) => f === latest || midDay(f.date) < midDay(latest.date))) {
    const earlier = own.filter((f) => f.low !== 0);
    const before = earlier.length ? summarise(latestGroup(earlier)) : null;
    return {
      text: 'none left',
      when: formatPartialDate(latest.date),
      reports: 1,
      sort: 0,
      claims: [claimText(latest, names)],
      emptied: latest,
      before,
      combined: false,
      sources: unique([...latest.sources, ...(before?.sources ?? [])]),
      dates: [latest.date, ...(before?.dates ?? [])],
    };
  }
  // A later count shared with other sites is not this site's figure, but readers should know of it.
  const later = whole.filter((f) => f.combinedWith !== undefined && midDay(f.date) > midDay(latest.date));
  const own_ = summarise(group);
  return {
    ...own_,
    claims: [...own_.claims, ...later.map((f) => `later, ${claimText(f, names)}`)],
    sources: unique([...own_.sources, ...later.flatMap((f) => f.sources)]),
    dates: [...own_.dates, ...later.map((f) => f.date)],
    emptied: null,
    before: null,
  };
}

function escapesOf(site: Site): Escapes | null {
  const list = site.escapes ?? [];
  if (!list.length) return null;
  const claims = list.map((e) => `${e.escaped.low === null ? `“${e.escaped.wording}”` : `${figureText(e.escaped)} ${UNIT[e.unit]}`} (${e.claimant}, ${formatPartialDate(e.date)}${e.confidence === 'low' ? '; low confidence' : ''})`);
  const numbers = list.filter((e) => e.escaped.low !== null);
  const units = new Set(numbers.map((e) => e.unit));
  const when = formatDateSpan(list.map((e) => e.date));
  const count = list.length === 1 ? 'one claim' : `${formatNumber(list.length)} claims`;
  let text: string;
  if (numbers.length > 1 && units.size === 1) {
    const low = numbers.reduce((a, b) => (b.escaped.low! < a.escaped.low! ? b : a));
    const high = numbers.reduce((a, b) => ((b.escaped.high ?? b.escaped.low!) > (a.escaped.high ?? a.escaped.low!) ? b : a));
    text = `${count}, ${figureText(low.escaped)} to ${figureText(high.escaped)} ${UNIT[low.unit]} (${when})`;
  } else text = `${count} (${when})`;
  return { text, claims, sources: unique(list.flatMap((e) => e.sources)), dates: list.map((e) => e.date) };
}

export function prepare(data: SiteData): DetentionMapInput {
  const line = borderLine(data);
  const entries = Object.entries(data.sites.sites);
  const names = Object.fromEntries(entries.map(([id, s]) => [id, s.name]));
  const views = entries.map(([id, site]): SiteView => {
    const coordinates = site.location.coordinates ? ([site.location.coordinates[0], site.location.coordinates[1]] as [number, number]) : null;
    const near = coordinates ? nearestOnLine(line, coordinates) : null;
    const control = controlOf(site);
    const held = heldOf(siteHeld(data, site), names);
    const escapes = escapesOf(site);
    return {
      id,
      site,
      name: site.name,
      type: site.type,
      precision: site.location.precision,
      coordinates,
      border: near ? { point: [near.point[0], near.point[1]], kmAway: near.kmAway } : null,
      control,
      held,
      escapes,
      possiblySameAs: (site.identity?.possiblySameAs ?? []).map((ref) => ({ id: ref, name: names[ref] ?? ref })),
      sources: unique([
        ...site.sources,
        ...(site.location.sources ?? []),
        ...(site.identity?.sources ?? []),
        ...[control.before, ...control.steps].flatMap((s) => s?.sources ?? []),
        ...held.sources,
        ...(escapes?.sources ?? []),
      ]),
    };
  });
  const located = views.filter((v) => v.border).sort((a, b) => a.border!.kmAway - b.border!.kmAway || a.id.localeCompare(b.id));
  const unlocated = views.filter((v) => !v.border);

  const units = admin1(data).features;
  const frameUnits = units.filter((u) => located.some((v) => u.properties.adm0_a3 === v.site.country && geoContains(u, v.coordinates!)));
  // Runs are assigned among all of a country's governorates, then only the framed ones kept.
  const frameLine = [...new Set(frameUnits.map((u) => u.properties.adm0_a3))].flatMap((adm0) =>
    segmentsAlong(line, units.filter((u) => u.properties.adm0_a3 === adm0).map((u) => ({ id: u.properties.iso_3166_2, geometry: u.geometry })), 2)
      .filter((run) => frameUnits.some((u) => u.properties.iso_3166_2 === run.id))
      .map((run) => sliceLine(line, run.fromKm, run.toKm)),
  );
  const placeFeatures = places(data).features.filter(
    (p) => p.properties.name_en in CONTEXT_PLACES && !located.some((v) => distanceKm(v.coordinates!, [p.geometry.coordinates[0]!, p.geometry.coordinates[1]!]) < PLACE_CLEARANCE_KM),
  );

  const dates = views.flatMap((v) => [
    ...(v.coordinates && v.site.location.asOf ? [v.site.location.asOf] : []),
    ...[v.control.before, ...v.control.steps].flatMap((s) => (s ? [s.date] : [])),
    ...v.held.dates,
    ...(v.escapes?.dates ?? []),
  ]);
  return {
    line,
    located,
    unlocated,
    frameUnits,
    frameLine,
    countries: countries(data).features,
    units: units.filter((u) => ['IRQ', 'SYR'].includes(u.properties.adm0_a3)),
    adminLines: [admin1Mesh(data, 'IRQ'), admin1Mesh(data, 'SYR')],
    rivers: rivers(data).features.filter((r) => (RIVERS as readonly string[]).includes(r.properties.name_en)),
    lakes: lakes(data).features,
    places: placeFeatures,
    sources: unique(views.flatMap((v) => v.sources)),
    asOf: latestDate(dates) ?? 'undated',
  };
}
