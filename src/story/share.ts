/**
 * What the story says of itself when shared or crawled, computed once from the masthead, the
 * registry's lead chart (the first section's) and the data history: its URL, its social card
 * and the card's text, its dates. Read by the head tags, the card's endpoint and the JSON-LD.
 */
import { siteDates } from '../changelog/model.ts';
import { embedById } from '../embed/model.ts';
import { CARD, type CardInput } from './card.ts';
import { STORY_DESCRIPTION, STORY_HEADLINE, STORY_KICKER } from './masthead.ts';
import { SECTIONS } from './sections.ts';

/** Where the card is published (src/pages/card.png.ts). */
export const CARD_PATH = '/card.png';

export interface StoryShare {
  url: string;
  headline: string;
  description: string;
  image: { url: string; width: number; height: number; alt: string };
  /** YYYY-MM-DD from the data history; null when the build had none (a shallow clone). */
  published: string | null;
  modified: string | null;
}

/** The story's lead chart: the one its first section draws. */
export function leadChartId(): string {
  const first = SECTIONS[0];
  if (!first) throw new Error('src/story/sections.ts: expected at least one section, for the social card');
  return first.chart;
}

export function cardInput(site: URL | string | undefined): CardInput {
  const { chart } = embedById(site, leadChartId());
  return {
    kicker: STORY_KICKER,
    headline: STORY_HEADLINE,
    chartSvg: chart.artboards.at(-1)!.svg,
    description: `${STORY_HEADLINE}, beside the chart “${chart.title}”: ${firstSentence(chart.description)}`,
  };
}

/** An image's alt text stays short (Twitter keeps 420 characters): the chart's description opens with its gist. */
function firstSentence(text: string): string {
  const [first] = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text);
  return first ? first.segment.trim() : text;
}

export function storyShare(site: URL | string | undefined): StoryShare {
  const origin = new URL(site ?? 'http://localhost:4321');
  const { firstPublished, updated } = siteDates();
  return {
    url: new URL('/', origin).href,
    headline: STORY_HEADLINE,
    description: STORY_DESCRIPTION,
    image: { url: new URL(CARD_PATH, origin).href, ...CARD, alt: cardInput(origin).description },
    published: firstPublished,
    // Unchanged since first published: modified is the publication date.
    modified: updated ?? firstPublished,
  };
}
