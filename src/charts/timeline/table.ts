/** timeline — the table: every event of the window, in date order, with its lane, quote and sources. */
import { t } from '../../i18n/index.ts';
import { formatNumber, formatPartialDate } from '../../lib/format/index.ts';
import type { DataTable } from '../types.ts';
import { confidenceCell, notes } from '../kit/cells.ts';
import { placementNote } from '../kit/dates.ts';
import type { TimelineInput } from './prepare.ts';
import { windowMonths } from './text.ts';

export function table(input: TimelineInput): DataTable {
  const s = t.charts.timeline.table;
  const { columns } = t.charts.kit.marks;
  const label = (lane: string) => input.lanes.find((l) => l.id === lane)!.label;
  return {
    caption: s.caption(formatNumber(input.events.length), windowMonths()),
    columns: [
      { key: 'date', label: columns.date },
      { key: 'event', label: s.event, rowHeader: true },
      { key: 'lane', label: s.lane },
      { key: 'quote', label: s.quote },
      { key: 'confidence', label: columns.confidence },
    ],
    rows: input.events.map((e) => ({
      id: e.id,
      cells: {
        date: { text: formatPartialDate(e.date), note: notes(placementNote(e.date, 'across'), e.dateNote) },
        event: { text: e.title, note: e.summary },
        lane: { text: label(e.lane) },
        quote: e.quote
          ? { text: s.quoted(e.quote.text), note: s.speaker(e.quote.speaker, e.quote.role) }
          : { text: '' },
        confidence: confidenceCell(e.confidence, '', e.confidence === 'high' ? undefined : s.hollow),
      },
      sources: e.sources,
    })),
  };
}
