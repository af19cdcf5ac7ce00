/**
 * The story's scrollytelling sections in reading order: which chart each uses, which of its
 * registered steps, and the prose of each step. Prose is ours; every figure in it comes from the
 * story model. Step numbers (#step-<n>) run through the page in this order.
 */
import { formatKm, formatKmSpan, formatNumber, formatPartialDate } from '../lib/format/index.ts';
import type { Story } from './model.ts';

export interface StorySection {
  id: string;
  heading: string;
  chart: string;
  steps: { state: string; text: (s: Story) => string[] }[];
}

const run = (s: Story, iso: string) => s.iraqiUnits.find((u) => u.id === iso);

/** A quote from data/events.json, attributed as the data gives it: “text”, in the words of speaker, role. */
function quote(s: Story, eventId: string): string {
  const q = s.data.events.events[eventId]?.quote;
  if (!q) throw new Error(`src/story/sections.ts: expected a quote on data/events.json › events.${eventId}`);
  return `“${q.text}”, in the words of ${q.speaker}, ${q.role}`;
}

/** The highest non-outlier count in a series, with its date: the latest running total. */
function latestTotal(observations: readonly { date: string; value: number; outlier?: boolean | undefined; qualifier: string }[]) {
  return observations.filter((o) => !o.outlier).reduce((a, b) => (b.value > a.value ? b : a));
}

export const SECTIONS: StorySection[] = [
  {
    id: 'the-line',
    heading: 'The line, end to end',
    chart: 'border-map',
    steps: [
      {
        state: 'whole',
        text: (s) => [
          `The border leaves the Tigris at the point where Iraq, Syria and Turkey meet, runs south, then turns south-west to the point where Iraq, Syria and Jordan meet. Drawn from Natural Earth’s map data, the line is ${formatKm(s.border.lengthKm)} long.`,
        ],
      },
      {
        state: 'kurdistan',
        text: (s) => {
          const duhok = run(s, 'IQ-DA');
          return [
            `Only its northern tip belongs to the Kurdistan Region: on this map, Duhok governorate meets Syria for ${duhok ? formatKm(duhok.toKm - duhok.fromKm) : 'a few kilometres'}, at the Tigris.`,
          ];
        },
      },
      {
        state: 'nineveh',
        text: (s) => {
          const nineveh = run(s, 'IQ-NI');
          return [`Nineveh governorate holds the next stretch, about ${nineveh ? formatKm(nineveh.toKm - nineveh.fromKm) : ''} of it, as far as the edge of the Euphrates valley.`];
        },
      },
      {
        state: 'anbar',
        text: (s) => {
          const anbar = run(s, 'IQ-AN');
          return [`Anbar faces Syria for the remaining ${anbar ? formatKm(anbar.toKm - anbar.fromKm) : ''}, across the Euphrates valley and the open desert to the Jordanian tripoint.`];
        },
      },
      {
        state: 'crossings',
        text: (s) => [
          `${s.border.crossings.length} crossings link the two sides. The latest report we hold for each is summarised in the table under the map; for ${s.border.crossings.filter((c) => !c.coordinates).map((c) => c.crossing.name).join(' and ')}, no source gives a position, so it is listed but not drawn.`,
        ],
      },
    ],
  },
  {
    id: 'how-long',
    heading: 'How long is the border?',
    chart: 'border-length',
    steps: [
      {
        state: 'claims',
        text: (s) => [
          `News reports in ${formatPartialDate(s.newsLength.asOf.slice(0, 7))} gave the border’s length as ${formatKm(s.newsLength.km)}. The figures in print run from ${formatKmSpan(s.border.reportedRange.min, s.border.reportedRange.max)}: reference works sit at the low end, Iraqi officials and Iraqi media at the high end.`,
        ],
      },
      {
        state: 'measured',
        text: (s) => [
          `Measured along the line on this page’s map, the border is ${formatKm(s.border.lengthKm, { digits: 1 })}. That matches the reference works, but it is a floor, not the answer: a line drawn for a 1:10m map smooths away the bends of the real boundary.`,
        ],
      },
    ],
  },
  {
    id: 'january-2026',
    heading: 'January 2026, day by day',
    chart: 'timeline',
    steps: [
      { state: 'fighting', text: () => ['Fighting between Syrian government forces and the SDF began in Aleppo in the first week of January and moved east. A ceasefire signed on 18 January broke down the next day.'] },
      { state: 'prisons', text: () => ['From 19 January the prisons and camps of the north-east began to change hands, one after another, within five days.'] },
      { state: 'iraq', text: (s) => [`Across the border, Iraq put its forces on alert: they were in ${quote(s, 'full-readiness-2026')}, and the Syrian frontier was Iraq’s ${quote(s, 'most-secure-2026')}.`] },
      {
        state: 'transfers',
        text: (s) => {
          const total = latestTotal(s.data.transfers2026.observations);
          return [`On 21 January US forces began moving detainees from Syria to prisons in Iraq. By ${formatPartialDate(total.date)} the reported total was ${total.qualifier === 'more-than' ? 'more than ' : ''}${formatNumber(total.value)}.`];
        },
      },
    ],
  },
];
