/** Strings of the transfers-2026 chart (labels, legends, units, captions, alt text), English. */
export const transfers2026 = {
  title: 'Detainees moved from Syria to Iraq, 2026',
  credit: 'Chart: running totals as reported by the sources listed; nothing interpolated',
  legend: { total: 'reported total', low: 'low confidence', outlier: 'outlier' },
  panelLabel: 'Running totals of detainees moved, in people',
  heading: 'Detainees moved',
  headingNote: ' · running totals as reported',
  /** Under the column of figures whose source gives no day, one line each. */
  column: ['day not', 'given'],
  finalCounts: (count: number) => (count > 1 ? 'Final counts' : 'Final count'),
  describe: (count: string, from: string, to: string, first: string, finals: string) =>
    `${count} reported running totals of detainees moved from Syria to Iraq between ${from} and ${to}, each a ` +
    `separate claim: from ${first} on the first day to final counts of ${finals}.`,
  /** "Fuad Hussein's about 3,000". */
  flaggedItem: (claimant: string, figure: string) => `${claimant}'s ${figure}`,
  flagged: (items: string) => ` ${items} is marked as an outlier.`,
  hollow: (column: boolean) =>
    ` Hollow dots are low-confidence ` +
    `figures${column ? '; figures whose source gives no day stand in a column beside the day axis' : ''}.`,
  alt: {
    first: (date: string, claims: string) =>
      `The first day of the transfer, ${date}: ${claims}. Later figures are faded.`,
    rise: (claims: string) =>
      `The count rises over the following weeks: ${claims}. Figures whose source gives no day stand in a column ` +
      `beside the day axis.`,
    total: (near: string, finals: string, others?: string, outliers?: string) =>
      `The final counts, all close to ${near}: ` +
      `${finals}.${others ? ` Also reported: ${others}.` : ''}${outliers ? ` Marked as an outlier: ${outliers}.` : ''}`,
  },
  table: {
    caption: (year: string) =>
      `Detainees moved from north-east Syria to Iraq in ${year}: running totals as each source reported them`,
    figure: 'Running total',
    noDay: 'The source gives no day: the chart shows the figure in the "day not given" column beside the day axis.',
    final: 'One of the final counts.',
    outlier: 'Outlier: drawn as a cross, not comparable with the other counts.',
    /** "Parts as given: men 4,000; women 1,000." */
    parts: (parts: string) => `Parts as given: ${parts}.`,
    part: (name: string, value: string) => `${name} ${value}`,
  },
};
