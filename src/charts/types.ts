/** What a chart module declares about itself; the registry, pages, embeds and tests read only this. */
import type { SiteData } from '../data/site-data.ts';

export interface Column {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The column that names the row (a <th scope="row">); one per table. */
  rowHeader?: boolean;
}

export interface Cell {
  text: string;
  /** What the column sorts by, when the text does not (e.g. 11.7 for "11.7 km", an ISO date). */
  sort?: number | string;
  /** A longer explanation shown with the value (e.g. why it is missing). */
  note?: string;
}

export interface Row {
  id: string;
  cells: Record<string, Cell>;
  /** Source ids backing this row, shown in its sources column. */
  sources: string[];
}

/** The accessible alternative to a chart: every value it shows, with sources. */
export interface DataTable {
  caption: string;
  /** Readers may sort it by any column (enhanced in the browser; the HTML order is the default). */
  sortable?: boolean;
  columns: Column[];
  rows: Row[];
}

export interface RenderOptions {
  /** Artboard width in px (SVG user units). */
  width: number;
  /** Prefix for ids in the SVG, unique on the page. */
  idPrefix: string;
  /** A step's state id; omitted, the chart draws its complete state (for embeds and tables). */
  step?: string;
}

/** One state of a chart in the story, pre-rendered at build time. */
export interface ChartStep<Input = unknown> {
  /** kebab-case, unique within the chart; what RenderOptions.step names. */
  id: string;
  /** What this state shows, for screen readers: read in the step, in reading order. */
  alt(input: Input): string;
}

export interface Chart<Input = unknown> {
  /** kebab-case; the folder name, the embed URL segment and the snapshot name. */
  id: string;
  title: string;
  /** Artboard widths, narrowest first: the page shows the one that fits its column. */
  widths: readonly number[];
  /** Select and derive what the chart shows; the only place it touches SiteData. */
  prepare(data: SiteData): Input;
  /** One or two sentences for <desc> and alt text, with the chart's computed figures. */
  describe(input: Input): string;
  render(input: Input, options: RenderOptions): string;
  table(input: Input): DataTable;
  /** Ids of the sources behind what the figure shows. */
  sources(input: Input): string[];
  /** The latest "as of" date of the facts shown. */
  asOf(input: Input): string;
  /** Where the geometry or method comes from, for the credit line. */
  credit: string;
  /** The states the story can show, in their natural order. */
  steps: readonly ChartStep<Input>[];
}

/** Keeps a chart's Input type checked inside its module, then erases it for the registry. */
export function defineChart<Input>(chart: Chart<Input>): Chart<unknown> {
  return chart as unknown as Chart<unknown>;
}
