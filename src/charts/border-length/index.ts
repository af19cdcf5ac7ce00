/**
 * border-length — "How long is the border?": every reported length as a dot, grouped by who
 * reported it, and the length measured on this site's map as a rule with its caveat. The
 * figure of the January 2026 news story is marked as one claim among the others.
 */
import { t } from '../../i18n/index.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import { borderFacts } from '../../data/border-facts.ts';
import { REFERENCED } from '../../data/references.ts';
import type { ReportedLength } from '../../data/schema/border.ts';
import type { SiteData } from '../../data/validate.ts';
import {
  formatKm,
  formatKmRange,
  formatList,
  formatNumber,
  formatPartialDate,
  latestDate,
  LOCALE,
} from '../../lib/format/index.ts';
import { lowerFirst } from '../../lib/text/case.ts';
import { linesWidth, wrap } from '../kit/text.ts';
import { isNarrow, typeScale } from '../kit/type-scale.ts';

const KINDS = ['reference', 'official', 'media'] as const;
/** Space between a row's label and the plot, px (the label is set 10 px off the axis's start), and its leading. */
const LABEL_GAP = 24;
const LINE_HEIGHT = 1.05;
const words = () => t.charts['border-length'];

/** "Oct 2025" where the month is known, else the year: enough to tell rows apart. */
function shortDate(asOf: string): string {
  if (asOf === 'undated' || asOf.length === 4) return asOf === 'undated' ? t.undated : asOf;
  const month = new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
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
    label: words().row(l.claimant, shortDate(l.asOf), words().measures[l.measures] ?? ''),
  }));
  const rows: Row[] = [];
  for (const kind of KINDS) {
    const group = claims
      .filter((c) => c.kind === kind)
      .sort((a, b) => a.km - b.km || a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id));
    if (!group.length) continue;
    rows.push({ key: `heading-${kind}`, heading: words().kind[kind]! });
    rows.push(...group.map((claim) => ({ key: claim.id, claim })));
  }
  const asOf = latestDate(claims.map((c) => c.asOf)) ?? 'undated';
  return { claims, rows, measuredKm: facts.lengthKm, range: facts.reportedRange, asOf };
}

const measuredText = (input: BorderLengthInput) => formatKm(input.measuredKm, { digits: 1 });
const rangeOf = (kms: number[]) => formatKmRange(Math.min(...kms), Math.max(...kms));
const qualified = (c: Claim) => `${t.qualifier[c.qualifier] ?? ''}${formatKm(c.km)}`;

/** Who gives which figures, by kind of claimant: "Iraqi officials: 615–620 km; News media: 600–620 km". */
function claimsAlt(input: BorderLengthInput): string {
  const border = input.claims.filter((c) => c.measures === 'border');
  const groups = KINDS.map((kind) => ({ kind, kms: border.filter((c) => c.kind === kind).map((c) => c.km) }))
    .filter((g) => g.kms.length)
    .map((g) => words().alt.group(words().kind[g.kind]!, rangeOf(g.kms)));
  const news = input.claims.find((c) => c.news);
  return words().alt.claims(formatNumber(input.claims.length), groups.join('; '), news ? formatKm(news.km) : null);
}

function describe(input: BorderLengthInput): string {
  const groups = formatList([...new Set(input.rows.filter((r) => r.heading).map((r) => lowerFirst(r.heading!)))]);
  const range = rangeOf(input.claims.map((c) => c.km));
  return words().describe(formatNumber(input.claims.length), range, groups, measuredText(input));
}

function render(input: BorderLengthInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const measured = (options.step ?? 'measured') === 'measured';
  const narrow = isNarrow(width);
  const type = typeScale(width);
  // Labels at the artboard's base size on phones, its small size on wide artboards; values a size below.
  const font = narrow ? type.base : type.small;
  const claims = input.rows.filter((r) => r.claim).map((r) => r.claim!);
  // Row labels take the width they need, up to half a phone's artboard or two fifths of a wide
  // one; rows are as tall as the longest label wraps to.
  const most = width * (narrow ? 0.5 : 0.4);
  const labelWidth = Math.round(
    Math.min(
      most,
      linesWidth(
        claims.map((c) => c.label),
        font,
      ) + LABEL_GAP,
    ),
  );
  const labels = new Map(claims.map((c) => [c.id, wrap(c.label, font, labelWidth - LABEL_GAP)]));
  const lines = Math.max(1, ...[...labels.values()].map((l) => l.length));
  const rowHeight = Math.max(narrow ? 36 : 26, Math.ceil(lines * font * LINE_HEIGHT) + 6);
  const margin = { top: 60, right: 34, bottom: 36 };
  const height = margin.top + input.rows.length * rowHeight + margin.bottom;
  const headings = input.rows.filter((r) => r.heading);
  const min = Math.floor(Math.min(input.measuredKm, ...claims.map((c) => c.km)) / 5) * 5 - 1;
  const max = Math.ceil(Math.max(...claims.map((c) => c.km)) / 5) * 5 + 2;
  const byQualifier = (q: ReportedLength['qualifier']) => claims.filter((c) => c.qualifier === q);
  // Text is wrapped here, with the one measurer: a row label in its margin, the measured label right of its rule.
  const rowLabel = (c: Claim) => labels.get(c.id)!.join('\n');
  const ruleX = labelWidth + ((input.measuredKm - min) / (max - min)) * (width - labelWidth - margin.right);
  const measuredLabel = wrap(words().measured(measuredText(input)), font, width - ruleX - 4).join('\n');

  return plotSvg(
    {
      width,
      height,
      marginLeft: labelWidth,
      marginRight: margin.right,
      marginTop: margin.top,
      marginBottom: margin.bottom,
      x: {
        domain: [min, max],
        label: words().axis,
        labelAnchor: 'right',
        grid: true,
        ticks: narrow ? 4 : 8,
        tickFormat: (d: number) => String(d),
      },
      y: { domain: input.rows.map((r) => r.key), axis: null, padding: 0 },
      marks: [
        Plot.text(headings, {
          x: min,
          y: 'key',
          text: 'heading',
          textAnchor: 'start',
          dx: -labelWidth + 4,
          fontWeight: 700,
          className: 'group-heading',
        }),
        Plot.text(claims, {
          x: min,
          y: 'id',
          text: rowLabel,
          textAnchor: 'end',
          dx: -10,
          lineHeight: LINE_HEIGHT,
          className: 'row-label',
        }),
        ...(measured
          ? [
              Plot.ruleX([input.measuredKm], { strokeDasharray: '4 3', className: 'measured-rule' }),
              Plot.text([input.measuredKm], {
                // Its last line just above the plot, however many lines it wraps to.
                x: (d: number) => d,
                frameAnchor: 'top',
                lineAnchor: 'bottom',
                dy: -8,
                dx: -4,
                textAnchor: 'start',
                text: () => measuredLabel,
                className: 'measured-label',
              }),
            ]
          : []),
        // "More than": an arrow from the figure towards higher values.
        Plot.arrow(byQualifier('more-than'), {
          x1: 'km',
          x2: (c: Claim) => c.km + 3,
          y: 'id',
          headLength: 6,
          className: 'claim-more-than',
        }),
        Plot.dot(byQualifier('exact'), {
          x: 'km',
          y: 'id',
          r: 4.5,
          fill: 'currentColor',
          title: (c: Claim) => rowTitle(c.id),
          className: 'claim claim--exact',
        }),
        Plot.dot([...byQualifier('about'), ...byQualifier('more-than')], {
          x: 'km',
          y: 'id',
          r: 4.5,
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 1.5,
          title: (c: Claim) => rowTitle(c.id),
          className: 'claim claim--approximate',
        }),
        Plot.dot(
          claims.filter((c) => c.news),
          {
            x: 'km',
            y: 'id',
            r: 8,
            fill: 'none',
            stroke: 'currentColor',
            strokeWidth: 2,
            className: 'claim-news',
          },
        ),
        Plot.text(claims, {
          x: 'km',
          y: 'id',
          text: (c: Claim) => `${words().mark[c.qualifier] ?? ''}${c.km}`,
          dx: 0,
          dy: -11,
          fontSize: font - 1,
          className: 'claim-value',
        }),
      ],
    },
    {
      idPrefix,
      title: words().title,
      description: describe(input),
      className: 'chart chart--border-length',
      fontSize: font,
    },
  );
}

function table(input: BorderLengthInput): DataTable {
  const w = words().table;
  const news = input.claims.find((c) => c.news);
  // The news report's date, as precise as its month: what readers know it by.
  const newsDate = news ? formatPartialDate(news.asOf.slice(0, 7)) : '';
  return {
    caption: w.caption(measuredText(input)),
    columns: [
      { key: 'claimant', label: w.columns.claimant, rowHeader: true },
      { key: 'km', label: w.columns.km, numeric: true },
      { key: 'of', label: w.columns.of },
      { key: 'asOf', label: w.columns.asOf },
    ],
    rows: input.rows
      .flatMap((r) => (r.claim ? [r.claim] : []))
      .map((c) => ({
        id: c.id,
        cells: {
          claimant: {
            text: c.claimant,
            note: [c.news ? w.news(newsDate) : '', c.note ?? ''].filter(Boolean).join(' ') || undefined,
          },
          km: { text: qualified(c) },
          of: { text: words().of[c.measures]! },
          asOf: { text: formatPartialDate(c.asOf) },
        },
        sources: [c.source],
      })),
  };
}

export default defineChart<BorderLengthInput>({
  ...chartMeta('border-length', words()),
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set(input.claims.map((c) => c.source))],
  steps: [
    { id: 'claims', alt: claimsAlt },
    {
      id: 'measured',
      alt: (input) => words().alt.measured(measuredText(input), input.measuredKm < input.range.min),
    },
  ],
});
