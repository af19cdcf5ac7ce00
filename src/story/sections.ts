/**
 * The story's scrollytelling sections in reading order: which chart each uses, which of its
 * registered steps, and the prose of each step. Prose is ours; every figure in it comes from the
 * story model. Step numbers (#step-<n>) run through the page in this order.
 */
import { formatKm, formatKmSpan, formatPartialDate } from '../lib/format/index.ts';
import type { Story } from './model.ts';

export interface StorySection {
  id: string;
  heading: string;
  chart: string;
  steps: { state: string; text: (s: Story) => string[] }[];
}

const run = (s: Story, iso: string) => s.iraqiUnits.find((u) => u.id === iso);

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
];
