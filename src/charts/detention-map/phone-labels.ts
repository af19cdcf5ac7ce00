/**
 * What a group's label says on a phone's map, fullest first. The map is 320 px wide and the
 * sites crowd round Hasakah, so a phone's labels say less than a wide artboard's: the name
 * without the word its symbol's shape says, and the distance in km, the one figure the sites
 * step is about; who runs each site is the symbols' fill, which the key explains; the al-Hol
 * step adds al-Hol's closure. Names wrap a word or two a line where a gap is narrow.
 */
import { t } from '../../i18n/index.ts';
import { shortDate } from '../kit/dates.ts';
import type { Line } from '../kit/placer.ts';
import { wrap } from '../kit/text.ts';
import { FOCUS_SITE } from './marks.ts';
import type { PlaceGroup, SiteView } from './prepare.ts';
import { km, type State } from './text.ts';

/** Names are set bold, on every artboard. */
export const NAME_WEIGHT = 700;
/** How wide a name may run before it wraps, px: on one line, or a word or two a line. */
const NAME_WIDTH = { line: 130, tight: 70 } as const;
/** How wide a line of detail may run, px: less than half the artboard. */
const DETAIL_WIDTH = 140;

export function phoneLabelVersions(group: PlaceGroup, state: State, size: number): Line[][] {
  const w = t.charts['detention-map'];
  const nameLines = (v: SiteView, max: number, muted: boolean): Line[] =>
    wrap(w.label.shortName(v.name), size, max, { weight: NAME_WEIGHT }).map((text) => ({
      text,
      size,
      weight: NAME_WEIGHT,
      muted,
    }));
  const names = (max: number, muted = false) => group.members.flatMap((v) => nameLines(v, max, muted));
  const detail = (text: string): Line => ({ text, size });
  // A detail wrapped to the width a name may take.
  const details = (text: string): Line[] => wrap(text, size, DETAIL_WIDTH).map(detail);
  const namesOnly = (muted = false) => [names(NAME_WIDTH.line, muted), names(NAME_WIDTH.tight, muted)];
  switch (state) {
    case 'sites':
    case 'complete': {
      const distance = detail(km(group));
      return [[...names(NAME_WIDTH.line), distance], [...names(NAME_WIDTH.tight), distance], ...namesOnly()];
    }
    case 'control':
      return namesOnly();
    case 'al-hol': {
      const v = group.members.find((m) => m.id === FOCUS_SITE);
      if (!v) return namesOnly(true);
      const name = names(NAME_WIDTH.line);
      // "none left on 22 Feb 2026": the step's one fact, its date short.
      const emptied = v.held.emptied ? details(w.label.emptied(shortDate(v.held.emptied.date, { year: true }))) : [];
      const earlier = v.held.before;
      const before = earlier
        ? [...details(w.label.before(earlier.text)), ...(earlier.when ? details(w.label.when(earlier.when)) : [])]
        : [];
      return [[...name, ...emptied, ...before], [...name, ...emptied], ...namesOnly()];
    }
  }
}
