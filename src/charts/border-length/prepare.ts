/** Selects the published lengths from the validated data, grouped by who gave them, each with its row labels. */
import { t } from '../../i18n/index.ts';
import { borderFacts } from '../../data/border-facts.ts';
import { REFERENCED } from '../../data/references.ts';
import type { ReportedLength } from '../../data/schema/border.ts';
import type { SiteData } from '../../data/validate.ts';
import { latestDate, LOCALE } from '../../lib/format/index.ts';

export const KINDS = ['reference', 'official', 'media'] as const;
const words = () => t.charts['border-length'];

/** "Oct 2025" where the month is known, else the year: enough to tell rows apart (kept on one line). */
function shortDate(asOf: string): string {
  if (asOf === 'undated' || asOf.length === 4) return asOf === 'undated' ? t.undated : asOf;
  const month = new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`);
  const date = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month);
  return date.replace(/ /g, '\u00a0');
}

/** "Security Media Cell (Iraq)" → "Security Media Cell"; "Iraq's interior minister, Abdul Amir …" → "Iraq's interior minister". */
export const shortClaimant = (claimant: string) => claimant.split(',')[0]!.replace(/\s*\([^)]*\)$/, '');

export interface Claim extends ReportedLength {
  id: string;
  /** The claim the news story used. */
  news: boolean;
  label: string;
  /** The label on a phone: who, without the name or country that follows. */
  shortLabel: string;
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

export function prepare(data: SiteData): BorderLengthInput {
  const facts = borderFacts(data);
  const newsId = REFERENCED.newsLength.path[1];
  const claims: Claim[] = Object.entries(data.border.lengths).map(([id, l]) => {
    const row = (claimant: string) => words().row(claimant, shortDate(l.asOf), words().measures[l.measures] ?? '');
    return { ...l, id, news: id === newsId, label: row(l.claimant), shortLabel: row(shortClaimant(l.claimant)) };
  });
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
