/**
 * Fields the schemas gained after data was first published, filled in when an old version is
 * read from git for "What changed". Only fields no chart table shows may be filled here: a
 * filled-in value must never show up as a change to a figure.
 */

/** Claims got "claimantKind" in December 2026; tables show the claimant, never its kind. */
const PLACEHOLDER_KIND = 'media';

export function upgradeHistoric(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(upgradeHistoric);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = upgradeHistoric(v);
  if (typeof out.claimant === 'string' && !('claimantKind' in out) && !('kind' in out))
    out.claimantKind = PLACEHOLDER_KIND;
  return out;
}
