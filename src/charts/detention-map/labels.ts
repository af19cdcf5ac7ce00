/**
 * The sites' labels: what each says in each state, fullest first (phones: phone-labels.ts), as
 * requests to the kit's label placer. A site is never left unnamed: where no version fits, its name goes on regardless,
 * where it overlaps least.
 */
import { t } from '../../i18n/index.ts';
import { inflate, type Box } from '../kit/box.ts';
import type { LabelRequest, Line, Side } from '../kit/placer.ts';
import { wrap } from '../kit/text.ts';
import type { TypeScale } from '../kit/type-scale.ts';
import type { Point } from '../kit/map/project.ts';
import { FOCUS_SITE, markerBox } from './marks.ts';
import type { PlaceGroup, SiteView } from './prepare.ts';
import { NAME_WEIGHT, phoneLabelVersions } from './phone-labels.ts';
import { controlText, distanceText, km, pointWord, type State } from './text.ts';

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
const NAME_WIDTH = { wide: 220, unwrapped: 400 } as const;
/**
 * How far a label keeps from the markers of other groups, px (it may stand 3 px from its own);
 * less on phones, where the rings nearly touch.
 */
const ASSOCIATION = { narrow: 5, wide: 10 } as const;
/** Distances from a mark a label may stand, px; beyond the first it gets a leader line. */
const GAPS = { narrow: [3, 14, 26], wide: [3, 18] } as const;

/** What a group's label says in a state on a wide artboard, most informative first; the placer takes the first that fits. */
export function labelVersions(group: PlaceGroup, state: State, narrow: boolean, size: number): Line[][] {
  if (narrow) return phoneLabelVersions(group, state, size);
  const w = t.charts['detention-map'];
  const nameLines = (v: SiteView, max: number, muted = false): Line[] =>
    wrap(v.name, size, max, { weight: NAME_WEIGHT }).map((text) => ({ text, size, weight: NAME_WEIGHT, muted }));
  const names = (max: number, muted = false) => group.members.flatMap((v) => nameLines(v, max, muted));
  const detail = (text: string): Line => ({ text, size });
  const point = pointWord(group);
  const short = [detail(w.toBorder(km(group)))];
  const distance = [detail(distanceText(group))];
  const distanceSplit = point ? [...short, detail(w.label.fromPoint(point))] : short;
  // "SDF → Syrian government, 19 January 2026" on two lines: who, then when.
  const controlOf = (v: SiteView, split: boolean) => {
    const control = controlText(v.control);
    const [who, when] = control.split(', ');
    return split && when ? [detail(`${who},`), detail(when)] : [detail(control)];
  };
  // Each site's name, then its own detail: who ran it, how many it held.
  const each = (max: number, lines: (v: SiteView) => Line[]) =>
    group.members.flatMap((v) => [...nameLines(v, max), ...lines(v)]);
  const maxName = NAME_WIDTH.wide;
  const full = NAME_WIDTH.unwrapped;
  switch (state) {
    case 'sites':
      return [[...names(full), ...distance], [...names(maxName), ...distanceSplit], names(maxName)];
    case 'control':
      return [each(full, (v) => controlOf(v, false)), each(maxName, (v) => controlOf(v, true)), names(maxName)];
    case 'complete': {
      const held = (v: SiteView) => (v.held.when ? [detail(w.label.held(v.held.text, v.held.when))] : []);
      return [
        [...each(full, (v) => [...controlOf(v, false), ...held(v)]), ...distance],
        [...each(full, (v) => controlOf(v, false)), ...distance],
        [...each(maxName, (v) => controlOf(v, true)), ...distanceSplit],
        [...names(maxName), ...distanceSplit],
        names(maxName),
      ];
    }
    case 'al-hol': {
      const v = group.members.find((m) => m.id === FOCUS_SITE);
      if (!v) return [names(maxName, true)];
      const emptied = v.held.emptied && v.held.when ? [detail(w.label.emptied(v.held.when))] : [];
      const earlier = v.held.before;
      const before = earlier
        ? [detail(w.label.before(earlier.text)), ...(earlier.when ? [detail(w.label.when(earlier.when))] : [])]
        : [];
      return [
        [...names(maxName), ...controlOf(v, false), ...emptied, ...before],
        [...names(maxName), ...controlOf(v, true), ...emptied, ...before],
        [...names(maxName), ...controlOf(v, true), ...emptied],
        names(maxName),
      ];
    }
  }
}

/** One request per drawn group: the focus site's first in its state, then nearest the border first. */
export function siteLabels(
  drawn: readonly { group: PlaceGroup; at: Point }[],
  options: { state: State; narrow: boolean; type: TypeScale; bounds: Box },
): LabelRequest[] {
  const { state, narrow, type, bounds } = options;
  const first = (g: PlaceGroup) => Number(state === 'al-hol' && g.members.some((v) => v.id === FOCUS_SITE));
  // A label keeps this far from every other group's marker: close to one, it would be read as its.
  const boxes = drawn.map(({ group, at }) => ({ group, box: markerBox(at, group, type.marker) }));
  return [...drawn]
    .sort((a, b) => first(b.group) - first(a.group))
    .map(({ group, at }) => ({
      avoid: boxes.filter((b) => b.group !== group).map((b) => inflate(b.box, ASSOCIATION[narrow ? 'narrow' : 'wide'])),
      anchor: markerBox(at, group, type.marker),
      versions: labelVersions(group, state, narrow, type.small),
      sides: SIDES,
      // Beside the mark first; set further off, with a leader line, where the marks crowd.
      gaps: narrow ? GAPS.narrow : GAPS.wide,
      bounds,
      className: 'site-label',
      required: true,
    }));
}
