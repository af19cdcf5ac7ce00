/**
 * The border map's description, which is also the alt text of its crossings state: the line,
 * then every crossing the map marks, with its number and where it is (the key's and the
 * table's words), how many are placed how, and which are not marked and why.
 */
import { isDrawn } from '../../data/border-facts.ts';
import { t } from '../../i18n/index.ts';
import { formatKm, formatList, formatNumber } from '../../lib/format/index.ts';
import type { BorderMapInput } from './prepare.ts';
import { drawnCrossings, stretchUnits, townNames, whereText } from './where.ts';

const words = () => t.charts['border-map'].describe;

function listItem(input: BorderMapInput, c: BorderMapInput['facts']['crossings'][number], key: number): string {
  const w = words();
  const where = whereText(c)!;
  const units = stretchUnits(input, c);
  const detail =
    c.precision === 'town'
      ? w.nearTowns(where, townNames(c))
      : c.stretch && units
        ? w.onStretch(where, units.iraq, units.syria)
        : where;
  return w.item(formatNumber(key), c.crossing.name, detail);
}

/** "2 are placed approximately, … and 2 are known only to lie on the stretch …". */
function counts(input: BorderMapInput): string {
  const w = words();
  const drawn = drawnCrossings(input);
  const of = (test: (c: (typeof drawn)[number]) => boolean) => drawn.filter(test).length;
  const parts = (
    [
      [of((c) => c.precision === 'site'), w.sites],
      [of((c) => c.precision === 'town'), w.towns],
      [of((c) => c.stretch !== null), w.regions],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, say]) => say(formatNumber(n), n === 1));
  return parts.length ? w.counts(formatList(parts)) : '';
}

export function describe(input: BorderMapInput): string {
  const w = words();
  const { crossings } = input.facts;
  const drawn = drawnCrossings(input);
  const missing = crossings.filter((c) => !isDrawn(c));
  const n = formatNumber(crossings.length);
  const names = formatList(missing.map((c) => c.crossing.name));
  const line = w.line(formatKm(input.facts.lengthKm), formatNumber(input.borderUnits.length));
  if (!drawn.length) return line + w.none(n, names);
  // Semicolons: each item has commas of its own.
  const list = drawn.map((c, i) => listItem(input, c, i + 1)).join('; ');
  return (
    line +
    w.listed(formatNumber(drawn.length), n, !missing.length, list) +
    counts(input) +
    (missing.length ? w.unmarked(names, missing.length === 1) : '')
  );
}
