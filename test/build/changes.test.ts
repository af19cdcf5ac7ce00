/** The "What changed" page, and the "Updated" links to it from the story and every embed. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { charts } from '../../src/charts/registry.ts';

const doc = (path: string) => parseHTML(readFileSync(`dist/${path}`, 'utf8')).document as unknown as Document;

// A shallow clone has no history to read: the page then says so instead of listing versions.
const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'true';

test('lists every chart in the registry, each with its dated entries (or says the history is missing)', () => {
  const page = doc('changes/index.html');
  expect(page.querySelector('h1')?.textContent).toBe('What changed');
  for (const chart of charts) {
    const section = page.querySelector(`section#${chart.id}`);
    expect(section?.querySelector('h2')?.textContent).toBe(chart.title);
    if (!shallow) expect(section?.querySelector('ol.changes > li .changes-date strong')?.textContent).toMatch(/^\d{1,2} \w+ \d{4}$/);
  }
  expect((page.querySelector('.masthead .meta')?.textContent ?? '').includes('without the history')).toBe(shallow);
});

test('the story and each embed say when their figures were last updated, and link to the list', () => {
  const story = doc('index.html');
  expect(story.querySelector('.masthead .meta a[href="/changes/"]')?.textContent).toBe('What changed');
  expect(story.querySelector('.masthead .meta')?.textContent).toMatch(/Updated \d{1,2} \w+ \d{4}/);
  for (const chart of charts) {
    expect(story.querySelector(`#${chart.id} .figure-updated a`)?.getAttribute('href')).toBe(`/changes/#${chart.id}`);
    const link = doc(`embed/${chart.id}/index.html`).querySelector('.embed-version a');
    expect(link?.getAttribute('href')).toMatch(new RegExp(`/changes/#${chart.id}$`));
    expect(link?.textContent).toMatch(/^Updated \d{1,2} \w+ \d{4}$/);
  }
});
