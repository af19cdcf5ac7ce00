/**
 * Who claims a figure, said in prose from the data: the claimant's kind decides "according to"
 * (officials, organisations, reference works) or "as reported by" (a news outlet in its own
 * voice); groups of claimants are named by their kinds ("officials and news reports"), never by
 * typed wording. The words themselves are interface strings (src/i18n/).
 */
import type { ClaimantKind } from '../data/schema/common.ts';
import { t } from '../i18n/index.ts';

export interface Claim {
  claimant: string;
  claimantKind: ClaimantKind;
  confidence?: 'high' | 'medium' | 'low' | undefined;
}

/**
 * The claimant as prose names them: "UN OCHA (via VOA)" becomes "UN OCHA, as reported by VOA";
 * "Fuad Hussein, Iraqi foreign minister (to Reuters)" becomes "…, speaking to Reuters".
 */
export function claimantName(claimant: string): string {
  // "CENTCOM; Iraq's armed forces spokesman": several claimants, one figure.
  if (claimant.includes('; ')) return t.list(claimant.split('; ').map(claimantName));
  const m = /^(.*?)\s*\((via|to|quoted by|summarised by|cited by) ([^)]*)\)$/.exec(claimant);
  if (!m) return t.attribution.named(claimant);
  const who = t.attribution.named(m[1]!);
  return m[2] === 'to' ? t.attribution.speakingTo(who, m[3]!) : t.attribution.reportedVia(who, m[3]!);
}

/** "according to CENTCOM", "as reported by Shafaq News", "according to Wikipedia". */
export function according(claim: Claim): string {
  const name = claimantName(claim.claimant);
  return claim.claimantKind === 'media' ? t.attribution.reportedBy(name) : t.attribution.according(name);
}

/** The same with the confidence the data gives, when it is not high: "…, a figure we hold with low confidence". */
export function attributed(claim: Claim, fallback?: 'high' | 'medium' | 'low'): string {
  const confidence = claim.confidence ?? fallback;
  return confidence && confidence !== 'high'
    ? `${according(claim)}${t.attribution.confidence[confidence]}`
    : according(claim);
}

/** Claimants grouped by kind, in a fixed order: "officials and news reports". */
export function claimantGroups(claims: readonly Claim[]): string {
  const order: ClaimantKind[] = [
    'official',
    'armed-group',
    'international-organisation',
    'ngo',
    'research-body',
    'media',
    'reference',
  ];
  const kinds = order.filter((k) => claims.some((c) => c.claimantKind === k));
  return t.list(kinds.map((k) => t.attribution.groups[k] ?? k));
}
