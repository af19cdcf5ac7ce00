/** The story's last sections: al-Hol from its surge to its closure, Iraqis brought home, detainees moved to Iraq. */
import { t } from '../../i18n/index.ts';
import { formatPartialDate } from '../../lib/format/index.ts';
import { according, attributed, claimantGroups } from '../attribution.ts';
import { alHolBeforeClosure, daysBetween, eventDate, latestMonth, weeksBetween } from '../facts.ts';
import { headline, peak, qualified, spread } from '../figures.ts';
import type { StorySection } from '../section.ts';
import { countWord, when } from '../words.ts';

export const RETURNS_SECTIONS: StorySection[] = [
  {
    id: 'al-hol',
    heading: () => 'Al-Hol, from surge to closure',
    chart: 'al-hol-population',
    steps: [
      {
        state: 'arrivals',
        text: (s) => {
          const { observations, confidence } = s.data.alHolPopulation;
          const month = observations[0]!.date.slice(0, 7);
          const first = spread(observations, month, month);
          const top = peak(observations, confidence);
          return [
            `Al-Hol grew from ${first.text} people in ${formatPartialDate(month)}, ` +
              `${t.list(first.claims.map(according))}, to ${qualified(top)} ${when(top.date)}, ${according(top)}, ` +
              'as families left the last territory the Islamic State held.',
          ];
        },
      },
      {
        state: 'decline',
        text: (s) => [
          'Numbers fell slowly over the following years. Iraqis were the largest group at first; as Iraq ' +
            `brought its citizens home from ${formatPartialDate(eventDate(s, 'al-hol-returns-begin-2021'))}, ` +
            'their share shrank.',
        ],
      },
      {
        state: 'closure',
        text: (s) => {
          const before = alHolBeforeClosure(s);
          const taken = eventDate(s, 'al-hol-handover-2026');
          const closed = eventDate(s, 'al-hol-closed-2026');
          return [
            `In its last counts, from ${before.when}, ${claimantGroups(before.claims)} put those remaining at ` +
              `${before.text}. The government took over the camp ${when(taken)} and emptied it within ` +
              `${weeksBetween(taken, closed)} weeks.`,
          ];
        },
      },
    ],
  },
  {
    id: 'going-home',
    heading: () => 'Iraqis brought home',
    chart: 'repatriations',
    steps: [
      {
        state: 'start',
        text: (s) => {
          const { observations, unit } = s.data.repatriations;
          const first = observations.find((o) => (o.unit ?? unit) === 'families')!;
          return [
            `Iraq began bringing its citizens back from al-Hol in ${formatPartialDate(first.date)}, with a first ` +
              `group of ${qualified(first)} families, ${according(first)}, to a screening camp at al-Jadaa in Nineveh.`,
          ];
        },
      },
      {
        state: 'pace',
        text: () => [
          'Convoys followed every few months. The running totals officials gave do not always agree with one ' +
            'another: the chart shows each as it was reported, in people or in families, without joining them into ' +
            'one line.',
        ],
      },
      {
        state: 'latest',
        text: (s) => {
          const { observations, unit } = s.data.repatriations;
          const people = observations.filter((o) => (o.unit ?? unit) === 'people');
          const month = latestMonth(people);
          const range = spread(people, month, month);
          return [
            `By ${formatPartialDate(month)} ${claimantGroups(range.claims)} put the total at ${range.text} people.`,
          ];
        },
      },
    ],
  },
  {
    id: 'transfers',
    heading: () => 'Detainees moved to Iraq',
    chart: 'transfers-2026',
    steps: [
      {
        state: 'first',
        text: (s) => {
          const first = s.data.transfers2026.observations[0]!;
          return [
            `The transfers of detainees from Syria to Iraq began ${when(first.date)} with ${qualified(first)} ` +
              `people, ${attributed(first, s.data.transfers2026.confidence)}.`,
          ];
        },
      },
      {
        state: 'rise',
        text: (s) => {
          // From the first day of transfers to the date of the total the story gives, in whole weeks.
          const { observations, confidence } = s.data.transfers2026;
          const weeks = Math.round(daysBetween(observations[0]!.date, headline(observations, confidence).date) / 7);
          return [
            `Over the next ${countWord(weeks)} ${weeks === 1 ? 'week' : 'weeks'} the reported count climbed in ` +
              'steps, by land and by air.',
          ];
        },
      },
      {
        state: 'total',
        text: (s) => {
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          const outliers = s.data.transfers2026.observations.filter((o) => o.outlier);
          const apart = outliers.map(
            (o) => ` One figure, ${qualified(o)} ${according(o)}, does not fit the others and is marked as an outlier.`,
          );
          return [
            `When the operation ended ${when(eventDate(s, 'transfers-end-2026'))} the count stood at ` +
              `${qualified(total)}, ${attributed(total, s.data.transfers2026.confidence)}.${apart.join('')}`,
          ];
        },
      },
    ],
  },
];
