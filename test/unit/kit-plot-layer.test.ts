/**
 * Kit parts drawn with d3 inside an Observable Plot chart (src/charts/kit/plot-layer.ts,
 * label-plot.ts): placed labels land in the SVG at the pixels the placer chose.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { pointBox } from '../../src/charts/kit/box.ts';
import { plotLabels } from '../../src/charts/kit/label-plot.ts';
import { placeGreedy } from '../../src/charts/kit/placer.ts';
import { plotLayer } from '../../src/charts/kit/plot-layer.ts';
import { Plot, plotSvg } from '../../src/charts/plot.ts';

const frame = { idPrefix: 't', title: 't', description: 'd', className: 'chart', fontSize: 12 };
const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

test('placed labels are drawn into a Plot chart at the placer’s pixels, leaders first', () => {
  const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
  const placed = placeGreedy(
    [pointBox([150, 100], 30)],
    [
      {
        anchor: pointBox([150, 100], 3),
        versions: [[{ text: 'set apart', size: 12 }]],
        bounds,
        sides: ['right'],
        gaps: [4, 40],
      },
    ],
  );
  expect(placed[0]!.leader).toBeDefined();
  const doc = parse(plotSvg({ width: 300, height: 200, marks: [Plot.dot([[150, 100]]), plotLabels(placed)] }, frame));
  const layer = doc.querySelector('g.labels')!;
  expect(layer.getAttribute('aria-hidden')).toBe('true');
  const texts = layer.querySelectorAll('text');
  expect(texts.length).toBe(1);
  expect(texts[0]!.textContent).toBe('set apart');
  expect(Number(texts[0]!.querySelector('tspan')!.getAttribute('x'))).toBeCloseTo(placed[0]!.box.x0, 0);
  expect(layer.firstElementChild!.tagName.toLowerCase()).toBe('line');
});

test('a labelled layer is exposed to assistive technology under its label', () => {
  const layer = plotLayer('legend', (g) => void g.append('text').text('key'), 'Legend');
  const doc = parse(plotSvg({ width: 100, height: 50, marks: [layer] }, frame));
  expect(doc.querySelector('g.legend')!.getAttribute('aria-label')).toBe('Legend');
  expect(doc.querySelector('g.legend text')!.textContent).toBe('key');
});
