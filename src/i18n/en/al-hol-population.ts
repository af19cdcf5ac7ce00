/** Strings of the al-hol-population chart (labels, legends, units, captions, alt text), English. */
export const alHolPopulation = {
  title: 'Al-Hol camp, 2018–2026',
  credit:
    'Chart: reported figures as listed in the table; dates given only as a month or year are drawn at the middle of ' +
    'the period',
  /** The nationality groups a breakdown may name. */
  group: { iraqis: 'Iraqis', syrians: 'Syrians', others: 'other nationalities' } as Record<string, string>,
  legend: {
    style: {
      exact: 'count',
      rounded: 'rounded or “more than”',
      low: 'low confidence',
      outlier: 'outlier, see table',
    } as Record<string, string>,
    span: (narrow: boolean) =>
      narrow ? 'month- or year-only date' : 'the span of a date given only as a month or year',
    /** The first group of a breakdown: "of whom Iraqis". */
    ofWhom: (group: string) => `of whom ${group}`,
  },
  axis: 'People',
  label: {
    closed: (date: string, zero: string) => `Closed, ${date}: ${zero}`,
    peak: (low: string, high: string, span: string) => `Peak: ${low} to ${high}, ${span}`,
    event: (title: string, date: string) => `${title}, ${date}`,
    outlierValue: (value: string) => `${value}: outlier`,
    /** "Iraqis: 30,897 of 68,744 (45%)". */
    share: (group: string, value: string, total: string, share: string) => `${group}: ${value} of ${total} (${share})`,
    run: (claimant: string) => `${claimant} counts`,
  },
  /** "on 19 January 2026", "in December 2018", "in 2024". */
  when: (date: string, day: boolean) => `${day ? 'on' : 'in'} ${date}`,
  /** "10,000 and 9,400 in December 2018". */
  and: (a: string, b: string) => `${a} and ${b}`,
  describe: (
    count: string,
    first: string,
    firstDate: string,
    low: string,
    high: string,
    span: string,
    last: string,
    lastWhen: string,
  ) =>
    `Dot chart of ${count} reported counts of al-Hol's population: ${first} in ${firstDate}, a peak of ${low} to ` +
    `${high} in ${span}, a slow fall to ${last} ${lastWhen}`,
  describeClosure: (zero: string, date: string) => ` and ${zero} when it was declared closed on ${date}`,
  describeShares: (first: string, firstWhen: string, last: string, lastWhen: string) =>
    ` Where a source splits the total by nationality, Iraqis were ${first} ${firstWhen} and ${last} ${lastWhen}.`,
  describeOutliers: (count: string) => ` ${count} figures flagged as outliers are marked with a cross.`,
  alt: {
    arrivals: (from: string, year: string, growth: string, low: string, high: string, span: string) =>
      `${from} to the end of ${year}, enlarged: the counts rise from ${growth} to a peak of ${low} to ${high} in ` +
      `${span}, then begin to fall.`,
    run: (claimant: string, from: string) => ` A line joins ${claimant}'s counts from ${from}.`,
    /** "below 60,000 by November 2019". */
    below: (threshold: string, date: string) => `below ${threshold} by ${date}`,
    decline: (year: string, fall: string, returns: string, split: string, outliers: string) =>
      `The whole period: after the ${year} peak the counts fall slowly: ${fall}. A dashed line marks ${returns}, ` +
      `when Iraq began bringing citizens home.${split} Crosses mark ${outliers} outliers, figures far from the ` +
      `others or not comparable with them.`,
    split: (first: string, last: string) =>
      ` Iraqis, marked as red squares where a source gives them, go from ${first} to ${last}.`,
    /** "30,897 of 68,744 (45%) in November 2019". */
    share: (value: string, total: string, share: string, when: string) => `${value} of ${total} (${share}) ${when}`,
    closure: (
      span: string,
      low: string,
      high: string,
      outliers: string,
      handover: string,
      closed: string,
      groups: string,
    ) =>
      `${span}: counts between ${low} and ${high}${outliers}. A dashed line marks ${handover}, when government ` +
      `forces entered the camp${closed}.${groups}`,
    closureOutliers: (values: string) => `, and an outlier of ${values}`,
    closed: (zero: string, date: string) => `; the camp was declared closed, with ${zero} residents, on ${date}`,
    largest: (date: string, group: string, value: string, total: string) =>
      ` In the split of ${date}, ${group} were the largest group (${value} of ${total}).`,
  },
  table: {
    caption: 'Reported population of al-Hol camp, oldest first, with the nationality split where the source gives one',
    others: 'Other nationalities',
    outlier: '; outlier',
    outlierNote: 'Marked with a cross and labelled on the chart; left out of every line.',
    runNote: (claimant: string) => `Joined by a line to the other ${claimant} counts.`,
  },
};
