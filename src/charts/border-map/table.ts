/**
 * The border map's data table: every crossing, its number on the map (the same keys the map and
 * its key draw), where it is along the border as precisely as its sources allow, and its status.
 * Sorted by km, a stretch by its middle.
 */
import { kmMiddle, type PlacedCrossing } from '../../data/border-facts.ts';
import { t } from '../../i18n/index.ts';
import { formatKm, formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import type { DataTable } from '../types.ts';
import type { BorderMapInput } from './prepare.ts';
import { keyOf, stretchUnits, townNames } from './where.ts';

const words = () => t.charts['border-map'];

function kmCell(input: BorderMapInput, c: PlacedCrossing) {
  const w = words().table;
  const middle = kmMiddle(c);
  if (middle === null) return { text: w.notKnown, note: c.crossing.location.note };
  const sort = Math.round(middle * 10) / 10;
  const units = stretchUnits(input, c);
  if (c.stretch && units)
    return {
      text: w.kmRun(formatNumber(c.stretch.fromKm), formatNumber(c.stretch.toKm)),
      note: w.onStretch(units.iraq, units.syria),
      sort,
    };
  if (c.precision === 'town')
    return { text: w.km.town(formatNumber(middle)), note: w.nearTowns(townNames(c), c.towns.length === 1), sort };
  return {
    text: w.km.site(formatNumber(middle)),
    ...(c.crossing.location.note ? { note: c.crossing.location.note } : {}),
    sort,
  };
}

export function table(input: BorderMapInput): DataTable {
  const w = words().table;
  return {
    sortable: true,
    caption: w.caption(formatKm(input.facts.lengthKm)),
    columns: [
      { key: 'name', label: w.columns.name, rowHeader: true },
      { key: 'key', label: w.columns.key },
      { key: 'km', label: w.columns.km, numeric: true },
      { key: 'status', label: w.columns.status },
    ],
    rows: input.facts.crossings.map((c) => {
      const key = keyOf(input, c);
      const sources = [...(c.crossing.location.source ? [c.crossing.location.source] : []), ...c.current.sources];
      return {
        id: c.id,
        cells: {
          key: { text: key !== null ? w.key(formatNumber(key)) : w.notShown },
          name: { text: c.crossing.name, note: w.sides(c.crossing.iraqSide, c.crossing.syriaSide) },
          km: kmCell(input, c),
          status: {
            text: w.status(words().stateLabel[c.current.state]!, formatPartialDate(c.current.date)),
            note: c.current.summary,
            sort: c.current.state,
          },
        },
        sources: sources.filter((id, i, all) => all.indexOf(id) === i),
      };
    }),
  };
}
