/**
 * Strings of the chart kit's marks (claims and uncertainty, dates, legends, axes), English.
 * Functions of values the caller has already formatted: this module imports nothing.
 */
export const kitMarks = {
  /** Two ends of a span of dates or figures: "March–June 2019", "381–398". */
  span: (from: string, to: string) => `${from}–${to}`,
  /** A table's date when the source gives no day: "2024 (year only)". */
  tableDate: (date: string, precision: 'year' | 'month') => `${date} (${precision} only)`,
  /** Where a figure with a partial date is drawn, for the table. */
  placement: {
    across: {
      year: 'Drawn across the whole year: the source gives no month or day.',
      month: 'Drawn across the whole month: the source gives no day.',
    },
    middle: {
      year: 'Drawn at the middle of the year: the source gives no month or day, so its position is approximate.',
      month: 'Drawn at the middle of the month: the source gives no day.',
    },
    /** A year cut short where the series ends: "1 January–22 February 2026". */
    middleCut: (span: string) =>
      `Drawn at the middle of ${span}, where the series ends: the source gives no month or day, so its position is ` +
      `approximate.`,
  },
  /** How a figure reads on a chart, before the number ("over 15,000"); tables use the longer `qualifier`. */
  qualifierShort: {
    exact: '',
    about: 'about ',
    'more-than': 'over ',
    'at-least': 'at least ',
    nearly: 'nearly ',
    'fewer-than': 'under ',
    'up-to': 'up to ',
  } as Record<string, string>,
  /** A figure's qualifier and number: "about 12,500". */
  figure: (qualifier: string, number: string) => `${qualifier}${number}`,
  /** After a figure in a label: "over 25,000 · outlier". */
  outlierTag: ' · outlier',
  /** A label's words for an outlier on its own. */
  outlier: 'outlier',
  /** "Dated only 2024:", heading the figures that share a year or month. */
  datedOnly: (period: string) => `Dated only ${period}:`,
  /** Who and when, under a figure: "CENTCOM, 12 Feb". */
  whoWhen: (who: string, when: string) => `${who}, ${when}`,
  /** Date notes that start with these words read on in lower case after a comma ("early February"). */
  dateNoteLead: /^(About|Around|Early|Mid|Late)\b/,
  confidence: { high: 'High', medium: 'Medium', low: 'Low' } as Record<string, string>,
  lowConfidence: 'low confidence',
  /** The aria-label of a chart's legend. */
  legend: 'Legend',
  /** Table headings the claim charts share. */
  columns: { date: 'Date', reportedBy: 'Reported by', givenBy: 'Given by', confidence: 'Confidence', people: 'People' },
  /** A claim in a sentence: "about 19,000 people (Arab News, 28 January 2026, low confidence)". */
  claimInProse: (figure: string, who: string, date: string, low: boolean) =>
    `${figure} (${who}, ${date}${low ? ', low confidence' : ''})`,
};
