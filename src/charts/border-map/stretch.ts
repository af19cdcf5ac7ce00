/**
 * The story's states that pick out one stretch of the Iraqi side: which governorates each
 * covers, and the km runs of the border in them, from the admin-1 outlines.
 */
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber } from '../../lib/format/index.ts';
import type { BorderMapInput } from './prepare.ts';

type Unit = BorderMapInput['borderUnits'][number];

/** Which of the border's governorates each stretch state covers (its name comes from the data). */
export const STRETCHES = {
  kurdistan: (u: Unit) => u.properties.region === 'Kurdistan',
  nineveh: (u: Unit) => u.properties.iso_3166_2 === 'IQ-NI',
  anbar: (u: Unit) => u.properties.iso_3166_2 === 'IQ-AN',
} as const;
export type Stretch = keyof typeof STRETCHES;

export const isStretch = (state: string): state is Stretch => state in STRETCHES;

const covered = (input: BorderMapInput, stretch: Stretch) => input.borderUnits.filter(STRETCHES[stretch]);

/** The km runs of the Iraqi border a stretch state covers. */
export function stretchRuns(input: BorderMapInput, stretch: Stretch) {
  const ids = new Set(covered(input, stretch).map((u) => u.properties.iso_3166_2));
  return Object.values(input.runs)
    .flat()
    .filter((r) => ids.has(r.id))
    .sort((a, b) => a.fromKm - b.fromKm);
}

export const stretchKm = (input: BorderMapInput, stretch: Stretch) =>
  stretchRuns(input, stretch).reduce((sum, r) => sum + r.toKm - r.fromKm, 0);

/** "Nineveh", "Kurdistan Region (Duhok)": the governorates' names, with their region if they share one. */
export function stretchName(input: BorderMapInput, stretch: Stretch): string {
  const w = t.charts['border-map'];
  const units = covered(input, stretch);
  const names = formatList(units.map((u) => u.properties.name_en));
  // A region readers know by name (the Kurdistan Region), when every governorate is in it.
  const regions = new Set(units.map((u) => u.properties.region));
  const [region] = regions;
  const known = regions.size === 1 && region ? w.region[region] : undefined;
  return known ? w.stretchInRegion(known, names) : names;
}

export function stretchAlt(input: BorderMapInput, stretch: Stretch): string {
  const runs = stretchRuns(input, stretch);
  const from = formatNumber(runs[0]!.fromKm),
    to = formatNumber(runs.at(-1)!.toKm);
  const km = formatKm(stretchKm(input, stretch)),
    total = formatKm(input.facts.lengthKm);
  return t.charts['border-map'].alt.stretch(stretchName(input, stretch), from, to, km, total);
}
