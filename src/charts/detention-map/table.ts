/** The detention map's table: every site, sortable, with the claims behind each cell in its notes. */
import { t } from '../../i18n/index.ts';
import type { Held } from '../../data/derived/held.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import type { Cell, DataTable } from '../types.ts';
import type { DetentionMapInput, SiteView } from './prepare.ts';
import { handoverText, km, pointWord } from './text.ts';

const cell = (text: string, extra: Omit<Cell, 'text'> = {}): Cell => ({ text, ...extra });
const PRECISION_RANK = { site: 1, town: 2, region: 3, unknown: 4 } as const;

function heldCell(held: Held): Cell {
  const w = t.charts['detention-map'].table;
  const asOf = (h: Omit<Held, 'before' | 'emptied'>) =>
    h.when ? w.heldAsOf(h.text, h.combined, h.reports > 1 ? formatNumber(h.reports) : null, h.when) : h.text;
  const text = held.emptied ? w.emptied(held.when!, held.before ? asOf(held.before) : null) : asOf(held);
  const earlier = held.before;
  const before = earlier ? [w.beforeThat(earlier.text, earlier.when ?? '', earlier.claims.join('; '))] : [];
  const note = [...held.claims, ...before].join('; ');
  return cell(text, { ...(held.sort !== undefined ? { sort: held.sort } : {}), ...(note ? { note } : {}) });
}

function row(v: SiteView) {
  const w = t.charts['detention-map'];
  const { before, after, steps } = v.control;
  const sameAs = v.possiblySameAs.map((p) => w.table.sameAs(p.name)).join(' ');
  const identity = v.site.identity ? v.site.identity.note : '';
  const also = v.site.altNames ? w.table.also(v.site.altNames.join(', ')) : '';
  const point = pointWord(v);
  const stepNote = steps
    .map((s) => w.table.step(formatPartialDate(s.date), s.controller, s.confidence === 'low', s.summary))
    .join(' ');
  return {
    id: v.id,
    cells: {
      name: cell(v.name, { note: [also, identity || sameAs].filter(Boolean).join(' ') || v.site.description }),
      type: cell(w.type[v.type]!),
      held: heldCell(v.held),
      before: before
        ? cell(w.table.run(before.controller, formatPartialDate(before.date)), {
            note: before.summary,
            sort: before.short,
          })
        : cell(w.table.notReported),
      after: after
        ? cell(w.table.run(after.controller, formatPartialDate(after.date)), { note: stepNote, sort: after.short })
        : cell(before ? w.table.noReportSince : w.table.notReported),
      km: v.border
        ? cell(point ? w.fromPoint(km(v), point) : km(v), { sort: Math.round(v.border.kmAway * 10) / 10 })
        : cell(w.table.notKnown, { note: w.table.noCoordinates }),
      location: cell(
        w.table.location(w.precision[v.precision]!, v.site.location.placeName, v.site.location.confidence === 'low'),
        {
          sort: PRECISION_RANK[v.precision],
          note: [v.site.location.note, v.town ? w.table.gazetteer(v.town.name, v.town.admin1) : null]
            .filter(Boolean)
            .join(' '),
        },
      ),
      escapes: v.escapes ? cell(v.escapes.text, { note: v.escapes.claims.join('; ') }) : cell(w.table.noEscapes),
    },
    sources: v.sources,
  };
}

export function table(input: DetentionMapInput): DataTable {
  const c = t.charts['detention-map'].table.columns;
  return {
    caption: t.charts['detention-map'].table.caption(handoverText(), formatNumber(input.located.length)),
    sortable: true,
    columns: [
      { key: 'name', label: c.name, rowHeader: true },
      { key: 'type', label: c.type },
      { key: 'held', label: c.held, numeric: true },
      { key: 'before', label: c.before(handoverText()) },
      { key: 'after', label: c.after },
      { key: 'km', label: c.km, numeric: true },
      { key: 'location', label: c.location },
      { key: 'escapes', label: c.escapes },
    ],
    rows: [...input.located, ...input.unlocated].map(row),
  };
}
