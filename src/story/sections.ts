/**
 * The story's scrollytelling sections in reading order: which chart each uses, which of its
 * registered steps, and the prose of each step. Prose is ours; every figure in it comes from the
 * story model. Step numbers (#step-<n>) run through the page in this order.
 */
import { formatKm, formatKmSpan, formatNumber, formatPartialDate } from '../lib/format/index.ts';
import type { Story } from './model.ts';
import { nearestOnLine } from '../lib/geo/index.ts';

export interface StorySection {
  id: string;
  heading: string;
  chart: string;
  steps: { state: string; text: (s: Story) => string[] }[];
}

/** "on 7 January 2025" for a day, "in January 2025" for a month or year. */
const when = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${formatPartialDate(date)}`;

const run = (s: Story, iso: string) => s.iraqiUnits.find((u) => u.id === iso);

/** The date a site first passed to the Syrian government in 2026, from data/sites.json. */
function handover(s: Story, siteId: string): string {
  const entry = s.data.sites.sites[siteId]?.control.find((c) => c.date >= '2026' && /government/i.test(c.controller));
  if (!entry) throw new Error(`src/story/sections.ts: expected a 2026 government entry in data/sites.json › sites.${siteId}.control`);
  return formatPartialDate(entry.date);
}

/** km from a site's sourced coordinates to the border line, measured on the map. */
function kmToBorder(s: Story, siteId: string): string {
  const at = s.data.sites.sites[siteId]?.location.coordinates;
  if (!at) throw new Error(`src/story/sections.ts: expected coordinates for data/sites.json › sites.${siteId}`);
  return formatKm(nearestOnLine(s.border.line, at).kmAway, { digits: 1 });
}

/** A quote from data/events.json, attributed as the data gives it: “text”, in the words of speaker, role. */
function quote(s: Story, eventId: string): string {
  const q = s.data.events.events[eventId]?.quote;
  if (!q) throw new Error(`src/story/sections.ts: expected a quote on data/events.json › events.${eventId}`);
  return `“${q.text}”, in the words of ${q.speaker}, ${q.role}`;
}

const QUALIFIER_WORDS: Record<string, string> = { 'more-than': 'more than ', about: 'about ', nearly: 'nearly ', 'fewer-than': 'fewer than ', 'up-to': 'up to ', 'at-least': 'at least ' };

/** A reported count with the words the source used: "more than 75,000". */
function qualified(o: { value: number; qualifier: string }): string {
  return `${QUALIFIER_WORDS[o.qualifier] ?? ''}${formatNumber(o.value)}`;
}

type Obs = { date: string; value: number; valueMax?: number | undefined; outlier?: boolean | undefined; qualifier: string; confidence?: string | undefined };

/** "9,000 to 12,000": the spread of the reported values in a date window, outliers left out. */
function spread(observations: readonly Obs[], from: string, to: string): string {
  const inWindow = observations.filter((o) => !o.outlier && o.date >= from && o.date.slice(0, to.length) <= to);
  if (!inWindow.length) throw new Error(`src/story/sections.ts: expected observations between ${from} and ${to}`);
  const low = Math.min(...inWindow.map((o) => o.value));
  const high = Math.max(...inWindow.map((o) => o.valueMax ?? o.value));
  return low === high ? formatNumber(low) : `${formatNumber(low)} to ${formatNumber(high)}`;
}

/**
 * The highest count in a series that prose may quote: not an outlier, not low confidence (a
 * disowned or single-weak-source figure must not become the story's number).
 */
function latestTotal(observations: readonly { date: string; value: number; outlier?: boolean | undefined; qualifier: string; confidence?: string | undefined }[]) {
  return observations.filter((o) => !o.outlier && o.confidence !== 'low').reduce((a, b) => (b.value > a.value ? b : a));
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
          `The two sides are linked by ${s.border.crossings.length} crossings. The latest report we hold for each is summarised in the table under the map; for ${s.border.crossings.filter((c) => !c.coordinates).map((c) => c.crossing.name).join(' and ')}, no source gives a position, so it is listed but not drawn.`,
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
    id: 'defence',
    heading: 'Three lines, one border',
    chart: 'layered-defense',
    steps: [
      { state: 'strip', text: (s) => [`Unrolled into a straight strip, the border runs ${formatKm(s.border.lengthKm)} from the Turkish tripoint to the Jordanian one: Syria’s governorates on one side, Iraq’s on the other, and the crossings and the Euphrates where the geometry places them.`] },
      {
        state: 'lines',
        text: (s) => {
          const lines = Object.values(s.data.sectors.lines).sort((a, b) => a.order - b.order).map((l) => l.name);
          const kurdistan = Object.values(s.data.sectors.sectors).find((x) => x.iraqGovernorates.includes('IQ-DA'));
          return [`Iraqi accounts describe the defence in three lines: the ${lines[0]} first, the ${lines[1]} second and the ${lines[2]} third. How far apart they stand has not been published, so the drawing is a schematic.${kurdistan ? ` In the Kurdistan Region’s stretch, the ${kurdistan.heldBy} are responsible.` : ''}`];
        },
      },
      {
        state: 'barrier',
        text: (s) => {
          const parts = Object.values(s.data.fortifications.components).sort((a, b) => a.order - b.order).map((c) => (/^[A-Z][a-z]/.test(c.name) ? c.name[0]!.toLowerCase() + c.name.slice(1) : c.name));
          return [`On the line itself, officials describe a barrier in layers, watched from above: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`];
        },
      },
    ],
  },
  {
    id: 'wall',
    heading: 'How much wall is built?',
    chart: 'wall-progress',
    steps: [
      { state: 'claims', text: (s) => [`Officials have given ${Object.keys(s.data.fortifications.wallClaims).length} figures for the concrete wall since the first section went up. Some count one section, some what was added, some the whole wall.`] },
      {
        state: 'whole-wall',
        text: (s) => {
          const whole = Object.values(s.data.fortifications.wallClaims).filter((c) => c.scope === 'cumulative' && c.builtKm != null).sort((a, b) => a.date.localeCompare(b.date));
          const first = whole[0]!, last = whole.at(-1)!;
          return [`The totals for the whole wall do not add up: about ${formatKm(first.builtKm!)} ${when(first.date)}, then about ${formatKm(last.builtKm!)} ${when(last.date)}. A wall does not shrink; at least one of the figures is wrong, and the chart shows them as separate claims.`];
        },
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
          return [`On 21 January US forces began moving detainees from Syria to prisons in Iraq. By ${formatPartialDate(total.date)} the reported total was ${qualified(total)}.`];
        },
      },
    ],
  },
  {
    id: 'prisons-and-camps',
    heading: 'The prisons and camps',
    chart: 'detention-map',
    steps: [
      {
        state: 'sites',
        text: (s) => {
          const sites = Object.values(s.data.sites.sites);
          const located = sites.filter((x) => x.location.coordinates);
          return [`Our data lists ${sites.length} prisons and camps that held Islamic State suspects or their families. Published coordinates exist for only ${located.length} of them; the others are listed under the map, not drawn where nobody has said they are. Al-Hol camp, the largest, lies ${kmToBorder(s, 'al-hol')} from the Iraqi border on the map.`];
        },
      },
      { state: 'control', text: (s) => [`In January 2026 they began to change hands. Syrian government forces took al-Shaddadi prison on ${handover(s, 'al-shaddadi')} and al-Hol camp on ${handover(s, 'al-hol')}; Roj camp was still reported under the SDF in February.`] },
      {
        state: 'al-hol',
        text: (s) => {
          const peak = latestTotal(s.data.alHolPopulation.observations);
          const closed = s.data.sites.sites['al-hol']!.held.at(-1)!;
          return [`The government then emptied al-Hol. The camp that held ${qualified(peak)} people at its peak (${formatPartialDate(peak.date)}) was reported empty on ${formatPartialDate(closed.date)}.`];
        },
      },
    ],
  },
  {
    id: 'detainees',
    heading: 'How many were held',
    chart: 'detainees-held',
    steps: [
      { state: 'plateau', text: (s) => [`From 2019 to 2025 the estimates of Islamic State suspects held in the SDF’s prisons barely moved: officials and reporters gave figures from ${spread(s.data.detaineesHeld.observations, '2019', '2025')}, depending on who was counting.`] },
      {
        state: '2026',
        text: (s) => {
          const total = latestTotal(s.data.transfers2026.observations);
          return [`In January 2026 the estimates were still ${spread(s.data.detaineesHeld.observations, '2026-01', '2026-01')}. Then ${qualified(total)} detainees were moved to Iraq in a few weeks.`];
        },
      },
    ],
  },
  {
    id: 'al-hol',
    heading: 'Al-Hol, from surge to closure',
    chart: 'al-hol-population',
    steps: [
      { state: 'arrivals', text: (s) => [`Al-Hol grew from ${spread(s.data.alHolPopulation.observations, '2018-12', '2018-12')} people in December 2018 to ${qualified(latestTotal(s.data.alHolPopulation.observations))} in spring 2019, as families left the last territory the Islamic State held.`] },
      { state: 'decline', text: () => ['Numbers fell slowly over the next six years. Iraqis were the largest group at first; as Iraq brought its citizens home from 2021, their share shrank.'] },
      { state: 'closure', text: (s) => [`In early 2026 reports put those remaining at ${spread(s.data.alHolPopulation.observations, '2026-01', '2026-02-21')}. The government took over the camp in January and emptied it within five weeks.`] },
    ],
  },
  {
    id: 'going-home',
    heading: 'Iraqis brought home',
    chart: 'repatriations',
    steps: [
      {
        state: 'start',
        text: (s) => {
          const first = s.data.repatriations.observations.find((o) => (o.unit ?? s.data.repatriations.unit) === 'families')!;
          return [`Iraq began bringing its citizens back from al-Hol in ${formatPartialDate(first.date)}, with a first group of ${qualified(first)} families, to a screening camp at al-Jadaa in Nineveh.`];
        },
      },
      { state: 'pace', text: () => ['Convoys followed every few months. The running totals officials gave do not always agree with one another: the chart shows each as it was reported, in people or in families, without joining them into one line.'] },
      {
        state: 'latest',
        text: (s) => [`By January 2026 officials put the total at ${spread(s.data.repatriations.observations.filter((o) => (o.unit ?? s.data.repatriations.unit) === 'people'), '2026-01', '2026-01')} people.`],
      },
    ],
  },
  {
    id: 'transfers',
    heading: 'Detainees moved to Iraq',
    chart: 'transfers-2026',
    steps: [
      { state: 'first', text: (s) => [`The transfers of detainees from Syria to Iraq began on 21 January 2026 with ${qualified(s.data.transfers2026.observations[0]!)} people.`] },
      { state: 'rise', text: () => ['Over the next three weeks the reported count climbed in steps, by land and by air.'] },
      {
        state: 'total',
        text: (s) => {
          const total = latestTotal(s.data.transfers2026.observations);
          const outliers = s.data.transfers2026.observations.filter((o) => o.outlier);
          return [`When the operation ended in February the count stood at ${qualified(total)}.${outliers.length ? ` One official figure, ${outliers.map((o) => qualified(o)).join(' and ')}, does not fit the others and is marked as an outlier.` : ''}`];
        },
      },
    ],
  },
];
