/** transfers-2026 — what the chart says in words: its description and each step's alt text. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { claimInProse, figureText, shortClaimant, type Claim } from '../kit/claims.ts';
import { byIds, type Transfers2026Input } from './prepare.ts';

const s = () => t.charts['transfers-2026'];
const long = (c: Claim) => figureText(c, { long: true });
const list = (claims: Claim[]) => claims.map((c) => claimInProse(c)).join('; ');

export function describe(input: Transfers2026Input): string {
  const finals = byIds(input, input.finalIds);
  const outliers = input.claims.filter((c) => c.outlier);
  const first = byIds(input, input.steps.first)[0]!;
  const flagged = outliers.map((c) => s().flaggedItem(shortClaimant(c.claimant), long(c))).join('; ');
  return (
    s().describe(
      formatNumber(input.claims.length),
      formatPartialDate(first.date),
      formatPartialDate(input.asOf),
      long(first),
      finals.map(long).join(', '),
    ) +
    (outliers.length ? s().flagged(flagged) : '') +
    s().hollow(input.claims.some((c) => c.period.precision !== 'day'))
  );
}

export function firstAlt(input: Transfers2026Input): string {
  const first = byIds(input, input.steps.first);
  return s().alt.first(formatPartialDate(first[0]!.date), list(first));
}

export function riseAlt(input: Transfers2026Input): string {
  return s().alt.rise(list(byIds(input, input.steps.rise)));
}

export function totalAlt(input: Transfers2026Input): string {
  const total = byIds(input, input.steps.total);
  const finals = total.filter((c) => input.finalIds.includes(c.id));
  const outliers = total.filter((c) => c.outlier);
  const others = total.filter((c) => !finals.includes(c) && !outliers.includes(c));
  // "all close to 5,700": the lowest final count, to the hundred.
  const near = formatNumber(Math.round(Math.min(...finals.map((c) => c.value)) / 100) * 100);
  return s().alt.total(
    near,
    list(finals),
    others.length ? list(others) : undefined,
    outliers.length ? list(outliers) : undefined,
  );
}
