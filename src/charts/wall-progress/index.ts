/**
 * wall-progress — "How much wall is built? The claims": every dated claim about the concrete
 * wall as its own mark, with who made it, when and how confident we are in it. Nothing joins
 * the marks: the claims are not one series (a later total can be lower than an earlier one).
 * Kilometre claims and percentage claims sit in separate panels with their own axes; the symbol
 * says what a figure measures (the whole wall, one section, or an addition).
 */
import { symbol } from 'd3-shape';
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { chartMeta } from '../kit/chart-meta.ts';
import { defineChart, type DataTable, type RenderOptions } from '../types.ts';
import { chartSvg, layer, serialize, type G, type Svg } from '../svg.ts';
import { round } from '../kit/round.ts';
import { textLines } from '../kit/text-lines.ts';
import { textWidth } from '../kit/text.ts';
import { typeScale, type TypeScale } from '../kit/type-scale.ts';
import { layout, type Layout, type Panel, type RowLayout, type TextBlock } from './layout.ts';
import {
  confidenceWords,
  kmText,
  low,
  percentText,
  plannedText,
  prepare,
  scopeWords,
  valueText,
  SCOPE_SYMBOL,
  type Claim,
  type WallProgressInput,
} from './prepare.ts';

const words = () => t.charts['wall-progress'];
const note = (type: TypeScale) => ({ className: 'label wp-note', size: type.small });

function describe(input: WallProgressInput): string {
  const whole = input.km.filter((c) => c.scope === 'cumulative').map((c) => c.builtKm!);
  const shares = input.percent.length
    ? formatList(input.percent.map((c) => words().shareWhen(percentText(c), formatPartialDate(c.date))))
    : null;
  const n = formatNumber(input.km.length + input.percent.length);
  const [low_, high] = [formatKm(Math.min(...whole)), formatKm(Math.max(...whole))];
  return words().describe(n, low_, high, shares, input.percent.length === 1);
}

function mark(g: G, claim: Claim, at: [number, number], size: number, extraClass = ''): void {
  g.append('path')
    .attr('class', `wp-claim wp-claim--${low(claim) ? 'low' : 'firm'} wp-claim--${claim.scope}${extraClass}`)
    .attr('transform', `translate(${round(at[0])},${round(at[1])})`)
    .attr('d', symbol(SCOPE_SYMBOL[claim.scope], size)()!);
}

/** The key: one symbol per scope in use, then what fill means. */
function drawKey(svg: Svg, L: Layout, type: TypeScale): void {
  const legend = layer(svg, 'wp-legend', words().key);
  for (const { scope, text, x, y } of L.key.items) {
    legend
      .append('path')
      .attr('class', `wp-claim wp-claim--firm wp-claim--${scope}`)
      .attr('transform', `translate(${round(x + 5)},${round(y)})`)
      .attr('d', symbol(SCOPE_SYMBOL[scope], 60)()!);
    legend
      .append('text')
      .attr('class', 'label wp-legend-text')
      .attr('font-size', type.small)
      .attr('x', round(x + 14))
      .attr('y', round(y + type.small * 0.35))
      .text(text);
  }
  textLines(legend, L.margin, L.key.y, L.key.lines, { ...note(type), lineHeight: type.lineHeight });
}

/** Axis with a light grid down through the rows; on the km panel, the border's length for scale. */
function drawAxis(g: G, panel: Panel, input: WallProgressInput, type: TypeScale): void {
  const lastY = panel.rows.at(-1)!.y;
  const { ticks } = panel;
  for (const tick of ticks) {
    const x = round(panel.x(tick));
    g.append('path')
      .attr('class', 'wp-grid')
      .attr('d', `M${x},${round(panel.axisY + 4)}V${round(lastY + 6)}`);
    const km = tick === ticks.at(-1) ? formatKm(tick) : formatNumber(tick);
    const text = panel.kind === 'km' ? km : words().percent(formatNumber(tick));
    g.append('text')
      .attr('class', 'label wp-tick')
      .attr('font-size', type.small)
      .attr('x', x)
      .attr('y', round(panel.axisY))
      .attr('text-anchor', tick === ticks[0] ? 'start' : 'middle')
      .text(text);
  }
  // Without an axis (a phone's share panel), each track lies on the whole scale, its end labelled.
  if (!ticks.length)
    for (const row of panel.rows) {
      const [x0, x1] = panel.x.range().map(round) as [number, number];
      const y = round(row.y);
      g.append('path')
        .attr('class', 'wp-grid')
        .attr('d', `M${x0},${y}H${x1}M${x1},${round(row.y - 5)}V${round(row.y + 5)}`);
      g.append('text')
        .attr('class', 'label wp-tick')
        .attr('font-size', type.small)
        .attr('x', x1 + 4)
        .attr('y', round(row.y + type.small * 0.35))
        .text(words().percent(formatNumber(panel.x.domain()[1]!)));
    }
  // The border as drawn on this site's map, for scale: not a claim.
  if (panel.kind === 'km') {
    const bx = round(panel.x(input.borderKm));
    g.append('path')
      .attr('class', 'wp-border-rule')
      .attr('d', `M${bx},${round(panel.axisY + 4)}V${round(lastY + 6)}`);
  }
}

function drawRow(g: G, row: RowLayout, panel: Panel, L: Layout, type: TypeScale, focus: (c: Claim) => boolean): void {
  const c = row.claim;
  const [x0] = panel.x.range() as [number, number];
  const rowG = g
    .append('g')
    .attr('class', `wp-row${focus(c) ? '' : ' wp-muted'}`)
    .attr('data-claim', c.id);
  const text = (block: TextBlock, className: string) =>
    textLines(rowG, block.x, block.y, block.lines, {
      className: `label halo ${className}`,
      size: type.small,
      anchor: block.anchor,
      lineHeight: type.lineHeight,
    });
  text(row.when, 'wp-when');
  text(row.claimant, 'wp-claimant');
  // A thin track from zero: a length, read against the axis. Dashed for low confidence.
  const value = panel.x(c.builtKm ?? c.percent!);
  rowG
    .append('path')
    .attr('class', `wp-track wp-track--${low(c) ? 'low' : 'firm'}`)
    .attr('d', `M${round(x0)},${round(row.y)}H${round(value)}`);
  if (c.plannedKm !== undefined && panel.kind === 'km') {
    const px = round(panel.x(c.plannedKm));
    rowG
      .append('path')
      .attr('class', 'wp-planned')
      .attr('d', `M${round(value)},${round(row.y)}H${px}M${px},${round(row.y - 6)}V${round(row.y + 6)}`);
  }
  mark(rowG, c, [value, row.y], L.narrow ? 70 : 90);
  text(row.value, 'wp-value');
}

function render(input: WallProgressInput, options: RenderOptions): string {
  const { width, idPrefix } = options;
  const type = typeScale(width);
  const L = layout(input, width, type);
  const focus = options.step === 'whole-wall' ? (c: Claim) => c.scope === 'cumulative' : () => true;
  const svg = chartSvg({
    idPrefix,
    width,
    height: L.height,
    title: words().title,
    description: describe(input),
    className: 'chart chart--wall-progress',
  });
  drawKey(svg, L, type);
  for (const panel of L.panels) {
    const g = layer(svg, `wp-panel wp-panel--${panel.kind}`, panel.heading.join(' '));
    textLines(g, L.margin, panel.headingY, panel.heading, { className: 'label wp-heading', size: type.base });
    drawAxis(g, panel, input, type);
    for (const row of panel.rows) drawRow(g, row, panel, L, type, focus);
    if (panel.kind === 'km') {
      const bx = panel.x(input.borderKm);
      const { text, y } = panel.borderLabel;
      const right = bx + 4 + textWidth(text, type.small) <= width - 4;
      // Above the axis, the rule runs up to its label; a label among the rows sits beside the rule.
      if (y < panel.axisY)
        g.append('path')
          .attr('class', 'wp-border-rule')
          .attr('d', `M${round(bx)},${round(y + 3)}V${round(panel.axisY - type.small - 1)}`);
      g.append('text')
        .attr('class', 'label halo wp-border-label')
        .attr('font-size', type.small)
        .attr('x', round(right ? bx + 4 : bx - 4))
        .attr('y', round(y))
        .attr('text-anchor', right ? 'start' : 'end')
        .text(text);
    }
    if (panel.note.length) textLines(g, L.margin, panel.noteY, panel.note, note(type));
  }
  return serialize(svg);
}

function table(input: WallProgressInput): DataTable {
  const w = words().table;
  return {
    caption: w.caption,
    sortable: true,
    columns: [
      { key: 'date', label: w.columns.date },
      { key: 'claimant', label: w.columns.claimant, rowHeader: true },
      { key: 'figure', label: w.columns.figure, numeric: true },
      { key: 'scope', label: w.columns.scope },
      { key: 'confidence', label: w.columns.confidence },
    ],
    rows: [...input.km, ...input.percent]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((c) => ({
        id: c.id,
        cells: {
          date: { text: formatPartialDate(c.date), sort: c.date, note: c.dateNote },
          claimant: { text: c.claimant, note: c.note },
          figure:
            c.builtKm !== undefined
              ? { text: `${kmText(c)}${plannedText(c)}`, sort: c.builtKm }
              : { text: percentText(c), sort: c.percent!, note: w.shareNote },
          scope: { text: scopeWords(c).words },
          confidence: { text: c.confidence },
        },
        sources: c.sources,
      })),
  };
}

function claimsAlt(input: WallProgressInput): string {
  const a = words().alt;
  const line = (c: Claim, separator?: string) =>
    a.claim(formatPartialDate(c.date), c.claimant, valueText(c, separator), confidenceWords(c));
  const shares = input.percent.length ? input.percent.map((c) => line(c)).join('. ') : null;
  return a.claims(input.km.map((c) => line(c, ', ')).join('. '), shares);
}

function wholeWallAlt(input: WallProgressInput): string {
  const a = words().alt;
  const whole = [...input.km, ...input.percent].filter((c) => c.scope === 'cumulative');
  const kmWhole = whole.filter((c) => c.builtKm !== undefined);
  // The first later total lower than an earlier one: the two cannot both count one growing wall.
  const drops = kmWhole.flatMap((later, j) =>
    kmWhole
      .slice(0, j)
      .filter((earlier) => later.builtKm! < earlier.builtKm!)
      .map((earlier) => [earlier, later] as const),
  );
  const drop = drops[0];
  const claims = formatList(
    whole.map((c) =>
      a.wholeClaim(formatPartialDate(c.date), c.claimant, c.builtKm !== undefined ? kmText(c) : percentText(c)),
    ),
  );
  return a.whole(claims, drop ? a.drop(formatPartialDate(drop[1].date), formatPartialDate(drop[0].date)) : '');
}

export default defineChart<WallProgressInput>({
  ...chartMeta('wall-progress', words()),
  prepare,
  describe,
  render,
  table,
  sources: (input) => [...new Set([...input.km, ...input.percent].flatMap((c) => c.sources))],
  steps: [
    { id: 'claims', alt: claimsAlt },
    { id: 'whole-wall', alt: wholeWallAlt },
  ],
});
