/**
 * Strings of the border-length chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const borderLength = {
  title: 'How long is the border?',
  credit: 'Chart: published figures as listed; measured length from Natural Earth 1:10m',
  /** Who gave a figure, as a group heading. */
  kind: { reference: 'Reference works', official: 'Iraqi officials', media: 'News media' } as Record<string, string>,
  /** What a figure measures, after its claimant in a row label, and in the table. */
  measures: { border: '', 'planned-wall': ' (planned wall)', trench: ' (trench)' } as Record<string, string>,
  of: { border: 'the border', 'planned-wall': 'the planned wall', trench: 'the trench' } as Record<string, string>,
  /** A row: "Rudaw, Oct 2025 (trench)". */
  row: (claimant: string, date: string, measures: string) => `${claimant}, ${date}${measures}`,
  /** The figure over a dot: "~615" for about, ">600" for more than. */
  mark: { exact: '', about: '~', 'more-than': '>' } as Record<string, string>,
  axis: 'km',
  measured: (length: string) => `Measured on this map: ${length}. The real line, with every bend, is longer.`,
  describe: (n: string, range: string, groups: string, measured: string) =>
    `Dot chart of ${n} published lengths for the Iraq–Syria border and the barriers along it, from ${range}, ` +
    `grouped by who gave them (${groups}); a line marks ${measured}, the length measured on this site's map.`,
  alt: {
    group: (kind: string, range: string) => `${kind}: ${range}`,
    claims: (n: string, groups: string, news: string | null) =>
      `${n} published figures. For the border itself, ${groups}.` +
      (news ? ` The news story's ${news} is circled as one of them.` : ''),
    measured: (length: string, below: boolean) =>
      `A dashed line adds the length measured on this site's map, ${length}, ` +
      `${below ? 'below every published figure' : 'among the published figures'}; a map line generalised at 1:10m ` +
      'is shorter than the real boundary.',
  },
  table: {
    caption: (measured: string) =>
      `Published lengths, grouped by who gave them; ${measured} measured on this site's map`,
    columns: { claimant: 'Given by', km: 'Length', of: 'Of', asOf: 'As of' },
    news: (date: string) => `The figure in the ${date} news report.`,
  },
};
