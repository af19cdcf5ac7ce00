/**
 * The story's NewsArticle JSON-LD as a crawler reads it: schema.org's vocabulary (checked by the
 * compiler through schema-dts), Google's recommended Article properties, ISO 8601 dates,
 * absolute URLs, and text that cannot break out of its <script> element.
 */
import type { NewsArticle, WithContext } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { jsonLdText, newsArticle } from '../../src/story/structured-data.ts';
import type { StoryShare } from '../../src/story/share.ts';

const story: StoryShare = {
  url: 'https://frontier.example/',
  headline: 'Iraq’s border with Syria',
  description: 'The border from end to end.',
  image: { url: 'https://frontier.example/card.png', width: 1200, height: 630, alt: 'The headline beside a map' },
  published: '2026-01-05',
  modified: '2026-03-01',
};
const publisher = {
  name: 'Frontier',
  url: 'https://frontier.example/',
  logo: 'https://frontier.example/favicon.svg',
  language: 'en-GB',
};

describe('newsArticle', () => {
  test('is a schema.org NewsArticle with headline, image, dates, author and publisher', () => {
    const article = newsArticle(story, publisher);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.description,
      image: { '@type': 'ImageObject', url: 'https://frontier.example/card.png' },
      datePublished: '2026-01-05',
      dateModified: '2026-03-01',
      author: { '@type': 'Organization', name: 'Frontier', url: 'https://frontier.example/' },
      publisher: { '@type': 'Organization', name: 'Frontier', logo: { url: 'https://frontier.example/favicon.svg' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://frontier.example/' },
      inLanguage: 'en-GB',
    });
  });

  test('leaves dates out when the build had no data history, rather than inventing one', () => {
    const article = newsArticle({ ...story, published: null, modified: null }, publisher);
    expect(article).not.toHaveProperty('datePublished');
    expect(article).not.toHaveProperty('dateModified');
  });

  test('a property or type outside schema.org is a compile error (npm run typecheck)', () => {
    const wrongProperty: WithContext<NewsArticle> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      // @ts-expect-error schema.org has no "headlin"
      headlin: 'x',
    };
    const wrongType: WithContext<NewsArticle> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      // @ts-expect-error an author is a Person or an Organization, not a Place
      author: { '@type': 'Place', name: 'x' },
    };
    expect([wrongProperty, wrongType]).toHaveLength(2);
  });
});

test('jsonLdText escapes "<", so a headline cannot end the <script> element, and parses back the same', () => {
  const data = { headline: 'A </script><script>alert(1)</script> <!-- headline' };
  const text = jsonLdText(data);
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual(data);
});
