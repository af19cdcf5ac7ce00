/** detainees-held — what the chart says in words: its description and each step's alt text. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { figureText } from '../kit/claims.ts';
import { periodOf, yearTick } from '../kit/dates.ts';
import type { Claim, DetaineesInput } from './prepare.ts';

const s = () => t.charts['detainees-held'];
const figures = (claims: Claim[], join: (items: string[]) => string) =>
  join(claims.map((c) => s().claimBy(c.text, c.obs.claimant)));
const commas = (items: string[]) => items.join(', ');

export function describe(input: DetaineesInput): string {
  const pl = input.plateau;
  const recent = input.recent
    ? s().describeRecent(formatPartialDate(input.recent.key), figures(input.recent.claims, commas))
    : '';
  const tr = input.transfer;
  const transfer = tr
    ? s().describeTransfer(
        formatPartialDate(tr.from),
        formatPartialDate(tr.to),
        figureText(tr.final, { long: true }),
        tr.final.claimant,
      )
    : '';
  const main = s().describe(
    formatNumber(input.claims.length),
    formatPartialDate(input.claims[0]!.obs.date),
    formatPartialDate(input.asOf),
    formatPartialDate(pl.from),
    formatPartialDate(pl.to),
    formatNumber(pl.low),
    formatNumber(pl.high),
  );
  return `${main}${recent}${transfer}`;
}

export function plateauAlt(input: DetaineesInput): string {
  const pl = input.plateau;
  const n = pl.months.flatMap((m) => m.claims).length;
  const disagree = pl.months.filter((m) => m.claims.length > 1 && m.high > m.low);
  const differed = disagree
    .map((m) =>
      s().alt.differed(
        formatPartialDate(m.key),
        figures(m.claims, (items) => items.join(' and ')),
      ),
    )
    .join('');
  return (
    s().alt.plateau(
      formatNumber(n),
      formatPartialDate(pl.from),
      formatPartialDate(pl.to),
      formatNumber(pl.low),
      formatNumber(pl.high),
    ) + differed
  );
}

export function recentAlt(input: DetaineesInput): string {
  const recent = input.recent;
  const tr = input.transfer;
  const lead = recent
    ? s().alt.recent(formatPartialDate(recent.key), figures(recent.claims, commas))
    : s().alt.none(yearTick(periodOf(input.asOf).start));
  const moved = tr
    ? s().alt.moved(
        formatPartialDate(tr.from),
        formatPartialDate(tr.to),
        figureText(tr.final, { long: true }),
        tr.final.claimant,
      )
    : '';
  return `${lead}${moved}`;
}
