/**
 * border-length: one mark per published figure at its km, the measured length only in its step,
 * and artboards that read cleanly: on a phone, short row labels, each figure beside its mark.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import chart from '../../src/charts/border-length/index.ts';
import type { BorderLengthInput } from '../../src/charts/border-length/prepare.ts';
import { shortClaimant } from '../../src/charts/border-length/prepare.ts';
import { loadSiteData } from '../../src/data/load.ts';
import { clashes, markBoxes, offArtboard } from '../helpers/svg-boxes.ts';
import { textBoxes } from '../helpers/text-boxes.ts';

const data = loadSiteData();
const input = chart.prepare(data) as BorderLengthInput;
const draw = (step?: string, width = 720) =>
  parseHTML(
    `<!doctype html><html><body>${chart.render(input, { width, step, idPrefix: 't' })}</body></html>`,
  ).document.querySelector('svg')!;
const phone = Math.min(...chart.widths);

test('every published figure is one mark; the measured length is drawn only in its step', () => {
  for (const width of chart.widths) {
    expect(draw('claims', width).querySelectorAll('.claim circle')).toHaveLength(input.claims.length);
    expect(draw('claims', width).querySelector('.measured-rule')).toBeNull();
    expect(draw('measured', width).querySelector('.measured-rule')).not.toBeNull();
  }
});

test('a phone names who gave a figure without the name or country after it', () => {
  expect(shortClaimant("Iraq's interior minister, Abdul Amir al-Shammari")).toBe("Iraq's interior minister");
  expect(shortClaimant('Security Media Cell (Iraq)')).toBe('Security Media Cell');
  const labels = [...draw('measured', phone).querySelectorAll('.row-label text')].map((t) => t.textContent);
  expect(labels.join(' ')).not.toContain('al-Shammari');
  expect([...draw('measured', 720).querySelectorAll('.row-label text')].map((t) => t.textContent).join(' ')).toContain(
    'al-Shammari',
  );
});

describe('every artboard reads cleanly', () => {
  const states = [undefined, ...chart.steps.map((s) => s.id)];
  test.each(chart.widths.flatMap((width) => states.map((step) => [step ?? 'complete', width] as const)))(
    '%s at %i: no text covers another or a mark, or runs off the artboard',
    (step, width) => {
      const svg = draw(step === 'complete' ? undefined : step, width);
      const boxes = textBoxes(svg);
      expect(clashes(boxes)).toEqual([]);
      expect(offArtboard(boxes, svg)).toEqual([]);
      // The figures and the row labels keep clear of every dot and ring.
      expect(clashes(boxes, markBoxes(svg, 'circle'), 0)).toEqual([]);
    },
  );

  test('each phone step is short enough to sit beside its text', () => {
    for (const step of chart.steps.map((s) => s.id))
      expect(Number(draw(step, phone).getAttribute('height'))).toBeLessThanOrEqual(400);
  });
});
