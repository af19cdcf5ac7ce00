/**
 * The sites' labels: what each says in each state, fullest first, as requests to the kit's label
 * placer. A site is never left unnamed: where no version fits, its name goes on regardless,
 * where it overlaps least.
 */
import { t } from '../../i18n/index.ts';
import { pointBox, type Box } from '../kit/box.ts';
import type { LabelRequest, Line, Side } from '../kit/placer.ts';
import { wrap } from '../kit/text.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import type { Point } from '../kit/map/project.ts';
import { FOCUS_SITE, reach } from './marks.ts';
import type { SiteView } from './prepare.ts';
import { controlText, km, pointWord, type State } from './text.ts';

/** Beside the mark with the first line level with it, then below, above, and starting or ending at it. */
const SIDES: readonly Side[] = [
  'right-down',
  'left-down',
  'below',
  'above',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
];
/** How wide a name may run before it wraps, px. */
const NAME_WIDTH = { narrow: 130, wide: 220, unwrapped: 400 } as const;
const NAME_WEIGHT = 700;

/** What a site's label says in a state, most informative first; the placer takes the first that fits. */
export function labelVersions(v: SiteView, state: State, narrow: boolean, size: number): Line[][] {
  const w = t.charts['detention-map'];
  const nameLines = (max: number, muted = false): Line[] =>
    wrap(v.name, size, max, { weight: NAME_WEIGHT }).map((text) => ({ text, size, weight: NAME_WEIGHT, muted }));
  const detail = (text: string): Line => ({ text, size });
  const point = pointWord(v);
  const distance = [detail(point ? w.label.withPoint(w.toBorder(km(v)), point) : w.toBorder(km(v)))];
  const distanceSplit = point ? [detail(w.label.pointFirst(point)), detail(w.toBorder(km(v)))] : distance;
  const control = controlText(v.control);
  // "SDF → Syrian government, 19 January 2026" on two lines: who, then when.
  const [who, when] = control.split(', ');
  const controlLines = [detail(control)];
  const controlSplit = when ? [detail(`${who},`), detail(when)] : controlLines;
  const held = v.held.when ? w.label.held(v.held.text, v.held.when) : null;
  const maxName = narrow ? NAME_WIDTH.narrow : NAME_WIDTH.wide;
  const full = NAME_WIDTH.unwrapped;
  // Phones try the narrow, taller blocks first: there is more room above and below than beside.
  const order = (wide: Line[][]) =>
    narrow ? [...wide].sort((a, b) => Number(a.length < b.length) - Number(b.length < a.length)) : wide;
  switch (state) {
    case 'sites':
      return [
        ...order([
          [...nameLines(full), ...distance],
          [...nameLines(maxName), ...distanceSplit],
        ]),
        nameLines(maxName),
      ];
    case 'control':
      return [
        ...order([
          [...nameLines(full), ...controlLines],
          [...nameLines(maxName), ...controlSplit],
        ]),
        nameLines(maxName),
      ];
    case 'complete':
      return [
        ...(held && !narrow ? [[...nameLines(full), ...distance, ...controlLines, detail(held)]] : []),
        ...order([
          [...nameLines(full), ...distance, ...controlLines],
          [...nameLines(maxName), ...distanceSplit, ...controlSplit],
        ]),
        [...nameLines(maxName), ...distanceSplit],
        nameLines(maxName),
      ];
    case 'al-hol': {
      if (v.id !== FOCUS_SITE) return [nameLines(maxName, true)];
      const emptied = v.held.emptied && v.held.when ? [detail(w.label.emptied(v.held.when))] : [];
      const earlier = v.held.before;
      const before = earlier
        ? [detail(w.label.before(earlier.text)), ...(earlier.when ? [detail(w.label.when(earlier.when))] : [])]
        : [];
      return [
        ...order([
          [...nameLines(maxName), ...controlLines, ...emptied, ...before],
          [...nameLines(maxName), ...controlSplit, ...emptied, ...before],
        ]),
        [...nameLines(maxName), ...controlSplit, ...emptied],
        nameLines(maxName),
      ];
    }
  }
}

/** One request per drawn site: the focus site first in its state, then nearest the border first. */
export function siteLabels(
  drawn: readonly { v: SiteView; at: Point }[],
  options: { state: State; narrow: boolean; type: TypeScale; bounds: Box },
): LabelRequest[] {
  const { state, narrow, type, bounds } = options;
  const first = (v: SiteView) => Number(v.id === FOCUS_SITE && state === 'al-hol');
  return [...drawn]
    .sort((a, b) => first(b.v) - first(a.v))
    .map(({ v, at }) => ({
      anchor: pointBox(at, reach(v.precision, type.marker)),
      versions: labelVersions(v, state, narrow, type.small),
      sides: SIDES,
      gaps: [3],
      bounds,
      className: 'site-label',
      required: true,
    }));
}
