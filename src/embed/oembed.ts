/** The oEmbed 1.0 "rich" response and the manifest entry for a chart: plain data from its embed. */
import { t } from '../i18n/index.ts';
import { PREVIEW_WIDTH, type EmbedChart } from './model.ts';
import { viewBoxSize } from './size.ts';

export function oembedResponse(embed: EmbedChart, site: URL) {
  const artboard = embed.chart.artboards.at(-1)!;
  const box = viewBoxSize(artboard.svg);
  return {
    version: '1.0',
    type: 'rich',
    title: embed.chart.title,
    provider_name: t.siteName,
    provider_url: new URL('/', site).href,
    html: embed.snippet,
    width: embed.size.width,
    height: embed.size.height,
    thumbnail_url: embed.imageUrl,
    thumbnail_width: PREVIEW_WIDTH,
    thumbnail_height: Math.round((box.height * PREVIEW_WIDTH) / box.width),
    cache_age: 3600,
  };
}

export function manifestEntry(embed: EmbedChart) {
  const { chart } = embed;
  return {
    id: chart.id,
    title: chart.title,
    description: chart.description,
    embedUrl: embed.embedUrl,
    oembedUrl: embed.oembedUrl,
    imageUrl: embed.imageUrl,
    embedCode: embed.snippet,
    // The story's states, each alone, and all of them stacked: the same embed code with this src.
    steps: embed.states.map((s) => ({ n: s.n, id: s.id, alt: s.alt, embedUrl: s.url })),
    sequenceUrl: embed.sequenceUrl,
    sources: chart.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher.name,
      ...(s.via ? { via: s.via.name } : {}),
      title: s.title,
      url: s.url,
      published: s.published,
    })),
    asOf: chart.asOf,
    version: embed.version,
  };
}
