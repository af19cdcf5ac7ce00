/**
 * The story as a link preview, a crawler and a mistyped address meet it, from the built files
 * and `npm start`'s server: light images at their sizes that still show what the render shows,
 * Open Graph and Twitter tags within their vocabularies, the NewsArticle JSON-LD, sitemap and
 * robots.txt, and a 404 page answered with status 404.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { embedById } from '../../src/embed/model.ts';
import { siteDates } from '../../src/changelog/model.ts';
import { t } from '../../src/i18n/index.ts';
import { svgToPixels } from '../../src/lib/preview/png.ts';
import { CARD_CSS, cardSvg } from '../../src/story/card.ts';
import { cardInput, storyShare } from '../../src/story/share.ts';
import { newsArticle } from '../../src/story/structured-data.ts';
import { countNear, decodePng, lightColour, meanColourError, pngSize } from '../helpers/png.ts';

const SITE = 'http://localhost:4321';
/** The budget for a preview or social image. */
const MAX_BYTES = 100_000;
const tokensCss = readFileSync('src/styles/tokens.css', 'utf8');
const html = (path: string) => parseHTML(readFileSync(path, 'utf8')).document as unknown as Document;
const story = html('dist/index.html');
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

describe('images', () => {
  const pngs = files('dist', '.png').map((f) => relative('dist', f));

  test('the build makes the social card and one preview per chart, and no other PNG', () => {
    expect(pngs.sort()).toEqual(['card.png', ...charts.map((c) => `embed/${c.id}/preview.png`)].sort());
  });

  test.each(pngs)('%s weighs at most 100 KB and is a palette PNG', (path) => {
    const bytes = readFileSync(join('dist', path));
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
    expect(bytes[25], 'IHDR colour type 3: indexed').toBe(3);
  });

  test.each(charts.map((c) => c.id))(
    'the preview of %s is 1200 px wide, as tall as oEmbed says, and looks like the truecolour render',
    async (id) => {
      const bytes = readFileSync(`dist/embed/${id}/preview.png`);
      const oembed = JSON.parse(readFileSync(`dist/oembed/${id}.json`, 'utf8'));
      expect(pngSize(bytes)).toEqual({ width: 1200, height: oembed.thumbnail_height });
      const truecolour = svgToPixels(embedById(SITE, id).chart.artboards.at(-1)!.svg, { width: 1200 });
      const shipped = await decodePng(bytes);
      expect(meanColourError(truecolour, shipped)).toBeLessThan(1);
      // Text keeps its solid cores in the label colour, so it reads as sharply.
      const label = lightColour(tokensCss, 'label');
      expect(countNear(shipped, label, 6)).toBeGreaterThan(countNear(truecolour, label, 6) * 0.95);
    },
  );

  test('the social card is 1200 × 630: the headline in the text colour beside the lead chart, as rendered', async () => {
    const bytes = readFileSync('dist/card.png');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    const card = await decodePng(bytes);
    const truecolour = svgToPixels(cardSvg(cardInput(SITE)), { width: 1200, css: CARD_CSS });
    expect(meanColourError(truecolour, card)).toBeLessThan(1);
    // The headline: solid text-colour pixels in the left column (the chart is on the right).
    const text = lightColour(tokensCss, 'text');
    const column = { x: 40, y: 0, w: 500, h: 630 };
    const headlineInk = countNear(card, text, 6, column);
    expect(headlineInk).toBeGreaterThan(20_000);
    expect(headlineInk).toBeGreaterThan(countNear(truecolour, text, 6, column) * 0.95);
    // The lead chart (a map): its land colours fill much of the right half.
    const right = { x: 560, y: 0, w: 640, h: 630 };
    expect(countNear(card, lightColour(tokensCss, 'land-focus'), 3, right)).toBeGreaterThan(20_000);
  });
});

/** https://ogp.me/ (basic, optional, structured image, and the article type's properties) and Twitter's card tags. */
const OPEN_GRAPH = new Set(
  [
    'title type url description determiner locale locale:alternate site_name',
    'image image:url image:secure_url image:type image:width image:height image:alt',
  ].flatMap((s) => s.split(' ').map((p) => `og:${p}`)),
);
const ARTICLE = new Set(
  ['published_time', 'modified_time', 'expiration_time', 'author', 'section', 'tag'].map((p) => `article:${p}`),
);
const TWITTER = new Set(
  ['card', 'site', 'creator', 'title', 'description', 'image', 'image:alt'].map((p) => `twitter:${p}`),
);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

describe('the story’s head', () => {
  const share = storyShare(SITE);
  const { firstPublished, updated } = siteDates();

  test('has Open Graph article tags and a Twitter large-image card, all within their vocabularies', () => {
    const tags = [...story.querySelectorAll('meta[property], meta[name]')]
      .map((m) => m.getAttribute('property') ?? m.getAttribute('name')!)
      .filter((k) => /^(og|article|twitter):/.test(k));
    for (const key of tags) expect(OPEN_GRAPH.has(key) || ARTICLE.has(key) || TWITTER.has(key), key).toBe(true);
    expect(new Set(tags).size, 'each tag once').toBe(tags.length);

    const h1 = story.querySelector('h1')!.textContent;
    expect(meta(story, 'og:type')).toBe('article');
    expect(meta(story, 'og:title')).toBe(h1);
    expect(meta(story, 'twitter:title')).toBe(h1);
    expect(meta(story, 'og:description')).toBe(meta(story, 'description'));
    expect(meta(story, 'og:site_name')).toBe('Frontier');
    expect(meta(story, 'og:url')).toBe(story.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(meta(story, 'og:url')).toBe(`${SITE}/`);
    expect(meta(story, 'og:image')).toBe(`${SITE}/card.png`);
    expect(meta(story, 'twitter:image')).toBe(`${SITE}/card.png`);
    expect(meta(story, 'og:image:type')).toBe('image/png');
    expect([meta(story, 'og:image:width'), meta(story, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(story, 'twitter:card')).toBe('summary_large_image');
    // Alt text that Twitter keeps whole, and that names what the card shows.
    const alt = meta(story, 'og:image:alt')!;
    expect(alt.length).toBeLessThanOrEqual(420);
    expect(alt).toContain(h1!);
    expect(meta(story, 'twitter:image:alt')).toBe(alt);
    expect(meta(story, 'article:published_time')).toBe(firstPublished ?? undefined);
    expect(meta(story, 'article:modified_time')).toBe(updated ?? firstPublished ?? undefined);
    for (const key of ['article:published_time', 'article:modified_time'])
      if (meta(story, key)) expect(meta(story, key)).toMatch(ISO_DATE);
  });

  test('has the NewsArticle JSON-LD: parsed, as typed against schema.org, with Google’s recommended properties', () => {
    const scripts = story.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const article = JSON.parse(scripts[0]!.textContent!);
    expect(article).toEqual(
      newsArticle(share, { name: t.siteName, url: `${SITE}/`, logo: `${SITE}/favicon.svg`, language: t.lang }),
    );
    expect(article['@context']).toBe('https://schema.org');
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe(story.querySelector('h1')!.textContent);
    expect(article.image.url).toBe(meta(story, 'og:image'));
    expect(article.inLanguage).toBe(story.documentElement.getAttribute('lang'));
    expect(article.mainEntityOfPage['@id']).toBe(`${SITE}/`);
    for (const who of [article.author, article.publisher])
      expect(who).toMatchObject({ '@type': 'Organization', name: 'Frontier' });
    // Dates from the data history (this build has it), ISO 8601, modified never before published.
    expect(firstPublished).not.toBeNull();
    expect(article.datePublished).toBe(firstPublished);
    expect(article.dateModified).toBe(updated ?? firstPublished);
    for (const date of [article.datePublished, article.dateModified]) expect(date).toMatch(ISO_DATE);
    expect(article.dateModified >= article.datePublished).toBe(true);
    // Every URL absolute, on the site, and each file it names built.
    const urls: string[] = [];
    JSON.stringify(article, (key, value) => {
      if (key === 'url' || key === '@id') urls.push(value);
      return value;
    });
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      expect(url, url).toMatch(new RegExp(`^${SITE}/`));
      const path = new URL(url).pathname;
      expect(existsSync(join('dist', path.endsWith('/') ? `${path}index.html` : path)), url).toBe(true);
    }
  });
});

describe('crawlers', () => {
  test('the sitemap lists the story and /changes/, absolute, and no embed or 404 page', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const pages = maps.flatMap((url) => {
      expect(url).toMatch(new RegExp(`^${SITE}/sitemap-\\d+\\.xml$`));
      const xml = readFileSync(join('dist', new URL(url).pathname), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    expect(pages.sort()).toEqual([`${SITE}/`, `${SITE}/changes/`]);
    // The embeds exist, and are left out on purpose (noindex, canonical to the story).
    expect(existsSync('dist/embed/border-map/index.html')).toBe(true);
  });

  test('robots.txt allows crawling and names the sitemap by its absolute URL', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index\\.xml$`, 'm'));
    expect(existsSync('dist/sitemap-index.xml')).toBe(true);
  });
});

describe('an unknown address', () => {
  const site = () => inject('siteUrl');

  test('dist/404.html is a page in the site’s style, not indexed, with a link to the story', () => {
    const page = html('dist/404.html');
    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('main a[href="/"]')?.textContent).toContain(story.querySelector('h1')!.textContent!);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    // The site's CSS, inline like every page's (its hash is in the headers file).
    expect(page.querySelector('head style')?.textContent).toContain('--bg');
  });

  test.each(['/no-such-page/', '/no-such-page', '/embed/no-such-chart/', '/card.jpg'])(
    "npm start's server answers %s with status 404 and that page",
    async (path) => {
      const response = await fetch(new URL(path, site()), { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe(readFileSync('dist/404.html', 'utf8'));
    },
  );

  test('known addresses answer as before: 200, with their type', async () => {
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/changes/', 'text/html'],
      ['/embed/border-map/', 'text/html'],
      ['/card.png', 'image/png'],
      ['/robots.txt', 'text/plain'],
      ['/sitemap-index.xml', 'application/xml'],
    ]) {
      const response = await fetch(new URL(path!, site()));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(new RegExp(`^${type}`));
    }
  });
});
