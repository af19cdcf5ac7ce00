/**
 * Everything the embed pages, the oEmbed responses, the manifest and the story's "Copy embed
 * code" say about a chart, computed once from the registry: URLs, version, states with their
 * shared layers, the host snippet and the size it reserves.
 */
import { charts } from '../charts/registry.ts';
import { renderAll, type RenderedChart } from '../charts/render.ts';
import { shareLayers } from '../charts/share-layers.ts';
import { loadSiteData } from '../data/load.ts';
import type { SiteData } from '../data/site-data.ts';
import { dataVersion } from '../lib/embed/version.ts';
import { embedSnippet } from '../lib/embed/snippet.ts';
import { SECTIONS } from '../story/sections.ts';
import { estimateHeight } from './size.ts';
import { historyOf } from '../changelog/model.ts';
import { creditSummary } from '../sources/credit.ts';
import { t } from '../i18n/index.ts';
import { formatPartialDate } from '../lib/format/index.ts';

/** The width hosts are told to expect (oEmbed, the snippet's reserved aspect ratio). */
export const REFERENCE_WIDTH = 600;
/** The social-card image width. */
export const PREVIEW_WIDTH = 1200;

export interface EmbedState {
  /** 1-based, as in ?step=<n>. */
  n: number;
  id: string;
  alt: string;
  /** Artboards narrowest first, layers shared with the other states of the same width. */
  artboards: { width: number; svg: string }[];
}

export interface Correction {
  id: string;
  date: string;
  note: string;
}

export interface EmbedChart {
  chart: RenderedChart;
  version: string;
  /** Corrections to this chart's published figures (data/corrections.json), oldest first. */
  corrections: Correction[];
  /** When its figures last changed (the changelog), and where that is listed. */
  /** When a figure last changed, and when the chart was first published (null when unknown). */
  updated: string | null;
  firstPublished: string | null;
  changesUrl: string;
  states: EmbedState[];
  /** Where the chart sits in the story (its section), or the story itself. */
  storyUrl: string;
  embedUrl: string;
  oembedUrl: string;
  imageUrl: string;
  size: { width: number; height: number };
  snippet: string;
}

export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

function embedOf(chart: RenderedChart, site: URL, data: SiteData): EmbedChart {
  const corrections = Object.entries(data.corrections.corrections)
    .filter(([, c]) => c.chart === chart.id)
    .map(([id, c]) => ({ id, date: c.date, note: c.note }));
  const section = SECTIONS.find((s) => s.chart === chart.id);
  const widths = chart.states[0]?.artboards.map((a) => a.width) ?? [];
  const shared = widths.map((w, j) =>
    shareLayers(
      chart.states.map((s) => s.artboards[j]!.svg),
      `embed-${chart.id}-${w}`,
    ),
  );
  const states = chart.states.map((s, k) => ({
    n: k + 1,
    id: s.id,
    alt: s.alt,
    artboards: widths.map((width, j) => ({ width, svg: shared[j]![k]! })),
  }));
  const shown = states.length
    ? states.map((s) => ({ artboards: s.artboards, caption: s.alt }))
    : [{ artboards: chart.artboards, caption: chart.description }];
  const url = (path: string) => new URL(path, site).href;
  const embedUrl = url(embedPath(chart.id));
  const size = {
    width: REFERENCE_WIDTH,
    height: estimateHeight(
      { title: chart.title, states: shown, credit: creditLine(chart), notices: corrections.length },
      REFERENCE_WIDTH,
    ),
  };
  return {
    chart,
    version: dataVersion({
      table: chart.table,
      description: chart.description,
      sources: chart.sources.map((s) => s.id),
      asOf: chart.asOf,
      states: chart.states.map((s) => s.alt),
    }),
    corrections,
    updated: historyOf(chart.id).updated,
    firstPublished: historyOf(chart.id).firstPublished,
    changesUrl: url(`/changes/#${chart.id}`),
    states,
    storyUrl: url(`/#${section ? section.id : chart.id}`),
    embedUrl,
    oembedUrl: url(`/oembed/${chart.id}.json`),
    imageUrl: url(`${embedPath(chart.id)}preview.png`),
    size,
    snippet: embedSnippet({ src: embedUrl, title: chart.title, ...size }),
  };
}

/** The credit lines as the embed prints them, closed (for the size estimate). */
export function creditLine(chart: RenderedChart): string {
  const summary = creditSummary(chart.sources);
  return `${chart.credit}. ${t.factsAsOf(formatPartialDate(chart.asOf))}.\n${t.creditSources(
    summary.named.map((p) => p.name),
    summary.others,
  )}`;
}

const cache = new Map<string, EmbedChart[]>();

/** Every chart's embed, in registry order, for a public origin. */
export function embeds(site: URL | string | undefined): EmbedChart[] {
  const origin = new URL(site ?? 'http://localhost:4321');
  const hit = cache.get(origin.href);
  if (hit) return hit;
  const data = loadSiteData();
  const list = renderAll(charts, data).map((chart) => embedOf(chart, origin, data));
  cache.set(origin.href, list);
  return list;
}

export function embedById(site: URL | string | undefined, id: string): EmbedChart {
  const found = embeds(site).find((e) => e.chart.id === id);
  if (!found) throw new Error(`src/embed/model.ts: expected a chart "${id}" in the registry`);
  return found;
}
