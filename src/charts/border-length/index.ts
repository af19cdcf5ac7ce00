/**
 * border-length — "How long is the border?": every reported length as a dot, grouped by who
 * reported it, and the length measured on this site's map as a rule with its caveat. The
 * figure of the January 2026 news story is marked as one claim among the others.
 */
import { t } from '../../i18n/index.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { plotSvg, Plot, rowTitle } from '../plot.ts';
import type { ReportedLength } from '../../data/schema/border.ts';
import { formatKm, formatKmRange, formatList, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { lowerFirst } from '../../lib/text/case.ts';
import { LABEL_OFFSET, LINE_HEIGHT, lengthLayout, measuredText, type LengthLayout } from './layout.ts';
import { KINDS, prepare, type BorderLengthInput, type Claim } from './prepare.ts';

const words = () => t.charts['border-length'];

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

/**
 * The figure over or beside each mark: above it on wide artboards, right of it on phones (past the
 * news ring, or the "more than" arrow's head), where a row is only as tall as its label.
 */
function values(claims: Claim[], L: LengthLayout) {
  const text = (c: Claim) => `${words().mark[c.qualifier] ?? ''}${c.km}`;
  const y = (c: Claim) => L.rowY.get(c.id)!;
  const common = { text, y, className: 'claim-value', fontSize: L.font };
  if (!L.narrow)
    return [false, true].map((news) =>
      // The news ring is larger: its figure sits higher.
      Plot.text(
        claims.filter((c) => c.news === news),
        { ...common, x: 'km', dy: news ? -16 : -11 },
      ),
    );
  const beyond = (c: Claim) => (c.qualifier === 'more-than' ? c.km + 3 : c.km);
  return [
    { of: (c: Claim) => !c.news && c.qualifier !== 'more-than', dx: 8 },
    { of: (c: Claim) => c.news, dx: 12 },
    { of: (c: Claim) => !c.news && c.qualifier === 'more-than', dx: 5 },
  ].map(({ of, dx }) => Plot.text(claims.filter(of), { ...common, x: beyond, dx, textAnchor: 'start' }));
}

function render(input: BorderLengthInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const measured = (options.step ?? 'measured') === 'measured';
  const L = lengthLayout(input, width);
  const claims = input.rows.flatMap((r) => (r.claim ? [r.claim] : []));
  const headings = input.rows.filter((r) => r.heading);
  const y = (key: string) => L.rowY.get(key)!;
  const byQualifier = (q: ReportedLength['qualifier']) => claims.filter((c) => c.qualifier === q);
  const [min] = L.domain;
  const last = L.ticks?.at(-1);

  return plotSvg(
    {
      width,
      height: L.height,
      marginLeft: L.margin.left,
      marginRight: L.margin.right,
      marginTop: L.margin.top,
      marginBottom: L.margin.bottom,
      x: {
        domain: L.domain,
        label: L.narrow ? null : words().axis,
        labelAnchor: 'right',
        grid: true,
        ticks: L.ticks ?? 8,
        tickFormat: (d: number) => (d === last ? formatKm(d) : String(d)),
      },
      // Rows are placed by the layout, in px.
      y: { type: 'identity', axis: null },
      marks: [
        Plot.text(headings, {
          x: min,
          y: (r: { key: string }) => y(r.key),
          text: 'heading',
          textAnchor: 'start',
          dx: -L.margin.left + 4,
          fontWeight: 700,
          className: 'group-heading',
        }),
        Plot.text(claims, {
          x: min,
          y: (c: Claim) => y(c.id),
          text: (c: Claim) => L.labels.get(c.id)!.join('\n'),
          textAnchor: 'end',
          dx: -LABEL_OFFSET,
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
                dx: L.measured.dx,
                textAnchor: L.measured.anchor,
                text: () => L.measured.lines.join('\n'),
                className: 'measured-label',
              }),
            ]
          : []),
        // "More than": an arrow from the figure towards higher values.
        Plot.arrow(byQualifier('more-than'), {
          x1: 'km',
          x2: (c: Claim) => c.km + 3,
          y: (c: Claim) => y(c.id),
          headLength: 6,
          className: 'claim-more-than',
        }),
        Plot.dot(byQualifier('exact'), {
          x: 'km',
          y: (c: Claim) => y(c.id),
          r: 4.5,
          fill: 'currentColor',
          title: (c: Claim) => rowTitle(c.id),
          className: 'claim claim--exact',
        }),
        Plot.dot([...byQualifier('about'), ...byQualifier('more-than')], {
          x: 'km',
          y: (c: Claim) => y(c.id),
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
            y: (c: Claim) => y(c.id),
            r: 8,
            fill: 'none',
            stroke: 'currentColor',
            strokeWidth: 2,
            className: 'claim-news',
          },
        ),
        ...values(claims, L),
      ],
    },
    {
      idPrefix,
      title: words().title,
      description: describe(input),
      className: 'chart chart--border-length',
      fontSize: L.font,
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
