/** The embed's pure parts: its data version, the messages it sends, its query options, the host snippet and its size estimate. */
import { describe, expect, test } from 'vitest';
import { chartById } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { dataVersion, stableJson } from '../../src/lib/embed/version.ts';
import { embedSnippet } from '../../src/lib/embed/snippet.ts';
import { heightMessages } from '../../src/scripts/embed-resize.ts';
import { chosenStep, forwardTarget } from '../../src/scripts/embed-options.ts';
import { estimateHeight, type EmbedLayoutInput } from '../../src/embed/size.ts';
import { copyData } from '../helpers/data-copy.ts';

const factsOf = (dir?: string) => {
  const chart = renderChart(chartById('transfers-2026'), loadSiteData(dir));
  return { table: chart.table, description: chart.description, asOf: chart.asOf };
};

describe('the data version', () => {
  test('is the same for the same data, whatever the key order', () => {
    expect(dataVersion(factsOf())).toBe(dataVersion(factsOf()));
    expect(stableJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(stableJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
  });

  test('changes when a published figure changes', () => {
    const copy = copyData();
    try {
      copy.edit('series/transfers-2026.json', (j) => (j.observations.at(-1).value += 1));
      expect(dataVersion(factsOf(copy.dir))).not.toBe(dataVersion(factsOf()));
    } finally {
      copy.remove();
    }
  });
});

test('the height goes out in our shape and in those of Datawrapper, Flourish, AMP and pym.js', () => {
  const [ours, datawrapper, flourish, amp, pym] = heightMessages('border-map', 812, 'pym-box');
  expect(ours).toEqual({ type: 'frontier:height', id: 'border-map', height: 812 });
  expect(datawrapper).toEqual({ 'datawrapper-height': { 'border-map': 812 } });
  expect(JSON.parse(flourish as string)).toEqual({
    sender: 'Flourish',
    context: 'iframe.resize',
    method: 'resize',
    height: 812,
  });
  expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
  expect(pym).toBe('pymxPYMxpym-boxxPYMxheightxPYMx812');
  expect(heightMessages('border-map', 812, null)).toHaveLength(4);
});

test('?step=<n> picks a state by its 1-based number; anything else picks none', () => {
  expect(chosenStep('2', 5)).toBe(2);
  for (const bad of [null, '0', '6', '-1', '2.5', 'two', '']) expect(chosenStep(bad, 5)).toBeNull();
});

describe('the complete chart\u2019s page forwards', () => {
  const go = (search: string, hash = '') => forwardTarget(search, hash, 'border-map', 5);

  test('?step=<n> to that state\u2019s page and ?steps=all to the sequence, keeping the other options and the hash', () => {
    expect(go('?step=2')).toBe('/embed/border-map/step/2/');
    expect(go('?theme=dark&step=5&plain', '#top')).toBe('/embed/border-map/step/5/?theme=dark&plain#top');
    expect(go('?steps=all&plain')).toBe('/embed/border-map/steps/?plain');
    // pym.js names the child frame in its URL: the page it lands on must still answer to it.
    expect(go('?initialWidth=600&childId=pym-1&step=3')).toBe(
      '/embed/border-map/step/3/?initialWidth=600&childId=pym-1',
    );
    expect(go('?%E0=1&step=2')).toBe('/embed/border-map/step/2/?%E0=1');
  });

  test('nowhere for no option, a step it does not have, or another value of steps', () => {
    for (const search of ['', '?theme=dark', '?step=0', '?step=6', '?step=x', '?steps=1', '?steps', '?%E0=1'])
      expect(go(search), search).toBeNull();
  });
});

describe('the size estimate', () => {
  const svg = (w: number, h: number) => `<svg viewBox="0 0 ${w} ${h}"></svg>`;
  const input: EmbedLayoutInput = {
    title: 'A title',
    artboards: [
      { width: 320, svg: svg(320, 400) },
      { width: 720, svg: svg(720, 360) },
    ],
    caption: null,
    credit: 'Chart: method. Facts as of 1 January 2026.',
    sources: 'Sources: AFP and Reuters',
    data: 'Data: A title',
    footer: ['Back', 'Updated 1 January 2026'],
    notices: 0,
  };

  test('scales the artboard that shows at that width to the column', () => {
    // 600 px: the wide artboard (1:2) across 576 px; 400 px: the narrow one (5:4) across 376 px.
    expect(
      estimateHeight(input, 600) -
        estimateHeight({ ...input, artboards: [input.artboards[0]!, { width: 720, svg: svg(720, 720) }] }, 600),
    ).toBe(-288);
    expect(
      estimateHeight(input, 400) -
        estimateHeight({ ...input, artboards: [{ width: 320, svg: svg(320, 800) }, input.artboards[1]!] }, 400),
    ).toBe(-470);
  });

  test('grows with a shown caption, by the lines it wraps to, and with a footer too long for one row', () => {
    const plain = estimateHeight(input, 600);
    const short = estimateHeight({ ...input, caption: 'A short caption.' }, 600);
    const long = estimateHeight({ ...input, caption: 'A much longer caption that goes on. '.repeat(12) }, 600);
    expect(short).toBeGreaterThan(plain);
    expect(long - plain).toBeGreaterThan((short - plain) * 4);
    expect(estimateHeight({ ...input, footer: ['Back to the story', 'x'.repeat(120)] }, 600)).toBeGreaterThan(plain);
  });
});

test('the snippet escapes what it quotes', () => {
  const code = embedSnippet({
    src: 'https://x.test/embed/a/?q="1"&r',
    title: 'Iraq "and" <Syria>',
    width: 600,
    height: 400,
  });
  expect(code).toContain('title="Iraq &quot;and&quot; &lt;Syria>"');
  expect(code).toContain('src="https://x.test/embed/a/?q=&quot;1&quot;&amp;r"');
});
