import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { shareLayers } from '../../src/charts/share-layers.ts';

const svg = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title><desc>d</desc>${inner}</svg>`;
const base = '<g class="basemap"><rect class="sea" width="10" height="10"></rect></g>';

test('a layer identical in several states is drawn once, in <defs> of the first, and used by each', () => {
  const out = shareLayers(
    [svg(`${base}<path class="a" d="M0,0L1,1"></path>`), svg(`${base}<path class="b" d="M0,0L2,2"></path>`)],
    'm-360',
  );
  const { document } = parseHTML(`<!doctype html><html><body>${out.join('')}</body></html>`);
  const [first, second] = [...document.querySelectorAll('svg')];
  expect(first!.querySelectorAll('defs #m-360-shared-1 .sea').length).toBe(1);
  for (const s of [first!, second!]) {
    expect(s.querySelector('use')!.getAttribute('href')).toBe('#m-360-shared-1');
    expect(s.querySelectorAll(':scope > g.basemap').length).toBe(0);
  }
  // What differs between states stays in each state.
  expect(first!.querySelector('path.a')).not.toBeNull();
  expect(second!.querySelector('path.b')).not.toBeNull();
});

test('layers that differ, or carry ids, are left in place', () => {
  const states = [
    svg('<g class="x" id="s1"><rect></rect></g><g class="y"><circle r="1"></circle></g>'),
    svg('<g class="x" id="s1"><rect></rect></g><g class="y"><circle r="2"></circle></g>'),
  ];
  expect(shareLayers(states, 'm')).toEqual(
    states.map(
      (s) => parseHTML(`<!doctype html><html><body>${s}</body></html>`).document.querySelector('svg')!.outerHTML,
    ),
  );
});

test('one state alone is returned unchanged', () => {
  expect(shareLayers([svg(base)], 'm')).toEqual([svg(base)]);
});

test('mark styles use single-class selectors, which also match inside <use> (no ".chart .x")', () => {
  const css = readFileSync('src/styles/marks.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
  expect(selectors.filter((s) => /^\.chart(--[\w-]+)?\s/.test(s))).toEqual([]);
});
