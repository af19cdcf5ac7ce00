/**
 * What a site held, claim by claim: its own entries in data/sites.json, plus, for a site whose
 * counts are kept as a series (al-Hol), that series' figures. One record per fact, so the map,
 * the tables and the story quote the same numbers.
 */
import type { HeldFigure, Site } from '../schema/sites.ts';
import type { SiteData } from '../site-data.ts';

const SERIES = { 'al-hol-population': 'alHolPopulation' } as const satisfies Record<
  NonNullable<Site['heldSeries']>,
  keyof SiteData
>;

export function siteHeld(data: SiteData, site: Site): HeldFigure[] {
  if (site.heldSeries === undefined) return site.held;
  const series = data[SERIES[site.heldSeries]];
  // Outliers and low-confidence figures are the series' own verdicts: its chart shows them with
  // their caveats, but they do not stand as the site's count elsewhere.
  const counts: HeldFigure[] = series.observations
    .filter((o) => !o.outlier && (o.confidence ?? series.confidence) !== 'low' && (o.unit ?? series.unit) === 'people')
    .map((o) => ({
      date: o.date,
      low: o.value,
      ...(o.valueMax !== undefined ? { high: o.valueMax } : {}),
      qualifier: o.qualifier,
      unit: 'people' as const,
      claimant: o.claimant,
      claimantKind: o.claimantKind,
      sources: o.sources,
      confidence: o.confidence ?? series.confidence,
      ...(o.note !== undefined ? { note: o.note } : {}),
    }));
  return [...site.held, ...counts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
