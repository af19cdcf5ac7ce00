/** The story's sections on the defences: the lines that hold the border, and the wall. */
import { t } from '../../i18n/index.ts';
import { formatKm } from '../../lib/format/index.ts';
import { according, claimantGroups } from '../attribution.ts';
import type { Story } from '../model.ts';
import type { StorySection } from '../section.ts';
import { countWord, ordinalWord, upper, when } from '../words.ts';

/** The lines of defence, from the border inwards. */
const defenceLines = (s: Story) =>
  Object.values(s.data.sectors.lines)
    .sort((a, b) => a.order - b.order)
    .map((l) => l.name);

export const DEFENCE_SECTIONS: StorySection[] = [
  {
    id: 'defence',
    heading: (s) => `${upper(countWord(defenceLines(s).length))} lines, one border`,
    chart: 'layered-defense',
    steps: [
      {
        state: 'strip',
        text: (s) => [
          `Unrolled into a straight strip, the border runs ${formatKm(s.border.lengthKm)} from the Turkish tripoint ` +
            'to the Jordanian one: Syria’s governorates on one side, Iraq’s on the other, the crossings as precisely ' +
            'as the sources place them, and the Euphrates where the geometry puts it.',
        ],
      },
      {
        state: 'lines',
        text: (s) => {
          const lines = defenceLines(s);
          const order = t.list(lines.map((name, i) => `the ${name} ${ordinalWord(i + 1)}`));
          const kurdistan = Object.values(s.data.sectors.sectors).find((x) => x.iraqGovernorates.includes('IQ-DA'));
          const held = kurdistan ? ` In the Kurdistan Region’s stretch, the ${kurdistan.heldBy} are responsible.` : '';
          return [
            `Iraqi accounts describe the defence in ${countWord(lines.length)} lines: ${order}. How far apart they ` +
              `stand has not been published, so the drawing is a schematic.${held}`,
          ];
        },
      },
      {
        state: 'barrier',
        text: (s) => {
          const parts = Object.values(s.data.fortifications.components)
            .sort((a, b) => a.order - b.order)
            .map((c) => (/^[A-Z][a-z]/.test(c.name) ? c.name[0]!.toLowerCase() + c.name.slice(1) : c.name));
          return [
            'On the line itself, officials describe a barrier in layers, watched from above: ' +
              `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`,
          ];
        },
      },
    ],
  },
  {
    id: 'wall',
    heading: () => 'How much wall is built?',
    chart: 'wall-progress',
    steps: [
      {
        state: 'claims',
        text: (s) => {
          const claims = Object.values(s.data.fortifications.wallClaims);
          return [
            `${upper(claimantGroups(claims))} have given ${claims.length} figures for the concrete wall since the ` +
              'first section went up. Some count one section, some what was added, some the whole wall.',
          ];
        },
      },
      {
        state: 'whole-wall',
        text: (s) => {
          const whole = Object.values(s.data.fortifications.wallClaims)
            .filter((c) => c.scope === 'cumulative' && c.builtKm != null)
            .sort((a, b) => a.date.localeCompare(b.date));
          const first = whole[0]!;
          const last = whole.at(-1)!;
          return [
            `The totals for the whole wall do not add up: about ${formatKm(first.builtKm!)} ${when(first.date)}, ` +
              `${according(first)}, then about ${formatKm(last.builtKm!)} ${when(last.date)}, ${according(last)}. ` +
              'A wall does not shrink; at least one of the figures is wrong, and the chart shows them as separate ' +
              'claims.',
          ];
        },
      },
    ],
  },
];
