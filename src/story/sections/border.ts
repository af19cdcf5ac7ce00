/** The story's first sections: where the border runs, and how long it is. */
import { isDrawn } from '../../data/border-facts.ts';
import { t } from '../../i18n/index.ts';
import { upperFirst } from '../../lib/text/case.ts';
import { formatKm, formatPartialDate } from '../../lib/format/index.ts';
import { according } from '../attribution.ts';
import { borderClaims, run } from '../facts.ts';
import type { StorySection } from '../section.ts';

export const BORDER_SECTIONS: StorySection[] = [
  {
    id: 'the-line',
    heading: () => 'The line, end to end',
    chart: 'border-map',
    steps: [
      {
        state: 'whole',
        text: (s) => [
          'The border leaves the Tigris at the point where Iraq, Syria and Turkey meet, runs south, then turns ' +
            'south-west to the point where Iraq, Syria and Jordan meet. Drawn from Natural Earth’s map data, the ' +
            `line is ${formatKm(s.border.lengthKm)} long.`,
        ],
      },
      {
        state: 'kurdistan',
        text: (s) => {
          const duhok = run(s, 'IQ-DA');
          const km = duhok ? formatKm(duhok.toKm - duhok.fromKm) : 'a few kilometres';
          return [
            'Only its northern tip belongs to the Kurdistan Region: on this map, Duhok governorate meets Syria ' +
              `for ${km}, at the Tigris.`,
          ];
        },
      },
      {
        state: 'nineveh',
        text: (s) => {
          const nineveh = run(s, 'IQ-NI');
          const km = nineveh ? formatKm(nineveh.toKm - nineveh.fromKm) : '';
          return [
            `Nineveh governorate holds the next stretch, about ${km} of it, as far as the edge of the Euphrates ` +
              'valley.',
          ];
        },
      },
      {
        state: 'anbar',
        text: (s) => {
          const anbar = run(s, 'IQ-AN');
          const km = anbar ? formatKm(anbar.toKm - anbar.fromKm) : '';
          return [
            `Anbar faces Syria for the remaining ${km}, across the Euphrates valley and the open desert to the ` +
              'Jordanian tripoint.',
          ];
        },
      },
      {
        state: 'crossings',
        text: (s) => {
          const { crossings } = s.border;
          const unplaced = crossings.filter((c) => !isDrawn(c));
          const all = crossings.length;
          const names = (list: typeof crossings) => t.list(list.map((c) => c.crossing.name));
          const verb = (list: typeof crossings) => (list.length === 1 ? 'is' : 'are');
          // How each is drawn, from its rung on the precision ladder, so the prose says what the map shows.
          const towns = crossings.filter((c) => c.precision === 'town' && isDrawn(c));
          const stretches = crossings.filter((c) => c.stretch);
          const exact = crossings.filter((c) => c.precision === 'site');
          const how = [
            towns.length
              ? `${names(towns)} ${verb(towns)} placed approximately, where the border passes nearest the towns ` +
                'either side'
              : '',
            stretches.length
              ? `${names(stretches)} ${verb(stretches)} shown only as the stretch of border ` +
                `${stretches.length === 1 ? 'its' : 'their'} two governorates share`
              : '',
          ].filter(Boolean);
          const placing = how.length
            ? ` ${exact.length ? '' : 'No source we can cite gives the exact position of any of them: '}` +
              `${exact.length ? upperFirst(how.join('; ')) : how.join('; ')}.`
            : '';
          const where =
            unplaced.length === 0
              ? ''
              : unplaced.length === all
                ? ' No source we can cite gives the position of any of them, so they are listed there, not drawn.'
                : ` For ${names(unplaced)}, no source we can cite gives a position, so ` +
                  `${unplaced.length === 1 ? 'it is' : 'they are'} listed there, not drawn.`;
          return [
            `The two sides are linked by ${all} crossings. The latest report we hold for each is summarised in the ` +
              `table under the map.${placing}${where}`,
          ];
        },
      },
    ],
  },
  {
    id: 'how-long',
    heading: () => 'How long is the border?',
    chart: 'border-length',
    steps: [
      {
        state: 'claims',
        text: (s) => {
          const claims = borderClaims(s);
          const named = (km: number) => t.list(claims.filter((c) => c.km === km).map(according));
          const news = { ...s.newsLength, claimantKind: s.newsLength.kind };
          const { min, max } = s.border.reportedRange;
          return [
            `In ${formatPartialDate(s.newsLength.asOf.slice(0, 7))} the border’s length was given as ` +
              `${formatKm(s.newsLength.km)}, ${according(news)}. The figures in print run from ${formatKm(min)}, ` +
              `${named(min)}, to ${formatKm(max)}, ${named(max)}.`,
          ];
        },
      },
      {
        state: 'measured',
        text: (s) => {
          const shorter = s.border.lengthKm < s.border.reportedRange.min ? ', shorter than every figure in print' : '';
          return [
            `Measured along the line on this page’s map, the border is ${formatKm(s.border.lengthKm, { digits: 1 })}` +
              `${shorter}. That is a floor, not the answer: a line drawn for a 1:10m map smooths away the bends of ` +
              'the real boundary.',
          ];
        },
      },
    ],
  },
];
