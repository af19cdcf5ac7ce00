/**
 * Labels for claims on a time axis, as requests for the placer (placer.ts): the figure, then who
 * gave it and when, with shorter versions for tight spots. Bars over the same year or month
 * share one label ("Dated only 2024: …"), so their disagreement reads at a glance; dots too
 * close to label apart share one too; a named group (e.g. the final counts) has its heading.
 */
import { t } from '../../i18n/index.ts';
import type { Box } from './box.ts';
import { figureText, shortClaimant, topOf, type Claim } from './claims.ts';
import type { Placed } from './claim-marks.ts';
import { shortDate } from './dates.ts';
import { ALL_SIDES, type LabelRequest, type Line, type Side } from './placer.ts';
import { wrap } from './text.ts';

export interface LabelStyle {
  /** Type sizes of the figure and of who and when. */
  base: number;
  small: number;
  /** Wrap who and when at this width, px. */
  claimantWidth: number;
  /** Day dates with their year ("19 Jan 2026"), for axes longer than a year. */
  year: boolean;
}

/** Claims labelled together under a heading, whatever their dates. */
export interface NamedGroup {
  ids: ReadonlySet<string>;
  header: string;
  className: string;
}

const GROUP_SIDES: readonly Side[] = [
  'above',
  'left',
  'below',
  'right',
  'above-left',
  'above-right',
  'below-left',
  'below-right',
  'left-down',
];

const muted =
  (size: number) =>
  (text: string): Line => ({ text, size, muted: true });

function figureLine(c: Claim, style: LabelStyle): Line {
  const tag = c.outlier ? t.charts.kit.marks.outlierTag : '';
  return { text: `${figureText(c)}${tag}`, size: style.base, weight: 700, italic: c.confidence === 'low' };
}

/** "CENTCOM, 12 Feb"; a short date note ("early February 2026") says more than a month alone. */
function whoWhen(c: Claim, style: LabelStyle): string {
  const { whoWhen: join, dateNoteLead } = t.charts.kit.marks;
  const note =
    c.dateNote && c.dateNote.length <= 26
      ? c.dateNote.replace(/\.$/, '').replace(dateNoteLead, (w) => w.toLowerCase())
      : undefined;
  const when = c.period.precision === 'day' ? shortDate(c.date, { year: style.year }) : (note ?? shortDate(c.date));
  return join(shortClaimant(c.claimant), when.replace(/ /g, '\u00a0'));
}

const wrapped = (text: string, style: LabelStyle) =>
  wrap(text, style.small, style.claimantWidth).map(muted(style.small));

/** One claim's label, fullest first: figure, who and when; then shorter. */
function singleVersions(c: Claim, style: LabelStyle): Line[][] {
  const figure = figureLine(c, style);
  return [
    [figure, ...wrapped(whoWhen(c, style), style)],
    [figure, ...wrapped(shortClaimant(c.claimant), style)],
    [figure],
  ];
}

/** One label for figures dated to the same year or month (bars over the same period). */
function periodGroupVersions(claims: Claim[], style: LabelStyle): Line[][] {
  const header: Line = {
    text: t.charts.kit.marks.datedOnly(shortDate(claims[0]!.date)),
    size: style.small,
    muted: true,
  };
  const inline = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${shortClaimant(c.claimant)}` }));
  const stacked = claims.flatMap((c) => [figureLine(c, style), ...wrapped(shortClaimant(c.claimant), style)]);
  return [
    [header, ...inline],
    [header, ...stacked],
    [header, ...claims.map((c) => figureLine(c, style))],
  ];
}

/** One label for marks too close to label apart, highest figure first so the lines match. */
function clusterVersions(claims: Claim[], style: LabelStyle, header?: string): Line[][] {
  const inline = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${whoWhen(c, style)}` }));
  const stacked = claims.flatMap((c) => [figureLine(c, style), ...wrapped(whoWhen(c, style), style)]);
  const short = claims.map((c): Line => ({ ...figureLine(c, style), tail: ` ${shortClaimant(c.claimant)}` }));
  const versions = [inline, stacked, short, claims.map((c) => figureLine(c, style))];
  if (header === undefined) return versions;
  const head: Line = { text: header, size: style.small, weight: 700 };
  return versions.map((lines) => [head, ...lines]);
}

const union = (boxes: Box[]): Box =>
  boxes.reduce((a, b) => ({
    x0: Math.min(a.x0, b.x0),
    x1: Math.max(a.x1, b.x1),
    y0: Math.min(a.y0, b.y0),
    y1: Math.max(a.y1, b.y1),
  }));

/** Groups of marks that share a label: named groups, outliers alone, bars by period, close dots. */
function groupsOf(focused: readonly Placed[], style: LabelStyle, radius: number, named: readonly NamedGroup[]) {
  const groups: { members: Placed[]; name?: NamedGroup }[] = [];
  for (const name of named) {
    const members = focused.filter((p) => name.ids.has(p.claim.id));
    if (members.length) groups.push({ members, name });
  }
  const byPeriod = new Map<string, Placed[]>();
  const points: Placed[] = [];
  for (const p of focused) {
    if (named.some((n) => n.ids.has(p.claim.id))) continue;
    if (p.claim.outlier) groups.push({ members: [p] });
    else if (p.bar) byPeriod.set(p.claim.date, [...(byPeriod.get(p.claim.date) ?? []), p]);
    else points.push(p);
  }
  groups.push(...[...byPeriod.values()].map((members) => ({ members })));
  // Dots close enough that a label beside one could be read as the other's: one cluster.
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    if (parent[i] === i) return i;
    const root = find(parent[i]!);
    parent[i] = root;
    return root;
  };
  const near = (a: Placed, b: Placed) =>
    Math.abs(a.x - b.x) < Math.max(radius * 2 + 4, 24) && Math.abs(a.y - b.y) < style.base * 1.2;
  for (const [i, a] of points.entries())
    for (const [j, b] of points.entries()) if (j > i && near(a, b)) parent[find(j)] = find(i);
  const clusters = new Map<number, Placed[]>();
  for (const [i, p] of points.entries()) clusters.set(find(i), [...(clusters.get(find(i)) ?? []), p]);
  groups.push(...[...clusters.values()].map((members) => ({ members })));
  return groups;
}

/**
 * Label requests for the claims in focus, in a few orders for `placeLabels` to compare: named
 * groups, outliers and `priority` claims first, then shared labels, then single ones.
 */
export function claimLabelOrders(
  focused: readonly Placed[],
  bounds: Box,
  style: LabelStyle,
  radius: number,
  named: readonly NamedGroup[] = [],
  priority: ReadonlySet<string> = new Set(),
): LabelRequest[][] {
  const requests = groupsOf(focused, style, radius, named).map(({ members, name }) => {
    const sorted = [...members].sort(
      (a, b) => topOf(b.claim) - topOf(a.claim) || a.claim.period.start - b.claim.period.start,
    );
    const claims = sorted.map((p) => p.claim);
    const single = sorted.length === 1 && !name;
    const first = sorted[0]!;
    const urgent = name !== undefined || first.claim.outlier || claims.some((c) => priority.has(c.id));
    const versions = name
      ? clusterVersions(claims, style, name.header)
      : single
        ? singleVersions(first.claim, style)
        : first.bar
          ? periodGroupVersions(claims, style)
          : clusterVersions(claims, style);
    const className = [
      'claim-label',
      first.claim.outlier ? 'claim-label--outlier' : '',
      single ? '' : 'claim-label--group',
      name?.className ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      anchor: union(sorted.map((p) => p.box)),
      versions,
      sides: single && !first.bar ? ALL_SIDES : GROUP_SIDES,
      bounds,
      className,
      weight: name ? 60 : first.claim.outlier ? 50 : urgent ? 40 : single ? 1 : 3 * sorted.length,
      rank: urgent ? 0 : single ? 2 : 1,
      start: Math.max(...claims.map((c) => c.period.start)),
      top: topOf(first.claim),
    };
  });
  type Request = (typeof requests)[number];
  const by = (f: (a: Request, b: Request) => number) => [...requests].sort((a, b) => a.rank - b.rank || f(a, b));
  return [
    by((a, b) => b.start - a.start),
    by((a, b) => a.start - b.start),
    by((a, b) => b.top - a.top),
    by((a, b) => a.top - b.top),
    // Left to right and right to left regardless of rank: sometimes a small label placed first
    // leaves room for a big one, and the weights decide.
    [...requests].sort((a, b) => a.anchor.x0 - b.anchor.x0),
    [...requests].sort((a, b) => b.anchor.x1 - a.anchor.x1),
  ];
}
