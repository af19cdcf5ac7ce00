/**
 * A chart made ready for a page: its artboards rendered to SVG, its table, and its sources
 * resolved against data/sources.json. Pages and endpoints use this; none render charts themselves.
 */
import type { SiteData } from '../data/site-data.ts';
import type { Source } from '../data/schema/sources.ts';
import type { Publisher } from '../data/schema/publishers.ts';
import type { Chart, DataTable } from './types.ts';

export interface CitedPublisher extends Publisher {
  id: string;
}

/** A source with its publisher (and reprinting outlet) resolved, as pages cite it. */
export interface CitedSource extends Omit<Source, 'publisher' | 'via'> {
  id: string;
  publisher: CitedPublisher;
  via?: CitedPublisher;
}

export interface RenderedState {
  id: string;
  alt: string;
  artboards: { width: number; svg: string }[];
}

export interface RenderedChart {
  id: string;
  title: string;
  description: string;
  credit: string;
  asOf: string;
  /** The complete figure, for the data section, embeds and previews. */
  artboards: { width: number; svg: string }[];
  /** Every story state, pre-rendered, in the chart's order. */
  states: RenderedState[];
  table: DataTable;
  sources: CitedSource[];
}

export function cite(data: SiteData, ids: Iterable<string>): CitedSource[] {
  return [...new Set(ids)].map((id) => {
    const source = data.sources.sources[id];
    // Validation guarantees every cited id exists; a miss here is a bug in a chart, not in data.
    if (!source) throw new Error(`chart cites unknown source "${id}"`);
    const publisher = (pid: string): CitedPublisher => ({ id: pid, ...data.publishers.publishers[pid]! });
    return {
      ...source,
      id,
      publisher: publisher(source.publisher),
      via: source.via === undefined ? undefined : publisher(source.via),
    };
  });
}

export function renderChart(chart: Chart, data: SiteData): RenderedChart {
  const input = chart.prepare(data);
  const table = chart.table(input);
  return {
    id: chart.id,
    title: chart.title,
    description: chart.describe(input),
    credit: chart.credit,
    asOf: chart.asOf(input),
    artboards: chart.widths.map((width) => ({
      width,
      svg: chart.render(input, { width, idPrefix: `${chart.id}-${width}` }),
    })),
    states: chart.steps.map((step) => ({
      id: step.id,
      alt: step.alt(input),
      artboards: chart.widths.map((width) => ({
        width,
        svg: chart.render(input, { width, step: step.id, idPrefix: `${chart.id}-${step.id}-${width}` }),
      })),
    })),
    table,
    sources: cite(data, [...chart.sources(input), ...table.rows.flatMap((r) => r.sources)]),
  };
}

const renderedFor = new WeakMap<SiteData, RenderedChart[]>();

/** Every chart in registry order, rendered once per data set: the story and the embeds share them. */
export function renderAll(charts: readonly Chart[], data: SiteData): RenderedChart[] {
  let rendered = renderedFor.get(data);
  if (!rendered) {
    rendered = charts.map((chart) => renderChart(chart, data));
    renderedFor.set(data, rendered);
  }
  return rendered;
}
