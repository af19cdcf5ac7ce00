/**
 * The sourcing policy as an editor meets it: a citation planted on a repost host, a mirror, a
 * bare IP or an unrelated site is refused with the file, the source id, the host and what to do;
 * Wikipedia may not carry a figure or a map point alone; every source must be cited.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/problems.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';
import { re } from '../helpers/regexp.ts';

let copy: DataCopy;
beforeEach(() => {
  process.env.FRONTIER_TODAY = '2026-12-03';
  copy = copyData();
});
afterEach(() => copy.remove());

function messages(): string[] {
  return validateDataDir(copy.dir).problems.map((p) =>
    formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }),
  );
}

type Sources = {
  sources: Record<
    string,
    { publisher: string; via?: string; url: string; title: string; published: string; dateNote?: string }
  >;
};
/** The id of a source whose publisher is `publisher` (read on its own site where one is). */
function sourceOf(publisher: string): string {
  const { sources } = copy.read('sources.json') as Sources;
  const ids = Object.keys(sources).filter((k) => sources[k]!.publisher === publisher);
  const id = ids.find((k) => !sources[k]!.via) ?? ids[0];
  if (!id) throw new Error(`no source published by ${publisher} in data/sources.json`);
  return id;
}

test('the real data passes the sourcing policy', () => {
  expect(validateDataDir('data').problems.map(formatProblem)).toEqual([]);
});

test('an AFP story planted on a repost site is refused, naming the source, the host and what to do', () => {
  const id = sourceOf('afp');
  copy.edit(
    'sources.json',
    (j: Sources) => (j.sources[id]!.url = 'https://www.spacewar.com/afp/220327174819.2d0vlr5v.html'),
  );
  expect(messages()).toEqual([
    `data/sources.json › sources.${id}.url: expected a page on AFP's own site or a licensed ` +
      `outlet's, got host www.spacewar.com, a site that reposts wire copy — find the story on ` +
      `AFP's site (afp.com) or on a newspaper, broadcaster or agency that carries it, and cite ` +
      `that page`,
  ]);
});

test('a Reuters story read on an AI-rewrite aggregator is refused', () => {
  const id = sourceOf('reuters');
  copy.edit(
    'sources.json',
    (j: Sources) => (j.sources[id]!.url = 'https://www.devdiscourse.com/article/headlines/3765283-reuters'),
  );
  expect(messages()).toEqual([
    expect.stringMatching(
      new RegExp(
        `^data/sources.json › sources.${id}.url: expected a page on Reuters's own site or a ` +
          `licensed outlet's, got host www.devdiscourse.com, an aggregator that rewrites wire ` +
          `stories — `,
      ),
    ),
  ]);
});

test('a wire story through a bare IP address is refused', () => {
  const id = sourceOf('afp');
  copy.edit('sources.json', (j: Sources) => (j.sources[id]!.url = 'http://65.108.81.244/news/ceasefire'));
  expect(messages()).toEqual([
    expect.stringContaining(
      `sources.${id}.url: expected a page on AFP's own site or a licensed outlet's, got host ` +
        `65.108.81.244, a bare IP address, not a publisher's site`,
    ),
  ]);
});

test('Wikipedia through a mirror is refused', () => {
  const id = sourceOf('wikipedia');
  copy.edit(
    'sources.json',
    (j: Sources) => (j.sources[id]!.url = 'https://www.wikiwand.com/en/articles/Al-Hawl_refugee_camp'),
  );
  expect(messages()).toEqual([
    expect.stringContaining(
      `sources.${id}.url: expected a page on Wikipedia's own site or a licensed outlet's, got ` +
        `host www.wikiwand.com, a Wikipedia mirror`,
    ),
  ]);
});

test(
  "a page on a host that is not the publisher's, with no licensed outlet named, is refused " + 'with both ways out',
  () => {
    const id = sourceOf('shafaq-news');
    copy.edit(
      'sources.json',
      (j: Sources) => (j.sources[id]!.url = 'https://example-news-digest.com/iraq/shafaq-report'),
    );
    expect(messages()).toEqual([
      `data/sources.json › sources.${id}.url: expected a page on Shafaq News's domains ` +
        `(shafaq.com), got host example-news-digest.com — if this is a licensed outlet's copy, ` +
        `name it in "via"; if example-news-digest.com belongs to Shafaq News, add it to its ` +
        `domains in data/publishers.json; a repost or aggregator copy is never acceptable`,
    ]);
  },
);

test('a "via" that is not a news organisation (a rights group reposting a wire story) is refused', () => {
  const id = sourceOf('afp');
  copy.edit('sources.json', (j: Sources) => {
    j.sources[id]!.via = 'hrw';
    j.sources[id]!.url = 'https://www.hrw.org/news/copy-of-afp-story';
  });
  expect(messages()).toContainEqual(
    `data/sources.json › sources.${id}.via: expected a newspaper, broadcaster or news agency ` +
      `(or a UN service such as ReliefWeb) that republished it under licence, got "hrw", a ` +
      `publisher of kind ngo — cite the publisher's own page, or a news organisation's copy`,
  );
});

test('a repost site listed as a publisher is refused at its domain', () => {
  copy.edit('publishers.json', (j: { publishers: Record<string, { domains: string[] }> }) =>
    j.publishers.afp!.domains.push('spacewar.com'),
  );
  expect(messages()).toEqual([
    expect.stringMatching(
      re(
        /^data\/publishers.json › publishers.afp.domains\[1\]: /,
        /expected a domain where the publisher itself publishes, got "spacewar.com", a site that reposts wire copy/,
      ),
    ),
  ]);
});

test('Wikipedia as the only support of a point drawn on a map is refused', () => {
  const wiki = sourceOf('wikipedia');
  copy.edit('crossings.json', (j: { crossings: Record<string, { location: Record<string, unknown> }> }) => {
    j.crossings['al-qaim-albu-kamal']!.location = {
      precision: 'site',
      coordinates: [40.977, 34.3975],
      source: wiki,
      asOf: 'undated',
    };
  });
  expect(messages()).toEqual([
    `data/crossings.json › crossings.al-qaim-albu-kamal.location.source: expected at least one ` +
      `source other than Wikipedia for a figure or a point on a map, got only "${wiki}" — add ` +
      `the publisher Wikipedia cites, or another original that says the same`,
  ]);
});

test('a source no fact cites is reported, so leftovers and mistyped citations show', () => {
  const id = sourceOf('afp');
  copy.edit(
    'sources.json',
    (j: Sources) => (j.sources['afp-unused-copy'] = { ...j.sources[id]!, url: `${j.sources[id]!.url}#unused` }),
  );
  expect(messages()).toEqual([
    'data/sources.json › sources.afp-unused-copy: expected a source that some fact cites, got ' +
      'a source no fact cites — remove it, or check the spelling of the id where it should be ' +
      'cited',
  ]);
});

test('an unknown publisher id is reported with the nearest known one', () => {
  const id = sourceOf('afp');
  copy.edit('sources.json', (j: Sources) => (j.sources[id]!.publisher = 'apf'));
  expect(messages()).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^data/sources.json › sources.${id}.publisher: expected the id of a publisher listed in ` +
          `data/publishers.json, got "apf" — did you mean "(afp|ap)"\\?`,
      ),
    ),
  );
});

test('a month-only publication date needs a note saying why, and a described title is not a headline', () => {
  const id = sourceOf('afp');
  copy.edit('sources.json', (j: Sources) => {
    j.sources[id]!.published = '2022-03';
    delete j.sources[id]!.dateNote;
    delete (j.sources[id] as { titleNote?: string }).titleNote;
    j.sources[id]!.title = '[Iraq builds a wall]';
  });
  expect(messages()).toEqual([
    `data/sources.json › sources.${id}.dateNote: expected a dateNote saying why the date is ` +
      `not a full day (it is "2022-03"), got nothing (the field is missing) — give the day ` +
      `printed on the page, or say why there is none`,
    `data/sources.json › sources.${id}.title: expected the headline or title as printed on the ` +
      `page, got "[Iraq builds a wall]" — a description in [brackets] needs a titleNote saying ` +
      `why the headline is not given`,
  ]);
});

test('two entries for one page are reported, with how to merge them', () => {
  const id = sourceOf('afp');
  copy.edit('sources.json', (j: Sources) => (j.sources['afp-copy'] = { ...j.sources[id]! }));
  expect(messages()).toContainEqual(
    `data/sources.json › sources.afp-copy.url: expected a page no other source entry cites, ` +
      `got the page of "${id}" — merge the two: cite "${id}" where "afp-copy" is cited, and ` +
      `remove "afp-copy"`,
  );
});
