/** The data files whose facts cite sources, by their key in SiteData. */
export const DATA_FILE_OF = {
  border: 'border.json',
  crossings: 'crossings.json',
  sectors: 'sectors.json',
  fortifications: 'fortifications.json',
  sites: 'sites.json',
  events: 'events.json',
  alHolPopulation: 'series/al-hol-population.json',
  detaineesHeld: 'series/detainees-held.json',
  repatriations: 'series/repatriations.json',
  transfers2026: 'series/transfers-2026.json',
  corrections: 'corrections.json',
} as const;
