/**
 * Who ran a site before and after the changes of January 2026, from its dated control entries
 * in data/sites.json: the controller before the first change, the latest report, the handover.
 */
import { t } from '../../i18n/index.ts';
import type { Site, SiteControl } from '../../data/schema/sites.ts';

/** The month the handovers began: "before" and "after" in the control columns are relative to it. */
export const HANDOVER_MONTH = '2026-01';

export type ControlKind = 'sdf' | 'government' | 'iraq' | 'none' | 'unclear' | 'other';

export interface ControlStep {
  date: string;
  controller: string;
  /** Short name for labels: "SDF", "Syrian government", "Iraqi government", "no one", "unclear". */
  short: string;
  kind: ControlKind;
  summary: string;
  confidence: SiteControl['confidence'];
  sources: string[];
}

export interface Control {
  /** Who ran it before the changes (the entry before the first change from HANDOVER_MONTH, or the last before it). */
  before: ControlStep | null;
  /** The latest report, when it is from HANDOVER_MONTH or later. */
  after: ControlStep | null;
  /** The first entry of the latest controller's run, when control changed: the handover. */
  handover: ControlStep | null;
  /** Every entry after `before`, oldest first: the steps from one controller to the next. */
  steps: ControlStep[];
}

/** The kind of controller, from how data/sites.json names it ("SDF/AANES", "Syrian government (…)"). */
const KINDS: [RegExp, ControlKind][] = [
  [/^SDF/, 'sdf'],
  [/^Syrian government/, 'government'],
  [/^Iraqi government/, 'iraq'],
  [/^No one/, 'none'],
  [/^Unclear/, 'unclear'],
];

function step(entry: SiteControl): ControlStep {
  const kind = KINDS.find(([pattern]) => pattern.test(entry.controller))?.[1] ?? 'other';
  return {
    date: entry.date,
    controller: entry.controller,
    short: kind === 'other' ? entry.controller : (t.charts['detention-map'].controller[kind] ?? entry.controller),
    kind,
    summary: entry.summary,
    confidence: entry.confidence,
    sources: entry.sources,
  };
}

export function controlOf(site: Site): Control {
  const entries = site.control.map(step);
  const change = entries.findIndex((e, i) => i > 0 && e.date >= HANDOVER_MONTH && e.kind !== entries[i - 1]!.kind);
  const beforeIndex = change > 0 ? change - 1 : entries.findLastIndex((e) => e.date < HANDOVER_MONTH);
  const before = beforeIndex >= 0 ? entries[beforeIndex]! : null;
  const last = entries.at(-1);
  const after = last && last !== before && last.date >= HANDOVER_MONTH ? last : null;
  const steps = entries.slice(beforeIndex + 1);
  let handover: ControlStep | null = null;
  if (after && before && after.kind !== before.kind) {
    // The first entry of the run that ends with the latest controller.
    let i = entries.length - 1;
    while (i > 0 && entries[i - 1]!.kind === after.kind) i--;
    handover = entries[i]!;
  }
  return { before, after, handover, steps };
}
