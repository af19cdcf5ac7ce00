/** Strings of the detainees-held chart (labels, legends, units, captions, alt text), English. */
export const detaineesHeld = {
  title: 'IS suspects held in SDF prisons',
  credit:
    'Chart: published estimates as listed in the table; figures for the same month are drawn side by side at mid-month',
  legend: {
    about: 'about',
    moreThan: 'more than',
    range: 'a range',
    low: 'low confidence',
    spread: (narrow: boolean) =>
      narrow ? 'spread of figures for one month' : 'the spread of the figures given for the same month',
  },
  axis: 'People held',
  label: {
    plateau: (span: string, low: string, high: string) => `${span}: every figure between ${low} and ${high}`,
    transfer: (span: string, figure: string, claimant: string) =>
      `Moved to Iraq, ${span}: ${figure} (${claimant}), a separate count`,
    claim: (claimant: string, figure: string) => `${claimant}: ${figure}`,
  },
  /** "about 9,000 (AP)": a figure with who gave it. */
  claimBy: (figure: string, claimant: string) => `${figure} (${claimant})`,
  describe: (
    count: string,
    from: string,
    to: string,
    plateauFrom: string,
    plateauTo: string,
    low: string,
    high: string,
  ) =>
    `Dot chart of ${count} published estimates of the number of IS suspects held in SDF prisons, from ${from} to ` +
    `${to}. From ${plateauFrom} to ${plateauTo} every figure lies between ${low} and ${high}.`,
  describeRecent: (month: string, figures: string) => ` In ${month} the figures given were ${figures}.`,
  describeTransfer: (from: string, to: string, figure: string, claimant: string) =>
    ` From ${from} to ${to}, ${figure} were moved to Iraq, according to ${claimant}; that count is shown separately, ` +
    `not subtracted.`,
  alt: {
    plateau: (count: string, from: string, to: string, low: string, high: string) =>
      `A shaded band covers all ${count} estimates from ${from} to ${to}: every one lies between ${low} and ${high}.`,
    differed: (month: string, figures: string) => ` In ${month} the sources differed: ${figures}.`,
    recent: (month: string, figures: string) => `In ${month}, the estimates were ${figures}.`,
    none: (year: string) => `No estimate is reported for ${year}.`,
    moved: (from: string, to: string, figure: string, claimant: string) =>
      ` A separate bar shows the detainees moved to Iraq from ${from} to ${to}: ${figure}, according to ${claimant}.`,
  },
  table: {
    caption: (year?: string) =>
      `Published estimates of IS suspects held in SDF prisons, oldest ` +
      `first${year ? `, and the transfer of detainees to Iraq in ${year}` : ''}`,
    outlier: '; outlier',
    transferNote: 'From the separate series of detainees moved to Iraq; drawn as a bar spanning these dates.',
    moved: (figure: string) => `${figure} moved to Iraq`,
  },
};
