/**
 * The story's scrollytelling sections in reading order: which chart each uses, which of its
 * registered steps, and the prose of each step. Prose is ours; every figure in it comes from the
 * story model. Step numbers (#step-<n>) run through the page in this order.
 */
import { formatKm, formatKmSpan, formatPartialDate } from '../lib/format/index.ts';
import type { Story } from './model.ts';
import { nearestOnLine } from '../lib/geo/index.ts';
import { t } from '../i18n/index.ts';
import { according, attributed, claimantGroups } from './attribution.ts';
import { headline, peak, qualified, spread } from './figures.ts';
import { siteHeld } from '../data/derived/site-held.ts';
import { heldOf } from '../data/derived/held.ts';

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

/** km from a site's sourced coordinates to the border line, measured on the map; null when no source places it. */
function kmToBorder(s: Story, siteId: string): string | null {
  const at = s.data.sites.sites[siteId]?.location.coordinates;
  return at ? formatKm(nearestOnLine(s.border.line, at).kmAway, { digits: 1 }) : null;
}

/**
 * A quote from data/events.json with its speaker and the outlet that reported it:
 * “text”, in the words of speaker, role (as quoted by Rudaw).
 */
function quote(s: Story, eventId: string): string {
  const event = s.data.events.events[eventId];
  const q = event?.quote;
  if (!q) throw new Error(`src/story/sections.ts: expected a quote on data/events.json › events.${eventId}`);
  const outlets = t.list([...new Set(event.sources.map((id) => s.data.publishers.publishers[s.data.sources.sources[id]!.publisher]!.name))]);
  return `“${q.text}”, in the words of ${q.speaker}, ${q.role} (${t.attribution.quotedBy(outlets)})`;
}

/** The date of an event in data/events.json, for prose. */
function eventDate(s: Story, eventId: string): string {
  const event = s.data.events.events[eventId];
  if (!event) throw new Error(`src/story/sections.ts: expected data/events.json › events.${eventId}`);
  return event.date;
}

/** Whole weeks between two dates, as prose counts them ("within five weeks"). */
function weeksBetween(from: string, to: string): number {
  return Math.ceil((Date.parse(to) - Date.parse(from)) / (7 * 86_400_000));
}

/**
 * Al-Hol's population in its last reports before it was emptied, as the detention map states it
 * (one fact, one range on the page), with the claims behind it.
 */
export function alHolBeforeClosure(s: Story) {
  const site = s.data.sites.sites['al-hol'];
  if (!site) throw new Error('src/story/sections.ts: expected data/sites.json › sites.al-hol');
  const figures = siteHeld(s.data, site);
  const before = heldOf(figures, {}).before;
  if (!before) throw new Error('src/story/sections.ts: expected counts of al-Hol before it was emptied');
  const claims = figures.filter((f) => before.dates.includes(f.date) && f.low !== 0 && f.subset === undefined && f.combinedWith === undefined);
  return { ...before, claims };
}

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The lengths of the border itself as claims, with the kind of each claimant. */
const borderClaims = (s: Story) => Object.values(s.data.border.lengths).filter((l) => l.measures === 'border').map((l) => ({ ...l, claimantKind: l.kind }));

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
        text: (s) => {
          const unplaced = s.border.crossings.filter((c) => !c.coordinates);
          const all = s.border.crossings.length;
          const where =
            unplaced.length === 0
              ? ''
              : unplaced.length === all
                ? ` No source we can cite gives the position of any of them, so they are listed there, not drawn.`
                : ` For ${t.list(unplaced.map((c) => c.crossing.name))}, no source we can cite gives a position, so ${unplaced.length === 1 ? 'it is' : 'they are'} listed there, not drawn.`;
          return [`The two sides are linked by ${all} crossings. The latest report we hold for each is summarised in the table under the map.${where}`];
        },
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
          (() => {
            const claims = borderClaims(s);
            const named = (km: number) => t.list(claims.filter((c) => c.km === km).map(according));
            const news = { ...s.newsLength, claimantKind: s.newsLength.kind };
            const { min, max } = s.border.reportedRange;
            return `In ${formatPartialDate(s.newsLength.asOf.slice(0, 7))} the border’s length was given as ${formatKm(s.newsLength.km)}, ${according(news)}. The figures in print run from ${formatKm(min)}, ${named(min)}, to ${formatKm(max)}, ${named(max)}.`;
          })(),
        ],
      },
      {
        state: 'measured',
        text: (s) => [
          `Measured along the line on this page’s map, the border is ${formatKm(s.border.lengthKm, { digits: 1 })}${s.border.lengthKm < s.border.reportedRange.min ? ', shorter than every figure in print' : ''}. That is a floor, not the answer: a line drawn for a 1:10m map smooths away the bends of the real boundary.`,
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
      {
        state: 'claims',
        text: (s) => {
          const claims = Object.values(s.data.fortifications.wallClaims);
          return [`${upper(claimantGroups(claims))} have given ${claims.length} figures for the concrete wall since the first section went up. Some count one section, some what was added, some the whole wall.`];
        },
      },
      {
        state: 'whole-wall',
        text: (s) => {
          const whole = Object.values(s.data.fortifications.wallClaims).filter((c) => c.scope === 'cumulative' && c.builtKm != null).sort((a, b) => a.date.localeCompare(b.date));
          const first = whole[0]!, last = whole.at(-1)!;
          return [`The totals for the whole wall do not add up: about ${formatKm(first.builtKm!)} ${when(first.date)}, ${according(first)}, then about ${formatKm(last.builtKm!)} ${when(last.date)}, ${according(last)}. A wall does not shrink; at least one of the figures is wrong, and the chart shows them as separate claims.`];
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
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          return [`On ${formatPartialDate(eventDate(s, 'transfers-begin-2026'))} US forces began moving detainees from Syria to prisons in Iraq. By ${formatPartialDate(total.date)} the total was ${qualified(total)}, ${attributed(total, s.data.transfers2026.confidence)}.`];
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
          const alHol = kmToBorder(s, 'al-hol');
          return [`Our data lists ${sites.length} prisons and camps that held Islamic State suspects or their families. Coordinates from a source we can cite exist for only ${located.length} of them; the others are listed under the map, not drawn where nobody has said they are.${alHol ? ` Al-Hol camp, the largest, lies ${alHol} from the Iraqi border on the map.` : ''}`];
        },
      },
      { state: 'control', text: (s) => [`In January 2026 they began to change hands. Syrian government forces took al-Shaddadi prison on ${handover(s, 'al-shaddadi')} and al-Hol camp on ${handover(s, 'al-hol')}; Roj camp was still reported under the SDF in February.`] },
      {
        state: 'al-hol',
        text: (s) => {
          const top = peak(s.data.alHolPopulation.observations, s.data.alHolPopulation.confidence);
          return [`The government then emptied al-Hol. The camp that held ${qualified(top)} people at its peak (${formatPartialDate(top.date)}, ${according(top)}) was reported empty on ${formatPartialDate(eventDate(s, 'al-hol-closed-2026'))}.`];
        },
      },
    ],
  },
  {
    id: 'detainees',
    heading: 'How many were held',
    chart: 'detainees-held',
    steps: [
      {
        state: 'plateau',
        text: (s) => {
          const range = spread(s.data.detaineesHeld.observations, '2019', '2025');
          return [`From 2019 to 2025 the estimates of Islamic State suspects held in the SDF’s prisons barely moved: ${claimantGroups(range.claims)} gave figures from ${range.text}, depending on who was counting.`];
        },
      },
      {
        state: '2026',
        text: (s) => {
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          const range = spread(s.data.detaineesHeld.observations, '2026-01', '2026-01');
          return [`In January 2026 ${claimantGroups(range.claims)} still put the number at ${range.text}. Then ${qualified(total)} detainees were moved to Iraq in a few weeks, ${attributed(total, s.data.transfers2026.confidence)}.`];
        },
      },
    ],
  },
  {
    id: 'al-hol',
    heading: 'Al-Hol, from surge to closure',
    chart: 'al-hol-population',
    steps: [
      {
        state: 'arrivals',
        text: (s) => {
          const first = spread(s.data.alHolPopulation.observations, '2018-12', '2018-12');
          const top = peak(s.data.alHolPopulation.observations, s.data.alHolPopulation.confidence);
          return [`Al-Hol grew from ${first.text} people in December 2018, ${t.list(first.claims.map(according))}, to ${qualified(top)} ${when(top.date)}, ${according(top)}, as families left the last territory the Islamic State held.`];
        },
      },
      { state: 'decline', text: (s) => [`Numbers fell slowly over the following years. Iraqis were the largest group at first; as Iraq brought its citizens home from ${formatPartialDate(eventDate(s, 'al-hol-returns-begin-2021'))}, their share shrank.`] },
      {
        state: 'closure',
        text: (s) => {
          const before = alHolBeforeClosure(s);
          const taken = eventDate(s, 'al-hol-handover-2026');
          const closed = eventDate(s, 'al-hol-closed-2026');
          return [`In its last counts, from ${before.when}, ${claimantGroups(before.claims)} put those remaining at ${before.text}. The government took over the camp ${when(taken)} and emptied it within ${weeksBetween(taken, closed)} weeks.`];
        },
      },
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
          return [`Iraq began bringing its citizens back from al-Hol in ${formatPartialDate(first.date)}, with a first group of ${qualified(first)} families, ${according(first)}, to a screening camp at al-Jadaa in Nineveh.`];
        },
      },
      { state: 'pace', text: () => ['Convoys followed every few months. The running totals officials gave do not always agree with one another: the chart shows each as it was reported, in people or in families, without joining them into one line.'] },
      {
        state: 'latest',
        text: (s) => {
          const range = spread(s.data.repatriations.observations.filter((o) => (o.unit ?? s.data.repatriations.unit) === 'people'), '2026-01', '2026-01');
          return [`By January 2026 ${claimantGroups(range.claims)} put the total at ${range.text} people.`];
        },
      },
    ],
  },
  {
    id: 'transfers',
    heading: 'Detainees moved to Iraq',
    chart: 'transfers-2026',
    steps: [
      {
        state: 'first',
        text: (s) => {
          const first = s.data.transfers2026.observations[0]!;
          return [`The transfers of detainees from Syria to Iraq began ${when(first.date)} with ${qualified(first)} people, ${attributed(first, s.data.transfers2026.confidence)}.`];
        },
      },
      { state: 'rise', text: () => ['Over the next three weeks the reported count climbed in steps, by land and by air.'] },
      {
        state: 'total',
        text: (s) => {
          const total = headline(s.data.transfers2026.observations, s.data.transfers2026.confidence);
          const outliers = s.data.transfers2026.observations.filter((o) => o.outlier);
          return [`When the operation ended ${when(eventDate(s, 'transfers-end-2026'))} the count stood at ${qualified(total)}, ${attributed(total, s.data.transfers2026.confidence)}.${outliers.map((o) => ` One figure, ${qualified(o)} ${according(o)}, does not fit the others and is marked as an outlier.`).join('')}`];
        },
      },
    ],
  },
];
