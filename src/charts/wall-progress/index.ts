/**
 * wall-progress — "How much wall is built? The claims": every dated claim about the concrete
 * wall as its own mark, with who made it, when and how confident we are in it. Nothing joins
 * the marks: the claims are not one series (about 400 km in January 2025, about 350 km ten
 * months later). Kilometre claims and percentage claims sit in separate panels with their own
 * axes; the symbol says what a figure measures (the whole wall, one section, or an addition).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize, type G } from '../svg.ts';
import { borderFacts } from '../../data/border-facts.ts';
import type { WallClaim } from '../../data/schema/fortifications.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatKm, formatNumber, formatPartialDate, latestDate } from '../../lib/format/index.ts';
import { TYPE, listText, round, textLines, textWidth, wrap, type TypeScale } from '../layered-defense/text.ts';

export const TITLE = 'How much wall is built? The claims';

export const QUALIFIER: Record<WallClaim['qualifier'], string> = { exact: '', about: 'about ', nearly: 'nearly ', 'more-than': 'more than ', 'up-to': 'up to ' };
/** What each scope means for a reader, and the symbol that stands for it. */
export const SCOPE: Record<WallClaim['scope'], { words: string; share: string; legend: string; symbol: SymbolType }> = {
  cumulative: { words: 'the whole wall so far', share: 'of the whole wall', legend: 'Whole wall so far', symbol: symbolCircle },
  section: { words: 'one section, not the whole wall', share: 'of one section', legend: 'One section', symbol: symbolSquare },
  added: { words: 'added, not a total', share: 'added', legend: 'Added to an earlier figure', symbol: symbolTriangle },
};

export interface Claim extends WallClaim {
  id: string;
}

export interface WallProgressInput {
  /** Claims in kilometres built, oldest first. */
  km: Claim[];
  /** Claims given as a share complete, oldest first. */
  percent: Claim[];
  /** The border as drawn on this site's map, for scale. */
  borderKm: number;
  asOf: string;
}

function prepare(data: SiteData): WallProgressInput {
  const claims = Object.entries(data.fortifications.wallClaims)
    .map(([id, c]) => ({ id, ...c }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    km: claims.filter((c) => c.builtKm !== undefined),
    percent: claims.filter((c) => c.builtKm === undefined && c.percent !== undefined),
    borderKm: borderFacts(data).lengthKm,
    asOf: latestDate(claims.map((c) => c.date)) ?? 'undated',
  };
}

const low = (c: Claim) => c.confidence === 'low';
const borderText = (input: WallProgressInput) => `Border as drawn on this site's map: ${formatKm(input.borderKm)}`;
const confidenceWords = (c: Claim) => `${c.confidence} confidence`;

/** "about 400 km", "83 km": a kilometre claim as phrased. */
export function kmText(c: Claim): string {
  return `${QUALIFIER[c.qualifier]}${formatKm(c.builtKm!)}`;
}

/** "about 400 km of 615 km planned: the whole wall so far", "about 80% of the whole wall". */
export function valueText(c: Claim, separator = ': '): string {
  if (c.builtKm === undefined) return `${QUALIFIER[c.qualifier]}${formatNumber(c.percent!)}% ${SCOPE[c.scope].share}`;
  const planned = c.plannedKm !== undefined ? ` of ${formatKm(c.plannedKm)} planned` : '';
  return `${kmText(c)}${planned}${separator}${SCOPE[c.scope].words}`;
}

function describe(input: WallProgressInput): string {
  const cumulative = input.km.filter((c) => c.scope === 'cumulative');
  return (
    `${input.km.length + input.percent.length} separate claims about how much of Iraq's border wall is built, each with its date, claimant and confidence, not joined into a series. ` +
    `Claims for the whole wall range from ${formatKm(Math.min(...cumulative.map((c) => c.builtKm!)))} to ${formatKm(Math.max(...cumulative.map((c) => c.builtKm!)))}` +
    (input.percent.length ? `; ${listText(input.percent.map((c) => `${QUALIFIER[c.qualifier]}${formatNumber(c.percent!)}% (${formatPartialDate(c.date)})`))} ${input.percent.length > 1 ? 'are shares' : 'is a share'} of an unstated total, shown apart.` : '.')
  );
}

interface RowLayout {
  claim: Claim;
  /** Date and confidence, then who made the claim. */
  when: string;
  header: string[];
  /** The dot's line. */
  y: number;
  value: string[];
}

interface Layout {
  height: number;
  narrow: boolean;
  labelWidth: number;
  legend: { y: number; lines: string[] };
  panels: { kind: 'km' | 'percent'; heading: string[]; headingY: number; axisY: number; borderLabelY: number; rows: RowLayout[]; x: ScaleLinear<number, number>; note: string[]; noteY: number }[];
}

function layout(input: WallProgressInput, width: number, type: TypeScale): Layout {
  const narrow = width < 520;
  const margin = narrow ? 12 : 16;
  const labelWidth = narrow ? 0 : 250;
  const line = Math.round(type.small * type.lineHeight);
  const plotLeft = margin + labelWidth + (narrow ? 8 : 20);
  const plotRight = width - margin - 8;
  let y = 0;

  // Legend: symbols for scope, fill for confidence.
  const legendLines = wrap('Filled: medium confidence. Hollow and dashed: low confidence.', type.small, width - margin * 2);
  const legend = { y: y + 26, lines: legendLines };
  y = legend.y + 6 + legendLines.length * line;

  const panels: Layout['panels'] = [];
  const kmMax = Math.max(input.borderKm, ...input.km.flatMap((c) => [c.builtKm!, c.plannedKm ?? 0]));
  const panelSpecs = [
    { kind: 'km' as const, claims: input.km, heading: 'Kilometres of wall said to be built', x: scaleLinear().domain([0, kmMax]).nice().range([plotLeft, plotRight]) },
    { kind: 'percent' as const, claims: input.percent, heading: 'Share of the wall said to be built (a different unit)', x: scaleLinear().domain([0, 100]).range([plotLeft, plotRight]) },
  ];
  for (const spec of panelSpecs) {
    if (!spec.claims.length) continue;
    const heading = wrap(spec.heading, type.base, width - margin * 2);
    const headingY = y + 16 + type.base;
    y = headingY + (heading.length - 1) * type.base * type.lineHeight + 8;
    // The border's length, for scale, is labelled above the ticks: beside the heading where it fits.
    const borderLabel = spec.kind === 'km' ? borderText(input) : '';
    const beside = margin + textWidth(heading.at(-1)!, type.base) + 16 <= spec.x(input.borderKm) - textWidth(borderLabel, type.small) - 4;
    const borderLabelY = beside ? headingY + (heading.length - 1) * type.base * type.lineHeight : y + type.small;
    if (borderLabel && !beside) y += line + 2;
    const axisY = y + type.small + 2;
    y = axisY + 10;
    const rows: RowLayout[] = [];
    for (const claim of spec.claims) {
      const when = `${formatPartialDate(claim.date)} · ${confidenceWords(claim)}`;
      const header = [when, ...wrap(claim.claimant, type.small, narrow ? width - margin * 2 : labelWidth)];
      const value = wrap(valueText(claim), type.small, narrow ? width - margin * 2 : plotRight - plotLeft);
      if (narrow) {
        const top = y + 6;
        const dotY = top + header.length * line + 8;
        rows.push({ claim, when, header, y: dotY, value });
        y = dotY + 8 + value.length * line + 4;
      } else {
        const top = y + 8;
        const dotY = top + 4;
        rows.push({ claim, when, header, y: dotY, value });
        y = top + Math.max(header.length * line, 8 + value.length * line) + 6;
      }
    }
    const note = spec.kind === 'percent' ? spec.claims.flatMap((c) => (c.note ? wrap(c.note, type.small, width - margin * 2) : [])) : [];
    const noteY = y + 4 + type.small;
    y += note.length ? 6 + note.length * line : 0;
    panels.push({ kind: spec.kind, heading, headingY, axisY, borderLabelY, rows, x: spec.x, note, noteY });
  }
  return { height: Math.ceil(y + 10), narrow, labelWidth, legend, panels };
}

function mark(g: G, claim: Claim, at: [number, number], size: number, extraClass = ''): void {
  g.append('path')
    .attr('class', `wp-claim wp-claim--${low(claim) ? 'low' : 'firm'} wp-claim--${claim.scope}${extraClass}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`)
    .attr('d', symbol(SCOPE[claim.scope].symbol, size)()!);
}

function render(input: WallProgressInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const type = width < 520 ? TYPE.narrow : TYPE.wide;
  const L = layout(input, width, type);
  const margin = L.narrow ? 12 : 16;
  const focus = options.step === 'whole-wall' ? (c: Claim) => c.scope === 'cumulative' : () => true;
  const size = L.narrow ? 70 : 90;
  const svg = chartSvg({ idPrefix, width, height: L.height, title: TITLE, description: describe(input), className: 'chart chart--wall-progress' });

  // Legend: one symbol per scope, then what fill means.
  const legend = layer(svg, 'wp-legend', 'Key');
  let lx = margin;
  const used = (['cumulative', 'section', 'added'] as const).filter((s) => [...input.km, ...input.percent].some((c) => c.scope === s));
  let ly = 12;
  for (const scope of used) {
    const text = SCOPE[scope].legend;
    const w = 14 + textWidth(text, type.small) + 14;
    if (lx + w > width - margin) [lx, ly] = [margin, ly + Math.round(type.small * type.lineHeight)];
    legend.append('path').attr('class', `wp-claim wp-claim--firm wp-claim--${scope}`).attr('transform', `translate(${round(lx + 5)},${round(ly)})`).attr('d', symbol(SCOPE[scope].symbol, 60)()!);
    legend.append('text').attr('class', 'label wp-legend-text').attr('font-size', type.small).attr('x', round(lx + 14)).attr('y', round(ly + type.small * 0.35)).text(text);
    lx += w;
  }
  textLines(legend, margin, Math.max(L.legend.y, ly + type.small * 1.6), L.legend.lines, { className: 'label wp-note', size: type.small });

  for (const panel of L.panels) {
    const g = layer(svg, `wp-panel wp-panel--${panel.kind}`, panel.heading.join(' '));
    textLines(g, margin, panel.headingY, panel.heading, { className: 'label wp-heading', size: type.base });
    const [x0, x1] = panel.x.range() as [number, number];
    const lastY = panel.rows.at(-1)!.y;
    // Axis with a light grid down through the rows.
    const ticks = panel.x.ticks(L.narrow ? 4 : 7);
    for (const t of ticks) {
      g.append('path').attr('class', 'wp-grid').attr('d', `M${round(panel.x(t))},${round(panel.axisY + 4)}V${round(lastY + 6)}`);
      g.append('text').attr('class', 'label wp-tick').attr('font-size', type.small).attr('x', round(panel.x(t))).attr('y', round(panel.axisY)).attr('text-anchor', t === ticks[0] ? 'start' : 'middle')
        .text(panel.kind === 'km' ? (t === ticks.at(-1) ? formatKm(t) : formatNumber(t)) : `${formatNumber(t)}%`);
    }
    if (panel.kind === 'km') {
      // The border as drawn on this site's map, for scale: not a claim.
      const bx = panel.x(input.borderKm);
      g.append('path').attr('class', 'wp-border-rule').attr('d', `M${round(bx)},${round(panel.axisY + 4)}V${round(lastY + 6)}`);
    }
    for (const row of panel.rows) {
      const c = row.claim;
      const muted = focus(c) ? '' : ' wp-muted';
      const rowG = g.append('g').attr('class', `wp-row${muted}`).attr('data-claim', c.id);
      const headerX = margin;
      const headerY = L.narrow ? row.y - 8 - (row.header.length - 1) * type.small * type.lineHeight - type.small * 0.3 : row.y + type.small * 0.35;
      textLines(rowG, headerX, headerY, [row.when], { className: 'label halo wp-when', size: type.small });
      textLines(rowG, headerX, headerY + type.small * type.lineHeight, row.header.slice(1), { className: 'label halo wp-claimant', size: type.small });
      // A thin track from zero: a length, read against the axis. Dashed for low confidence.
      const value = c.builtKm ?? c.percent!;
      rowG.append('path').attr('class', `wp-track wp-track--${low(c) ? 'low' : 'firm'}`).attr('d', `M${round(x0)},${round(row.y)}H${round(panel.x(value))}`);
      if (c.plannedKm !== undefined && panel.kind === 'km') {
        const px = panel.x(c.plannedKm);
        rowG.append('path').attr('class', 'wp-planned').attr('d', `M${round(panel.x(value))},${round(row.y)}H${round(px)}M${round(px)},${round(row.y - 6)}V${round(row.y + 6)}`);
      }
      mark(rowG, c, [panel.x(value), row.y], size);
      const vx = Math.min(Math.max(panel.x(value) - 6, x0), x1 + 6 - Math.max(...row.value.map((l) => textWidth(l, type.small))));
      textLines(rowG, vx, row.y + 8 + type.small, row.value, { className: 'label halo wp-value', size: type.small });
    }
    if (panel.kind === 'km') {
      const bx = panel.x(input.borderKm);
      const text = borderText(input);
      const right = bx + 4 + textWidth(text, type.small) <= width - 4;
      g.append('path').attr('class', 'wp-border-rule').attr('d', `M${round(bx)},${round(panel.borderLabelY + 3)}V${round(panel.axisY - type.small - 1)}`);
      g.append('text').attr('class', 'label halo wp-border-label').attr('font-size', type.small).attr('x', round(right ? bx + 4 : bx - 4)).attr('y', round(panel.borderLabelY)).attr('text-anchor', right ? 'start' : 'end').text(text);
    }
    if (panel.note.length) textLines(g, margin, panel.noteY, panel.note, { className: 'label wp-note', size: type.small });
  }
  return serialize(svg);
}

function table(input: WallProgressInput): DataTable {
  return {
    caption: 'Claims about how much of the border wall is built, oldest first: each a separate claim, not one series',
    sortable: true,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'claimant', label: 'Claimed by', rowHeader: true },
      { key: 'figure', label: 'Figure', numeric: true },
      { key: 'scope', label: 'Measures' },
      { key: 'confidence', label: 'Confidence' },
    ],
    rows: [...input.km, ...input.percent]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((c) => ({
        id: c.id,
        cells: {
          date: { text: formatPartialDate(c.date), sort: c.date, note: c.dateNote },
          claimant: { text: c.claimant, note: c.note },
          figure: c.builtKm !== undefined
            ? { text: `${kmText(c)}${c.plannedKm !== undefined ? ` of ${formatKm(c.plannedKm)} planned` : ''}`, sort: c.builtKm }
            : { text: `${QUALIFIER[c.qualifier]}${formatNumber(c.percent!)}%`, sort: c.percent!, note: 'A share, not a length.' },
          scope: { text: SCOPE[c.scope].words },
          confidence: { text: c.confidence },
        },
        sources: c.sources,
      })),
  };
}

export default defineChart<WallProgressInput>({
  id: 'wall-progress',
  title: TITLE,
  widths: [360, 720],
  credit: 'Chart: claims as published, from the sources listed; border length measured on Natural Earth 1:10m',
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.km, ...input.percent].flatMap((c) => c.sources))],
  asOf: (input) => input.asOf,
  steps: [
    {
      id: 'claims',
      alt: (input) =>
        `Each claim is a separate mark, oldest first. ${input.km.map((c) => `${formatPartialDate(c.date)}, ${c.claimant}: ${valueText(c, ', ')} (${confidenceWords(c)})`).join('. ')}. ` +
        (input.percent.length ? `Shown apart, as a share rather than a length: ${input.percent.map((c) => `${formatPartialDate(c.date)}, ${c.claimant}: ${valueText(c)} (${confidenceWords(c)})`).join('. ')}.` : ''),
    },
    {
      id: 'whole-wall',
      alt: (input) => {
        const whole = [...input.km, ...input.percent].filter((c) => c.scope === 'cumulative');
        const kmWhole = whole.filter((c) => c.builtKm !== undefined);
        const drop = kmWhole.flatMap((later, j) => kmWhole.slice(0, j).filter((earlier) => later.builtKm! < earlier.builtKm!).map((earlier) => [earlier, later] as const))[0];
        return (
          `Only the claims for the whole wall are highlighted: ${listText(whole.map((c) => `${formatPartialDate(c.date)}, ${c.claimant}: ${c.builtKm !== undefined ? kmText(c) : `${QUALIFIER[c.qualifier]}${formatNumber(c.percent!)}%`}`))}.` +
          (drop ? ` The total of ${formatPartialDate(drop[1].date)} is lower than that of ${formatPartialDate(drop[0].date)}, so the two cannot both count one growing wall.` : '')
        );
      },
    },
  ],
});
