/**
 * Interface strings for the English edition: everything the page says that is not story prose
 * or data. Numbers and dates are formatted through Intl with `locale`; an Arabic edition adds
 * ar.ts with the same keys (TypeScript checks it has them all) and `dir: 'rtl'`.
 */
import { charts } from './en/charts.ts';

/** Bodies that take "the" in running text: the UN (but not "UN OCHA" and the like), the SDF, the Iraqi ministries. */
const TAKES_THE = new RegExp(
  `^(${[
    'UN(?! [A-Z]{3,})',
    'SDF',
    'AANES',
    'US-led',
    'Border Guard',
    'Security Media Cell',
    'Iraqi (armed|Border|Interior|Justice|Correctional|migration|ministry)',
    'Syrian (government|Interior)',
    'Office of',
  ].join('|')})\\b`,
);

/** "A, B and C". */
function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

export const en = {
  locale: 'en-GB',
  lang: 'en-GB',
  dir: 'ltr',
  skipLink: 'Skip to the story',
  factsAsOf: (date: string) => `Facts as of ${date}`,
  sources: 'Sources',
  sourcesLabel: 'Sources:',
  /** The credit line: "Sources: AFP, AP and Rudaw", "Sources: AFP, … and 9 others". */
  creditSources: (names: string[], others: number) =>
    `Sources: ${others > 0 ? `${names.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}` : list(names)}`,
  sourceListHint: 'the full list',
  via: (outlet: string) => `via ${outlet}`,
  affiliation: {
    'state-owned': 'state-owned',
    'state-funded': 'state-funded',
    'party-affiliated': 'party-affiliated',
    'armed-group-affiliated': 'armed-group-affiliated',
  } as Record<string, string>,
  publisherKind: {
    'wire-agency': 'news agency',
    newspaper: 'news publication',
    broadcaster: 'broadcaster',
    government: 'government body',
    'armed-group-or-party': 'armed group or party',
    'international-organisation': 'international organisation',
    ngo: 'non-governmental organisation',
    'research-body': 'research body',
    'reference-work': 'reference work',
  } as Record<string, string>,
  /** "A, B and C". */
  list,
  /** "1st", "22nd": a formatted number and its ordinal plural category (Intl.PluralRules). */
  ordinal: (n: string, category: string) =>
    `${n}${({ one: 'st', two: 'nd', few: 'rd' } as Record<string, string>)[category] ?? 'th'}`,
  /** How a source phrased a figure, before the number. */
  qualifier: {
    exact: '',
    about: 'about ',
    'more-than': 'more than ',
    'at-least': 'at least ',
    nearly: 'nearly ',
    'fewer-than': 'fewer than ',
    'up-to': 'up to ',
  } as Record<string, string>,
  attribution: {
    /** A body named in running text: "the UN", "the Border Guard Command", but "CENTCOM", "AFP". */
    named: (who: string) => (TAKES_THE.test(who) ? `the ${who}` : who),
    according: (who: string) => `according to ${who}`,
    reportedBy: (who: string) => `as reported by ${who}`,
    reportedVia: (who: string, outlet: string) => `${who}, as reported by ${outlet}`,
    speakingTo: (who: string, outlet: string) => `${who}, speaking to ${outlet}`,
    quotedBy: (outlet: string) => `as quoted by ${outlet}`,
    confidence: {
      medium: ', a figure we hold with medium confidence',
      low: ', a figure we hold with low confidence',
    } as Record<string, string>,
    groups: {
      official: 'officials',
      'armed-group': 'armed groups',
      'international-organisation': 'international agencies',
      ngo: 'aid and monitoring groups',
      'research-body': 'researchers',
      media: 'news reports',
      reference: 'reference works',
    } as Record<string, string>,
  },
  bibliographyIntro: (sources: number, publishers: number) =>
    `${sources} sources from ${publishers} publishers, grouped by the publisher that originated each; ` +
    'where we read a licensed copy, the outlet that carried it is named.',
  dataDisclosure: (title: string) => `Data: ${title}`,
  showTable: (caption: string, rows: number) => `${caption} (${rows} rows)`,
  showSources: (count: number) => `All ${count} sources`,
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
  firstPublished: (date: string) => `First published ${date}`,
  whatChanged: 'What changed',
  changesTitle: 'What changed',
  changesIntro:
    'Every change to a figure shown in a chart, from the history of the site’s data files, ' +
    'with the corrections editors recorded.',
  changesNoHistory:
    'This copy of the site was built without the history of its data files: only the recorded corrections are listed.',
  changesNone: 'No changes recorded.',
  changesPending: 'Not yet published',
  changesFirst: 'first published',
  changesBack: (title: string) => `“${title}” in the story`,
  changesEmbed: 'the chart alone',
  copyEmbed: 'Copy embed code',
  copied: 'Copied',
  embedCodeLabel: (title: string) => `Embed code for “${title}”`,
  embedCodeHelp: 'Paste this into your page: the chart resizes itself to fit.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have been mistyped, or the page may have moved.',
  notFoundStory: (headline: string) => `Read the story: ${headline}`,
  /** Chart strings: src/i18n/en/<chart-id>.ts and the kit's. */
  charts,
};

export type Strings = typeof en;
