/** The embed's pure parts: its data version, the messages it sends, its query options and the host snippet. */
import { describe, expect, test } from 'vitest';
import { chartById } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { dataVersion, stableJson } from '../../src/lib/embed/version.ts';
import { embedSnippet } from '../../src/lib/embed/snippet.ts';
import { heightMessages } from '../../src/scripts/embed-resize.ts';
import { chosenStep } from '../../src/scripts/embed-options.ts';
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

test('?step=<n> picks a state by its 1-based number; anything else shows them all', () => {
  expect(chosenStep('2', 5)).toBe(2);
  for (const bad of [null, '0', '6', '-1', '2.5', 'two', '']) expect(chosenStep(bad, 5)).toBeNull();
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
