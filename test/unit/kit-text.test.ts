/**
 * The chart text measurer (src/charts/kit/text.ts) by its behaviour: what wraps where, what
 * letter-spacing and weight add, that Arabic is shaped, and that nothing crashes it. Whether
 * Chromium draws these widths is test/browser/font.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { characterCount, linesWidth, textBlock, textMetrics, textWidth, wrap } from '../../src/charts/kit/text.ts';
import { drawnWeight, faceFor, scriptOf } from '../../src/charts/kit/font.ts';

const SENTENCE =
  'Kilometres along the border as drawn, from the Iraq–Syria–Turkey tripoint (0) to the Iraq–Syria–Jordan tripoint';

describe('textWidth', () => {
  test('is zero for nothing, positive and proportional to the size otherwise', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('Mosul', 12)).toBeGreaterThan(0);
    expect(textWidth('Mosul', 24)).toBeCloseTo(2 * textWidth('Mosul', 12), 9);
  });

  test('is a real typeface, not a count of characters: "iiii" is narrower than "WWWW"', () => {
    expect(textWidth('iiii', 12)).toBeLessThan(textWidth('WWWW', 12) / 2);
  });

  test('kerns: "AV" is narrower than "A" and "V" set apart', () => {
    expect(textWidth('AV', 16)).toBeLessThan(textWidth('A', 16) + textWidth('V', 16));
  });

  test.each(['IRAQ', 'SYRIA', 'SAUDI ARABIA', 'Al-Qaim – Albu Kamal'])(
    'letter-spacing adds n × spacing × size to %j',
    (text) => {
      const n = [...text].length;
      expect(characterCount(text)).toBe(n);
      for (const size of [11, 14])
        expect(textWidth(text, size, { letterSpacing: 0.12 }) - textWidth(text, size)).toBeCloseTo(n * 0.12 * size, 6);
    },
  );

  test('semibold is wider than regular; 700 is drawn as 600, 500 as 400', () => {
    expect(textWidth('Al-Hol camp', 12, { weight: 600 })).toBeGreaterThan(textWidth('Al-Hol camp', 12));
    expect(textWidth('Al-Hol camp', 12, { weight: 700 })).toBe(textWidth('Al-Hol camp', 12, { weight: 600 }));
    expect(textWidth('Al-Hol camp', 12, { weight: 500 })).toBe(textWidth('Al-Hol camp', 12, { weight: 400 }));
    expect([300, 400, 500, 600, 700, 900].map((w) => drawnWeight(w))).toEqual([400, 400, 400, 600, 600, 600]);
  });

  test('shapes Arabic in the Arabic face: joined letters are narrower than their isolated forms side by side', () => {
    const word = 'الحسكة'; // al-Hasakah
    expect(faceFor(scriptOf(word.codePointAt(0)!)).family).toBe('IBM Plex Sans Arabic');
    const isolated = [...word].reduce((sum, ch) => sum + textWidth(ch, 16), 0);
    expect(textWidth(word, 16)).toBeGreaterThan(0);
    expect(textWidth(word, 16)).toBeLessThan(isolated);
  });

  test('mixed scripts are measured run by run', () => {
    const mixed = 'Rabia ربيعة';
    expect(textWidth(mixed, 14)).toBeCloseTo(textWidth('Rabia ', 14) + textWidth('ربيعة', 14), 6);
  });

  test('characters the font lacks do not crash it, and still take room', () => {
    for (const text of ['\u{1F600}', '\uFFFF', '\u0000', 'a\u0301', '漢字', '\uD800']) {
      const w = textWidth(text, 12);
      expect(Number.isFinite(w)).toBe(true);
      expect(w).toBeGreaterThanOrEqual(0);
    }
    expect(textWidth('漢字', 12)).toBeGreaterThan(0);
  });

  test('a combining accent is one character for letter-spacing', () => {
    expect(characterCount('e\u0301')).toBe(1);
  });
});

describe('wrap', () => {
  test.each([60, 100, 150, 240, 400])('never exceeds %d px unless a single word is longer than that', (maxWidth) => {
    for (const size of [10, 12, 16]) {
      const lines = wrap(SENTENCE, size, maxWidth);
      expect(lines.join(' ')).toBe(SENTENCE);
      for (const line of lines) if (line.includes(' ')) expect(textWidth(line, size)).toBeLessThanOrEqual(maxWidth);
      // Greedy: the next line's first word would not have fitted on this one.
      for (const [i, line] of lines.slice(1).entries())
        expect(textWidth(`${lines[i]} ${line.split(' ')[0]}`, size)).toBeGreaterThan(maxWidth);
    }
  });

  test('a word longer than the line stands alone', () => {
    expect(wrap('at Al-Yarubiyah-Rabia today', 12, 20)).toEqual(['at', 'Al-Yarubiyah-Rabia', 'today']);
  });

  test('respects the style: wide letter-spacing wraps sooner', () => {
    const plain = wrap('SAUDI ARABIA JORDAN SYRIA', 12, 120);
    const spaced = wrap('SAUDI ARABIA JORDAN SYRIA', 12, 120, { letterSpacing: 0.12, weight: 600 });
    expect(spaced.length).toBeGreaterThanOrEqual(plain.length);
    for (const line of spaced)
      if (line.includes(' '))
        expect(textWidth(line, 12, { letterSpacing: 0.12, weight: 600 })).toBeLessThanOrEqual(120);
  });

  test('keeps words joined by a no-break space together', () => {
    expect(wrap('on 21\u00a0Jan\u00a02026 the first', 12, 1)).toEqual(['on', '21\u00a0Jan\u00a02026', 'the', 'first']);
  });
});

describe('linesWidth and textBlock', () => {
  test('the widest line, and lines × line height', () => {
    const lines = ['Al-Hol', 'camp, 2019–2026'];
    expect(linesWidth(lines, 12)).toBe(textWidth('camp, 2019–2026', 12));
    expect(linesWidth([], 12)).toBe(0);
    expect(textBlock(lines, 12, 15)).toEqual({ width: textWidth('camp, 2019–2026', 12), height: 30 });
    expect(textBlock(lines, 12, 15, { weight: 600 }).width).toBeGreaterThan(textBlock(lines, 12, 15).width);
  });

  test('metrics: caps and x-height sit between the baseline and the ascent', () => {
    const m = textMetrics(20);
    expect(m.xHeight).toBeGreaterThan(0);
    expect(m.capHeight).toBeGreaterThan(m.xHeight);
    expect(m.ascent).toBeGreaterThan(m.capHeight);
    expect(m.descent).toBeGreaterThan(0);
  });
});
