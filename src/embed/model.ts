/**
 * Everything the embed pages, the oEmbed responses, the manifest and the story's "Copy embed
 * code" say about a chart, computed once from the registry: URLs, version, the complete figure
 * (what the embed code shows), each story state alone and the states as a sequence (layers
 * shared), the host snippet and the size it reserves for the complete figure.
 */
import { charts } from '../charts/registry.ts';
import { renderAll, type RenderedChart } from '../charts/render.ts';
import { shareLayers } from '../charts/share-layers.ts';
import { loadSiteData } from '../data/load.ts';
import type { SiteData } from '../data/site-data.ts';
import { dataVersion } from '../lib/embed/version.ts';
import { embedSnippet } from '../lib/embed/snippet.ts';
import { embedPath, sequencePath, stepPath } from '../lib/embed/paths.ts';
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

/** One figure an embed page shows: a story state, or the complete chart. */
export interface EmbedState {
  /** 1-based, as in ?step=<n> and /step/<n>/; 0 for the complete chart. */
  n: number;
  /** The state's id, or "complete". */
  id: string;
  alt: string;
  /** Artboards narrowest first. */
  artboards: { width: number; svg: string }[];
  /** The page that shows this figure alone. */
  url: string;
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
  /** When a figure last changed, and when the chart was first published (null when unknown). */
  updated: string | null;
  firstPublished: string | null;
  /** Where the changes are listed, and the footer's words for the latest. */
  changesUrl: string;
  changesText: string;
  /** The complete chart, once: the default embed (/embed/<id>/), its size and preview. */
  complete: EmbedState;
  /** Each story state alone (/embed/<id>/step/<n>/), in the story's order; none if it has no steps. */
  states: EmbedState[];
  /**
   * The states stacked in order (/embed/<id>/steps/), layers shared between them so the page
   * carries each once; the complete chart alone for a chart without steps.
   */
  sequence: EmbedState[];
  sequenceUrl: string;
  /** Where the chart sits in the story (its section), or the story itself. */
  storyUrl: string;
  embedUrl: string;
  oembedUrl: string;
  imageUrl: string;
  size: { width: number; height: number };
  snippet: string;
}

function embedOf(chart: RenderedChart, site: URL, data: SiteData): EmbedChart {
  const corrections = Object.entries(data.corrections.corrections)
    .filter(([, c]) => c.chart === chart.id)
    .map(([id, c]) => ({ id, date: c.date, note: c.note }));
  const section = SECTIONS.find((s) => s.chart === chart.id);
  const url = (path: string) => new URL(path, site).href;
  const complete: EmbedState = {
    n: 0,
    id: 'complete',
    alt: chart.description,
    artboards: chart.artboards,
    url: url(embedPath(chart.id)),
  };
  const states = chart.states.map((s, k) => ({
    n: k + 1,
    id: s.id,
    alt: s.alt,
    artboards: s.artboards,
    url: url(stepPath(chart.id, k + 1)),
  }));
  const { updated, firstPublished } = historyOf(chart.id);
  const changesText = updated
    ? t.updated(formatPartialDate(updated))
    : firstPublished
      ? t.firstPublished(formatPartialDate(firstPublished))
      : t.whatChanged;
  const version = dataVersion({
    table: chart.table,
    description: chart.description,
    sources: chart.sources.map((s) => s.id),
    asOf: chart.asOf,
    states: chart.states.map((s) => s.alt),
  });
  const size = {
    width: REFERENCE_WIDTH,
    height: estimateHeight(
      {
        title: chart.title,
        artboards: complete.artboards,
        caption: null,
        ...creditLines(chart),
        data: t.dataDisclosure(chart.title),
        footer: [t.embedStoryLink, `${changesText} · ${t.embedVersion(version)}`],
        notices: corrections.length,
      },
      REFERENCE_WIDTH,
    ),
  };
  const embedUrl = complete.url;
  return {
    chart,
    version,
    corrections,
    updated,
    firstPublished,
    changesUrl: url(`/changes/#${chart.id}`),
    changesText,
    complete,
    states,
    sequence: states.length ? sequenceOf(chart.id, states) : [{ ...complete, n: 1 }],
    sequenceUrl: url(sequencePath(chart.id)),
    storyUrl: url(`/#${section ? section.id : chart.id}`),
    embedUrl,
    oembedUrl: url(`/oembed/${chart.id}.json`),
    imageUrl: url(`${embedPath(chart.id)}preview.png`),
    size,
    snippet: embedSnippet({ src: embedUrl, title: chart.title, ...size }),
  };
}

/** The states for one page, each layer that two of them draw alike carried once (per artboard width). */
function sequenceOf(id: string, states: EmbedState[]): EmbedState[] {
  const widths = states[0]!.artboards.map((a) => a.width);
  const shared = widths.map((w, j) =>
    shareLayers(
      states.map((s) => s.artboards[j]!.svg),
      `embed-${id}-${w}`,
    ),
  );
  return states.map((s, k) => ({ ...s, artboards: widths.map((width, j) => ({ width, svg: shared[j]![k]! })) }));
}

/** The credit line and the sources line as ChartCredit prints them (for the size estimate). */
export function creditLines(chart: RenderedChart): { credit: string; sources: string } {
  const summary = creditSummary(chart.sources);
  return {
    credit: `${chart.credit}. ${t.factsAsOf(formatPartialDate(chart.asOf))}.`,
    sources: t.creditSources(
      summary.named.map((p) => p.name),
      summary.others,
    ),
  };
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
