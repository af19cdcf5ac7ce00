/** The "What changed" page, and the "Updated" links to it from the story and every embed. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { historyOf, siteDates } from '../../src/changelog/model.ts';
import { formatPartialDate } from '../../src/lib/format/index.ts';

const doc = (path: string) => parseHTML(readFileSync(`dist/${path}`, 'utf8')).document as unknown as Document;

// A shallow clone has no history to read: the page then says so instead of listing versions.
const shallow =
  spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'true';

test('lists every chart in the registry, each with its dated entries (or says the history is missing)', () => {
  const page = doc('changes/index.html');
  expect(page.querySelector('h1')?.textContent).toBe('What changed');
  expect(page.querySelectorAll('main section')).toHaveLength(charts.length);
  for (const chart of charts) {
    const section = page.querySelector(`section#${chart.id}`);
    expect(section?.querySelector('h2')?.textContent).toBe(chart.title);
    if (!shallow)
      expect(section?.querySelector('ol.changes > li .changes-date strong')?.textContent).toMatch(
        /^\d{1,2} \w+ \d{4}$/,
      );
  }
  expect((page.querySelector('.masthead .meta')?.textContent ?? '').includes('without the history')).toBe(shallow);
});

test(
  'the story and each embed say when they were first published and when a figure last ' +
    'changed, from the history, and link to the list',
  () => {
    const story = doc('index.html');
    const meta = story.querySelector('.masthead .meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(story.querySelector('.masthead .meta a[href="/changes/"]')?.textContent).toBe('What changed');
    const dates = siteDates();
    if (dates.firstPublished) expect(meta).toContain(`First published ${formatPartialDate(dates.firstPublished)}.`);
    else expect(meta).not.toContain('First published');
    if (dates.updated) expect(meta).toContain(`Updated ${formatPartialDate(dates.updated)}.`);
    else expect(meta).not.toContain('Updated');
    expect(meta).toMatch(/Facts as of \d{1,2} \w+ \d{4}\./);
    // "Updated" is never the first publication standing in for a change: it is the date of a
    // published change to some figure (which may fall on the day of first publication).
    if (dates.updated)
      expect(charts.some((c) => historyOf(c.id).entries.some((e) => !e.first && e.date === dates.updated))).toBe(true);
    expect(story.querySelectorAll('.figure-updated a')).toHaveLength(charts.length);
    for (const chart of charts) {
      const history = historyOf(chart.id);
      expect(story.querySelector(`#${chart.id} .figure-updated a`)?.getAttribute('href')).toBe(`/changes/#${chart.id}`);
      const link = doc(`embed/${chart.id}/index.html`).querySelector('.embed-version a');
      expect(link?.getAttribute('href')).toMatch(new RegExp(`/changes/#${chart.id}$`));
      const expected = history.updated
        ? `Updated ${formatPartialDate(history.updated)}`
        : history.firstPublished
          ? `First published ${formatPartialDate(history.firstPublished)}`
          : 'What changed';
      expect(link?.textContent).toBe(expected);
    }
  },
);
