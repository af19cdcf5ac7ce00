/**
 * Interface strings for the English edition: everything the page says that is not story prose
 * or data. Numbers and dates are formatted through Intl with `locale`; an Arabic edition adds
 * ar.ts with the same keys (TypeScript checks it has them all) and `dir: 'rtl'`.
 */
export const en = {
  locale: 'en-GB',
  lang: 'en-GB',
  dir: 'ltr',
  skipLink: 'Skip to the story',
  factsAsOf: (date: string) => `Facts as of ${date}`,
  sources: 'Sources',
  sourcesLabel: 'Sources:',
  dataDisclosure: (title: string) => `Data: ${title}`,
  graphicAlt: 'Graphic:',
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  undated: 'undated',
  km: (value: string) => `${value}\u00a0km`,
  siteName: 'Frontier',
  embedStoryLink: 'Read the full story on Frontier',
  embedVersion: (version: string) => `Data version ${version}`,
  embedStepsLabel: (count: number) => `The chart in ${count} ${count === 1 ? 'state' : 'states'}`,
  correctionsLabel: 'Corrections',
  correction: (date: string) => `Correction, ${date}:`,
  updated: (date: string) => `Updated ${date}`,
  whatChanged: 'What changed',
  changesTitle: 'What changed',
  changesIntro: 'Every change to a figure shown in a chart, from the history of the site’s data files, with the corrections editors recorded.',
  changesNoHistory: 'This copy of the site was built without the history of its data files: only the recorded corrections are listed.',
  changesNone: 'No changes recorded.',
  changesPending: 'Not yet published',
  changesFirst: 'first published',
  changesBack: (title: string) => `“${title}” in the story`,
  changesEmbed: 'the chart alone',
  copyEmbed: 'Copy embed code',
  copied: 'Copied',
  embedCodeLabel: (title: string) => `Embed code for “${title}”`,
  embedCodeHelp: 'Paste this into your page: the chart resizes itself to fit.',
};

export type Strings = typeof en;
