/** The detention map's description and the alt text of each of its steps, from the data. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import { FOCUS_SITE } from './marks.ts';
import type { DetentionMapInput } from './prepare.ts';
import { controlText, distanceText, examples, handoverText } from './text.ts';

const words = () => t.charts['detention-map'];

export function describe(input: DetentionMapInput): string {
  const sites = input.located.map((v) => `${v.name} ${distanceText(v)}`).join('; ');
  const total = formatNumber(input.located.length + input.unlocated.length);
  const others = formatNumber(input.unlocated.length);
  return words().describe(formatNumber(input.located.length), total, sites, others, examples(input.unlocated));
}

export function sitesAlt(input: DetentionMapInput): string {
  const w = words();
  const n = input.located.length;
  const drawn = input.located.map((v) => w.nameAndDistance(v.name, distanceText(v))).join('; ');
  const marked = n === 0 ? w.alt.noneDrawn : w.alt.drawn(n, formatNumber(n), drawn);
  return w.alt.unlocated(marked, formatNumber(input.unlocated.length), examples(input.unlocated));
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
