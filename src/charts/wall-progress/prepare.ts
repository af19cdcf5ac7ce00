/** Selects the wall claims from the validated data, and the words every part of the chart uses for them. */
import type { SymbolType } from 'd3-shape';
import { symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { t } from '../../i18n/index.ts';
import { borderFacts } from '../../data/border-facts.ts';
import type { WallClaim } from '../../data/schema/fortifications.ts';
import type { SiteData } from '../../data/validate.ts';
import { formatKm, formatNumber, latestDate } from '../../lib/format/index.ts';

/** The symbol that stands for each scope of a claim: what its figure measures. */
export const SCOPE_SYMBOL: Record<WallClaim['scope'], SymbolType> = {
  cumulative: symbolCircle,
  section: symbolSquare,
  added: symbolTriangle,
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

export function prepare(data: SiteData): WallProgressInput {
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

const words = () => t.charts['wall-progress'];

export const low = (c: Claim) => c.confidence === 'low';
export const confidenceWords = (c: Claim) => words().confidence(c.confidence);
export const scopeWords = (c: Claim) => words().scope[c.scope]!;
const qualified = (c: Claim, figure: string) => `${t.qualifier[c.qualifier] ?? ''}${figure}`;

/** "about 400 km", "83 km": a kilometre claim as phrased. */
export const kmText = (c: Claim) => qualified(c, formatKm(c.builtKm!));

/** "about 80%": a share claim as phrased. */
export const percentText = (c: Claim) => qualified(c, words().percent(formatNumber(c.percent!)));

/** " of 615 km planned", when the claim gives a planned length. */
export const plannedText = (c: Claim) => (c.plannedKm !== undefined ? words().planned(formatKm(c.plannedKm)) : '');

/** "about 400 km of 615 km planned: the whole wall so far", "about 80% of the whole wall". */
export function valueText(c: Claim, separator = ': '): string {
  if (c.builtKm === undefined) return words().share(percentText(c), scopeWords(c).share);
  return words().value(kmText(c), plannedText(c), separator, scopeWords(c).words);
}
