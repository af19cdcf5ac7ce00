/**
 * border-length — "How long is the border?": every reported length as a dot, grouped by who
 * reported it, and the length measured on this site's map as a rule with its caveat. The
 * figure of the January 2026 news story is marked as one claim among the others.
 */
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import { borderFacts } from '../../data/border-facts.ts';
import { REFERENCED } from '../../data/references.ts';
import type { ReportedLength } from '../../data/schema/border.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatKm, formatKmRange, formatPartialDate, latestDate } from '../../lib/format/index.ts';

const KIND_HEADING = { reference: 'Reference works', official: 'Iraqi officials', media: 'News media' } as const;
const QUALIFIER = { exact: '', about: 'about ', 'more-than': 'more than ' } as const;
const MEASURES = { border: '', 'planned-wall': ' (planned wall)', trench: ' (trench)' } as const;

/** "Oct 2025" where the month is known, else the year: enough to tell rows apart. */
function shortDate(asOf: string): string {
  if (asOf === 'undated' || asOf.length === 4) return asOf;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`));
}

interface Claim extends ReportedLength {
  id: string;
  /** The claim the news story used. */
  news: boolean;
  label: string;
}

interface Row {
  key: string;
  heading?: string;
  claim?: Claim;
}

export interface BorderLengthInput {
  claims: Claim[];
  rows: Row[];
  measuredKm: number;
  range: { min: number; max: number };
  asOf: string;
}

function prepare(data: SiteData): BorderLengthInput {
  const facts = borderFacts(data);
  const newsId = REFERENCED.newsLength.path[1];
  const claims: Claim[] = Object.entries(data.border.lengths).map(([id, l]) => ({
    ...l,
    id,
    news: id === newsId,
    label: `${l.claimant}, ${shortDate(l.asOf)}${MEASURES[l.measures]}`,
  }));
  const rows: Row[] = [];
  for (const kind of ['reference', 'official', 'media'] as const) {
    const group = claims.filter((c) => c.kind === kind).sort((a, b) => a.km - b.km || a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
    if (!group.length) continue;
    rows.push({ key: `heading-${kind}`, heading: KIND_HEADING[kind] });
    rows.push(...group.map((claim) => ({ key: claim.id, claim })));
  }
  return { claims, rows, measuredKm: facts.lengthKm, range: facts.reportedRange, asOf: latestDate(claims.map((c) => c.asOf)) ?? 'undated' };
}

/** Who gives which figures, by claimant kind, from the data: "news outlets give 600–620 km; Iraqi officials 615–620 km". */
function claimsAlt(input: BorderLengthInput): string {
  const border = input.claims.filter((c) => c.measures === 'border');
  const groups = (['reference', 'official', 'media'] as const)
    .map((kind) => ({ kind, kms: border.filter((c) => c.kind === kind).map((c) => c.km) }))
    .filter((g) => g.kms.length)
    .map((g) => `${KIND_HEADING[g.kind]}: ${Math.min(...g.kms) === Math.max(...g.kms) ? formatKm(g.kms[0]!) : formatKmRange(Math.min(...g.kms), Math.max(...g.kms))}`);
  const news = input.claims.find((c) => c.news);
  return `${input.claims.length} published figures. For the border itself, ${groups.join('; ')}.${news ? ` The news story's ${formatKm(news.km)} is circled as one of them.` : ''}`;
}

function describe(input: BorderMapLike): string {
  return `Dot chart of ${input.claims.length} published lengths for the Iraq–Syria border and the barriers along it, from ${formatKmRange(Math.min(...input.claims.map((c) => c.km)), Math.max(...input.claims.map((c) => c.km)))}, grouped by who gave them (${[...new Set(input.rows.filter((r) => r.heading).map((r) => r.heading!.toLowerCase()))].join(', ')}); a line marks ${formatKm(input.measuredKm, { digits: 1 })}, the length measured on this site's map.`;
}
type BorderMapLike = BorderLengthInput;

function render(input: BorderLengthInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const measured = (options.step ?? 'measured') === 'measured';
  const narrow = width < 520;
  const rowHeight = narrow ? 36 : 26;
  const labelWidth = narrow ? 150 : 260;
  const height = 60 + input.rows.length * rowHeight + 36;
  const claims = input.rows.filter((r) => r.claim).map((r) => r.claim!);
  const headings = input.rows.filter((r) => r.heading);
  const min = Math.floor(Math.min(input.measuredKm, ...claims.map((c) => c.km)) / 5) * 5 - 1;
  const max = Math.ceil(Math.max(...claims.map((c) => c.km)) / 5) * 5 + 2;
  const byQualifier = (q: ReportedLength['qualifier']) => claims.filter((c) => c.qualifier === q);

  return plotSvg(
    {
      width,
      height,
      marginLeft: labelWidth,
      marginRight: 34,
      marginTop: 60,
      marginBottom: 36,
      x: { domain: [min, max], label: 'km', labelAnchor: 'right', grid: true, ticks: narrow ? 4 : 8, tickFormat: (d: number) => String(d) },
      y: { domain: input.rows.map((r) => r.key), axis: null, padding: 0 },
      marks: [
        Plot.text(headings, { x: min, y: 'key', text: 'heading', textAnchor: 'start', dx: -labelWidth + 4, fontWeight: 700, className: 'group-heading' }),
        Plot.text(claims, { x: min, y: 'id', text: 'label', textAnchor: 'end', dx: -10, lineWidth: narrow ? 11 : 19, lineHeight: 1.05, className: 'row-label' }),
        ...(measured
          ? [
              Plot.ruleX([input.measuredKm], { strokeDasharray: '4 3', className: 'measured-rule' }),
              Plot.text([input.measuredKm], { x: (d: number) => d, frameAnchor: 'top', dy: -40, dx: -4, textAnchor: 'start', lineWidth: narrow ? 15 : 32, text: (d: number) => `Measured on this map: ${formatKm(d, { digits: 1 })}. The real line, with every bend, is longer.`, className: 'measured-label' }),
            ]
          : []),
        // "More than": an arrow from the figure towards higher values.
        Plot.arrow(byQualifier('more-than'), { x1: 'km', x2: (c: Claim) => c.km + 3, y: 'id', headLength: 6, className: 'claim-more-than' }),
        Plot.dot(byQualifier('exact'), { x: 'km', y: 'id', r: 4.5, fill: 'currentColor', title: (c: Claim) => rowTitle(c.id), className: 'claim claim--exact' }),
        Plot.dot([...byQualifier('about'), ...byQualifier('more-than')], { x: 'km', y: 'id', r: 4.5, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, title: (c: Claim) => rowTitle(c.id), className: 'claim claim--approximate' }),
        Plot.dot(claims.filter((c) => c.news), { x: 'km', y: 'id', r: 8, fill: 'none', stroke: 'currentColor', strokeWidth: 2, className: 'claim-news' }),
        Plot.text(claims, { x: 'km', y: 'id', text: (c: Claim) => `${QUALIFIER[c.qualifier] === 'more than ' ? '>' : QUALIFIER[c.qualifier] ? '~' : ''}${c.km}`, dx: 0, dy: -11, fontSize: narrow ? 10 : 11, className: 'claim-value' }),
      ],
    },
    { idPrefix, title: 'How long is the border?', description: describe(input), className: 'chart chart--border-length', fontSize: narrow ? 11 : 12 },
  );
}

function table(input: BorderLengthInput): DataTable {
  return {
    caption: `Published lengths, grouped by who gave them; ${formatKm(input.measuredKm, { digits: 1 })} measured on this site's map`,
    columns: [
      { key: 'claimant', label: 'Given by', rowHeader: true },
      { key: 'km', label: 'Length', numeric: true },
      { key: 'of', label: 'Of' },
      { key: 'asOf', label: 'As of' },
    ],
    rows: input.rows
      .filter((r) => r.claim)
      .map(({ claim: c }) => ({
        id: c!.id,
        cells: {
          claimant: { text: c!.claimant, note: [c!.news ? 'The figure in the January 2026 news report.' : '', c!.note ?? ''].filter(Boolean).join(' ') || undefined },
          km: { text: `${QUALIFIER[c!.qualifier]}${formatKm(c!.km)}` },
          of: { text: c!.measures === 'border' ? 'the border' : c!.measures === 'planned-wall' ? 'the planned wall' : 'the trench' },
          asOf: { text: formatPartialDate(c!.asOf) },
        },
        sources: [c!.source],
      })),
  };
}

export default defineChart<BorderLengthInput>({
  id: 'border-length',
  title: 'How long is the border?',
  widths: [360, 720],
  credit: 'Chart: published figures as listed; measured length from Natural Earth 1:10m',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set(input.claims.map((c) => c.source))],
  asOf: (input) => input.asOf,
  steps: [
    { id: 'claims', alt: claimsAlt },
    {
      id: 'measured',
      alt: (input) =>
        `A dashed line adds the length measured on this site's map, ${formatKm(input.measuredKm, { digits: 1 })}, ${input.measuredKm < input.range.min ? 'below every published figure' : 'among the published figures'}; a map line generalised at 1:10m is shorter than the real boundary.`,
    },
  ],
});
