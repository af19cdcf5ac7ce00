/** repatriations — what the chart says in words: its description and each step's alt text. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { claimInProse, figureText, topOf, type Claim, type Unit } from '../kit/claims.ts';
import { inWindow, unitClaims, type RepatriationsInput } from './prepare.ts';

const s = () => t.charts.repatriations;

/** "from 381–398 to about 19,000 people": the span of one unit's running totals, outliers aside. */
function spanText(claims: Claim[], unit: Unit): string {
  const usable = claims.filter((c) => !c.outlier);
  const low = usable.reduce((a, b) => (b.value < a.value ? b : a));
  const high = usable.reduce((a, b) => (topOf(b) > topOf(a) ? b : a));
  return s().spanOf(figureText(low, { long: true }), figureText(high, { long: true }), s().unit[unit]!);
}

/** "580 to 935", the smallest and largest convoy in people. */
const convoySize = (input: RepatriationsInput) =>
  input.convoyPeople
    ? s().rangeProse(formatNumber(input.convoyPeople[0]), formatNumber(input.convoyPeople[1]))
    : undefined;

const withUnit = (c: Claim) => s().figureUnit(figureText(c, { long: true }), s().unit[c.unit]!);
const list = (claims: Claim[]) => claims.map((c) => claimInProse(c, withUnit(c))).join('; ');

export function describe(input: RepatriationsInput): string {
  const outliers = input.claims.filter((c) => c.outlier);
  const flagged = outliers.map((c) => s().flaggedItem(c.claimant, withUnit(c), formatPartialDate(c.date))).join('; ');
  return (
    s().describe(
      formatNumber(input.claims.length),
      formatPartialDate(input.claims[0]!.date),
      formatPartialDate(input.asOf),
      spanText(unitClaims(input, 'people'), 'people'),
      spanText(unitClaims(input, 'families'), 'families'),
    ) +
    (outliers.length ? s().flagged(flagged) : '') +
    (input.convoys.length ? s().convoysProse(formatNumber(input.convoys.length), convoySize(input)) : '')
  );
}

export function startAlt(input: RepatriationsInput): string {
  return s().alt.start(list(input.claims.filter(inWindow(input.windows.start))));
}

export function paceAlt(input: RepatriationsInput): string {
  const window = inWindow(input.windows.pace);
  const focus = input.claims.filter(window);
  const normal = focus.filter((c) => !c.outlier);
  const out = focus.filter((c) => c.outlier);
  return s().alt.pace(
    formatPartialDate(String(new Date(input.windows.pace[0]).getUTCFullYear())),
    formatNumber(input.convoys.filter(window).length),
    convoySize(input),
    list(normal.filter((c) => c.unit === 'people')),
    list(normal.filter((c) => c.unit === 'families')),
    out.length ? list(out) : undefined,
  );
}

export function latestAlt(input: RepatriationsInput): string {
  return s().alt.latest(
    formatPartialDate(input.asOf.slice(0, 7)),
    list(input.claims.filter(inWindow(input.windows.latest))),
  );
}
