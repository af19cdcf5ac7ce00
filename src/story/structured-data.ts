/**
 * The story as a schema.org NewsArticle in JSON-LD, for search engines and link previews. Typed
 * with schema-dts, so the compiler holds every property and type to schema.org's vocabulary.
 * Google's Article guidelines require no property but recommend headline, image, datePublished,
 * dateModified and author: all are given (dates only when the data history is known).
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import type { StoryShare } from './share.ts';

export interface Publisher {
  name: string;
  /** The site's home page, absolute. */
  url: string;
  /** Absolute; the site's icon in public/. */
  logo: string;
  /** BCP 47, as <html lang>. */
  language: string;
}

export function newsArticle(story: StoryShare, publisher: Publisher): WithContext<NewsArticle> {
  const organization = {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo },
  } as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.description,
    image: {
      '@type': 'ImageObject',
      url: story.image.url,
      width: { '@type': 'QuantitativeValue', value: story.image.width, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: story.image.height, unitCode: 'E37' },
      caption: story.image.alt,
    },
    ...(story.published ? { datePublished: story.published } : {}),
    ...(story.modified ? { dateModified: story.modified } : {}),
    author: organization,
    publisher: organization,
    mainEntityOfPage: { '@type': 'WebPage', '@id': story.url },
    url: story.url,
    inLanguage: publisher.language,
  };
}

/**
 * The JSON for a <script type="application/ld+json"> element: "<" escaped, so no string in it
 * can close the element or open a comment. JSON parsers read \u003c back as "<".
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
