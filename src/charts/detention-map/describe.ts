/** The detention map's description and the alt text of each of its steps, from the data. */
import { t } from '../../i18n/index.ts';
import { formatList, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { FOCUS_SITE } from './marks.ts';
import type { DetentionMapInput } from './prepare.ts';
import { controlText, distanceText, handoverText } from './text.ts';

const words = () => t.charts['detention-map'];

/** How the drawn sites are placed, by rung of the precision ladder. */
function drawnHow(input: DetentionMapInput): string {
  const site = input.located.filter((v) => v.precision === 'site').length;
  const town = input.located.length - site;
  return words().drawnHow(site, town, formatNumber(site), formatNumber(town));
}

/** "The other one, Al-Kasra prison, …": the sites not drawn, or null when every site is. */
function notDrawn(input: DetentionMapInput): string | null {
  const n = input.unlocated.length;
  if (!n) return null;
  return words().notDrawn(n, formatNumber(n), formatList(input.unlocated.map((v) => v.name)));
}

/** Each drawn site with its distance, nearest the border first. */
const distances = (input: DetentionMapInput) =>
  input.located.map((v) => words().nameAndDistance(v.name, distanceText(v))).join('; ');

export function describe(input: DetentionMapInput): string {
  const total = formatNumber(input.located.length + input.unlocated.length);
  return words().describe(
    formatNumber(input.located.length),
    total,
    drawnHow(input),
    distances(input),
    notDrawn(input),
  );
}

export function sitesAlt(input: DetentionMapInput): string {
  const w = words();
  const n = input.located.length;
  const marked = n === 0 ? w.alt.noneDrawn : w.alt.drawn(n, formatNumber(n), drawnHow(input), distances(input));
  return w.alt.unlocated(marked, notDrawn(input));
}

export function controlAlt(input: DetentionMapInput): string {
  const all = [...input.located, ...input.unlocated].filter((v) => v.control.before || v.control.after);
  const sites = all.map((v) => words().nameAndDistance(v.name, controlText(v.control))).join('; ');
  return words().alt.control(handoverText(), sites);
}

export function alHolAlt(input: DetentionMapInput): string {
  const w = words().alt;
  const v = [...input.located, ...input.unlocated].find((s) => s.id === FOCUS_SITE);
  if (!v) return w.focusMissing(FOCUS_SITE);
  const steps = v.control.steps.map((s) => w.focusStep(formatPartialDate(s.date), s.controller)).join('; ');
  const held = v.held.emptied
    ? w.emptied(v.held.before?.text ?? null, v.held.before?.when ?? null, v.held.when!)
    : w.latest(v.held.text, v.held.when ?? '');
  return w.focus(v.name, v.border ? distanceText(v) : null, steps, held);
}
