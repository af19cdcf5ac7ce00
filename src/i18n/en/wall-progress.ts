/**
 * Strings of the wall-progress chart (labels, legends, units, captions, alt text), English.
 * Functions take values already formatted (numbers, dates, names), so this module imports nothing.
 */
export const wallProgress = {
  title: 'How much wall is built? The claims',
  credit: 'Chart: claims as published, from the sources listed; border length measured on Natural Earth 1:10m',
  /** What each scope of a claim means for a reader: in a sentence, after a share, in the key (and a phone's). */
  scope: {
    cumulative: {
      words: 'the whole wall so far',
      share: 'of the whole wall',
      legend: 'Whole wall so far',
      legendShort: 'Whole wall so far',
    },
    section: {
      words: 'one section, not the whole wall',
      share: 'of one section',
      legend: 'One section',
      legendShort: 'One section',
    },
    added: { words: 'added, not a total', share: 'added', legend: 'Added to an earlier figure', legendShort: 'Added' },
  } as Record<string, { words: string; share: string; legend: string; legendShort: string }>,
  confidence: (level: string) => `${level} confidence`,
  /** "83%". */
  percent: (n: string) => `${n}%`,
  /** "about 80% of the whole wall". */
  share: (percent: string, share: string) => `${percent} ${share}`,
  /** " of 615 km planned". */
  planned: (km: string) => ` of ${km} planned`,
  /** "about 400 km of 615 km planned: the whole wall so far". */
  value: (km: string, planned: string, separator: string, scope: string) => `${km}${planned}${separator}${scope}`,
  border: (km: string) => `Border as drawn on this site's map: ${km}`,
  borderShort: (km: string) => `Border on this map: ${km}`,
  fillKey: 'Filled: medium confidence. Hollow and dashed: low confidence.',
  /** The same, short enough for one line on a phone. */
  fillKeyShort: 'Filled: medium confidence. Hollow and dashed: low.',
  key: 'Key',
  headings: {
    km: 'Kilometres of wall said to be built',
    percent: 'Share of the wall said to be built (a different unit)',
  },
  /** A row's first line: "7 January 2025 · medium confidence". */
  when: (date: string, confidence: string) => `${date} · ${confidence}`,
  describe: (n: string, low: string, high: string, shares: string | null, one: boolean) =>
    `${n} separate claims about how much of Iraq's border wall is built, each with its date, claimant and ` +
    `confidence, not joined into a series. Claims for the whole wall range from ${low} to ${high}` +
    (shares ? `; ${shares} ${one ? 'is a share' : 'are shares'} of an unstated total, shown apart.` : '.'),
  shareWhen: (share: string, date: string) => `${share} (${date})`,
  alt: {
    claims: (km: string, shares: string | null) =>
      `Each claim is a separate mark, oldest first. ${km}. ` +
      (shares ? `Shown apart, as a share rather than a length: ${shares}.` : ''),
    claim: (date: string, claimant: string, value: string, confidence: string) =>
      `${date}, ${claimant}: ${value} (${confidence})`,
    whole: (claims: string, drop: string) => `Only the claims for the whole wall are highlighted: ${claims}.${drop}`,
    wholeClaim: (date: string, claimant: string, value: string) => `${date}, ${claimant}: ${value}`,
    drop: (later: string, earlier: string) =>
      ` The total of ${later} is lower than that of ${earlier}, so the two cannot both count one growing wall.`,
  },
  table: {
    caption: 'Claims about how much of the border wall is built, oldest first: each a separate claim, not one series',
    columns: { date: 'Date', claimant: 'Claimed by', figure: 'Figure', scope: 'Measures', confidence: 'Confidence' },
    shareNote: 'A share, not a length.',
  },
};
