/** Strings of the repatriations chart (labels, legends, units, captions, alt text), English. */
export const repatriations = {
  title: 'Iraqis brought back from al-Hol',
  credit:
    'Chart: running totals and convoys as reported by the sources listed; people and families kept apart, nothing ' +
    'interpolated',
  /** The units the sources count in: in sentences, and as panel headings. */
  unit: { people: 'people', families: 'families' } as Record<string, string>,
  unitHeading: { people: 'People', families: 'Families' } as Record<string, string>,
  legend: {
    total: 'reported total',
    period: 'dated to a year or month only',
    low: 'low confidence',
    outlier: 'outlier, not comparable',
  },
  panelLabel: (unit: string) => `Running totals in ${unit}`,
  /** After the panel heading: " · running totals as reported, not converted to people". */
  panelNote: (families: boolean) => ` · running totals as reported${families ? ', not converted to people' : ''}`,
  convoysLabel: (count: string) => `${count} reports of single convoys`,
  convoysHeading: 'Single convoys',
  convoysOneByOne: 'reported one by one',
  /** "580–935 people each", under the convoys' heading. */
  convoySize: (range: string) => `${range} people each`,
  /** "381–398 people (INA, 2021)": a figure with its unit, in prose. */
  figureUnit: (figure: string, unit: string) => `${figure} ${unit}`,
  /** "from 381–398 to about 19,000 people": one unit's running totals. */
  spanOf: (low: string, high: string, unit: string) => `from ${low} to ${high} ${unit}`,
  describe: (count: string, from: string, to: string, people: string, families: string) =>
    `${count} running totals of Iraqis moved from al-Hol to al-Jadaa camp, as reported from ${from} to ${to}, each a ` +
    `separate claim: ${people} in the upper panel, ${families} in the lower. Hollow dots and dashed bars are ` +
    `low-confidence figures.`,
  /** "CENTCOM's more than 25,000 people (August 2025)". */
  flaggedItem: (claimant: string, figure: string, date: string) => `${claimant}'s ${figure} (${date})`,
  flagged: (items: string) => ` ${items} is marked as an outlier.`,
  convoysProse: (count: string, size?: string) =>
    ` Ticks beneath mark ${count} reports of single convoys${size ? `, of ${size} people each` : ''}.`,
  /** "580 to 935": a range of convoy sizes in prose. */
  rangeProse: (low: string, high: string) => `${low} to ${high}`,
  alt: {
    start: (claims: string) => `The first transfers: ${claims}. Later figures are faded.`,
    pace: (
      year: string,
      convoys: string,
      size: string | undefined,
      people: string,
      families: string,
      outliers: string | undefined,
    ) =>
      `From ${year}, convoys left regularly: ${convoys} reports of single convoys are ` +
      `marked${size ? `, each of ${size} people` : ''}. The running totals reported in these years do not always ` +
      `agree: ${people}; in families, ${families}.${outliers ? ` Marked as an outlier: ${outliers}.` : ''}`,
    latest: (month: string, claims: string) =>
      `The latest totals, from ${month}: ${claims}. Earlier figures are faded.`,
  },
  table: {
    caption:
      'Iraqis moved from al-Hol to al-Jadaa: running totals and single convoys, as each source reported them (people ' +
      'and families are not converted into one another)',
    what: 'Figure for',
    figure: 'Figure',
    runningTotal: (unit: string) => `Running total (${unit})`,
    convoy: (number?: string) => (number === undefined ? 'Single convoy' : `Single convoy, called no. ${number}`),
    outlier: 'Outlier: drawn as a cross, not comparable with the other totals.',
    /** "about 40 families, about 150 people": a convoy's figures. */
    convoyPart: (figure: string, unit: string) => `${figure} ${unit}`,
  },
};
