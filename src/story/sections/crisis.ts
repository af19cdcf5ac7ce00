/**
 * The story's sections on the crisis: the weeks in which the prisons and camps of north-east Syria
 * changed hands, the sites themselves, and how many were held in them.
 */
import { formatPartialDate } from '../../lib/format/index.ts';
import { according, attributed, claimantGroups } from '../attribution.ts';
import {
  daysBetween,
  eventDate,
  handoverDate,
  handovers,
  kmToBorder,
  sitesByPrecision,
  latestControl,
  latestMonth,
  quote,
} from '../facts.ts';
import { headline, peak, qualified, spread } from '../figures.ts';
import type { Story } from '../model.ts';
import type { StorySection } from '../section.ts';
import { countWord, dayMonth, inMonth, later, weekOfMonth } from '../words.ts';

/** The first and last handover of a Syrian site to the government, and the days they span (both counted). */
function changeOfHands(s: Story) {
  const list = handovers(s);
  const first = list[0]!.date;
  const last = list.at(-1)!.date;
  return { first, last, days: daysBetween(first, last) + 1, month: first.slice(0, 7), year: first.slice(0, 4) };
}

export const CRISIS_SECTIONS: StorySection[] = [
  {
    id: 'january-2026',
    heading: (s) => `${formatPartialDate(eventDate(s, 'aleppo-clashes-2026').slice(0, 7))}, day by day`,
    chart: 'timeline',
    steps: [
      {
        state: 'fighting',
        text: (s) => {
          const begun = eventDate(s, 'aleppo-clashes-2026');
          const signed = eventDate(s, 'ceasefire-deal-2026');
          const collapsed = eventDate(s, 'ceasefire-collapses-2026');
          return [
            'Fighting between Syrian government forces and the SDF began in Aleppo in ' +
              `${weekOfMonth(begun)} and moved east. A ceasefire signed on ${dayMonth(signed)} broke down ` +
              `${later(collapsed, daysBetween(signed, collapsed))}.`,
          ];
        },
      },
      {
        state: 'prisons',
        text: (s) => {
          const { first, days } = changeOfHands(s);
          return [
            `From ${dayMonth(first)} the prisons and camps of the north-east began to change hands, one after ` +
              `another, within ${countWord(days)} days.`,
          ];
        },
      },
      {
        state: 'iraq',
        text: (s) => [
          `Across the border, Iraq put its forces on alert: they were in ${quote(s, 'full-readiness-2026')}, and ` +
            `the Syrian frontier was Iraq’s ${quote(s, 'most-secure-2026')}.`,
        ],
      },
      {
        state: 'transfers',
        text: (s) => {
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          return [
            `On ${formatPartialDate(eventDate(s, 'transfers-begin-2026'))} US forces began moving detainees from ` +
              `Syria to prisons in Iraq. By ${formatPartialDate(total.date)} the total was ${qualified(total)}, ` +
              `${attributed(total, s.data.transfers2026.confidence)}.`,
          ];
        },
      },
    ],
  },
  {
    id: 'prisons-and-camps',
    heading: () => 'The prisons and camps',
    chart: 'detention-map',
    steps: [
      {
        state: 'sites',
        text: (s) => {
          const sites = Object.values(s.data.sites.sites);
          const n = sitesByPrecision(s);
          const alHol = kmToBorder(s, 'al-hol');
          const atPoints = n.site
            ? `${n.site} at coordinates a source gives and ${n.town} at the centre of the town the sources name`
            : `all ${n.town} at the centre of the town the sources name, inside a dashed ring, since no source ` +
              'we can cite gives a facility’s own coordinates';
          const listed = n.region + n.unknown;
          return [
            `Our data lists ${sites.length} prisons and camps that held Islamic State suspects or their families. ` +
              `The map draws ${n.site + n.town} of them, ${atPoints}.` +
              (listed
                ? listed === 1
                  ? ` One more, ${n.region ? 'placed by the sources only in an area' : 'not placed by any source'}, ` +
                    'is listed under the map rather than drawn where nobody has said it is.'
                  : ` ${listed} more, placed only in an area or not at all, are listed under the map rather than ` +
                    'drawn where nobody has said they are.'
                : '') +
              (alHol
                ? ` Al-Hol camp, the largest, lies ${alHol.km} from the Iraqi border` +
                  (alHol.fromTown ? `, measured from the centre of ${alHol.fromTown}.` : '.')
                : ''),
          ];
        },
      },
      {
        state: 'control',
        text: (s) => {
          const { month, year } = changeOfHands(s);
          const roj = latestControl(s, 'roj');
          if (!/SDF/.test(roj.controller))
            throw new Error('src/story/sections/crisis.ts: expected the SDF in the latest entry of sites.roj.control');
          return [
            `In ${formatPartialDate(month)} they began to change hands. Syrian government forces took al-Shaddadi ` +
              `prison on ${formatPartialDate(handoverDate(s, 'al-shaddadi'))} and al-Hol camp on ` +
              `${formatPartialDate(handoverDate(s, 'al-hol'))}; Roj camp was still reported under the SDF ` +
              `${inMonth(roj.date, year)}.`,
          ];
        },
      },
      {
        state: 'al-hol',
        text: (s) => {
          const top = peak(s.data.alHolPopulation.observations, s.data.alHolPopulation.confidence);
          return [
            `The government then emptied al-Hol. The camp that held ${qualified(top)} people at its peak ` +
              `(${formatPartialDate(top.date)}, ${according(top)}) was reported empty on ` +
              `${formatPartialDate(eventDate(s, 'al-hol-closed-2026'))}.`,
          ];
        },
      },
    ],
  },
  {
    id: 'detainees',
    heading: () => 'How many were held',
    chart: 'detainees-held',
    steps: [
      {
        state: 'plateau',
        text: (s) => {
          // Every year of estimates before the year the prisons changed hands.
          const from = s.data.detaineesHeld.observations[0]!.date.slice(0, 4);
          const to = String(Number(changeOfHands(s).year) - 1);
          const range = spread(s.data.detaineesHeld.observations, from, to);
          return [
            `From ${from} to ${to} the estimates of Islamic State suspects held in the SDF’s prisons barely moved: ` +
              `${claimantGroups(range.claims)} gave figures from ${range.text}, depending on who was counting.`,
          ];
        },
      },
      {
        state: '2026',
        text: (s) => {
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          const month = latestMonth(s.data.detaineesHeld.observations);
          const range = spread(s.data.detaineesHeld.observations, month, month);
          return [
            `In ${formatPartialDate(month)} ${claimantGroups(range.claims)} still put the number at ${range.text}. ` +
              `Then ${qualified(total)} detainees were moved to Iraq in a few weeks, ` +
              `${attributed(total, s.data.transfers2026.confidence)}.`,
          ];
        },
      },
    ],
  },
];
