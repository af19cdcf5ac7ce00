/**
 * The chart-font pipeline's pieces (src/lib/font/subset.ts): what counts as drawn text, which
 * faces ship for which characters, the @font-face rules, and subsets that shape as the full
 * font does, Arabic included, so kit/text.ts widths hold for what browsers get.
 */
import * as fontkit from 'fontkit';
import { describe, expect, test } from 'vitest';
import { faceFor, FACES } from '../../src/charts/kit/font.ts';
import {
  charactersByScript,
  drawnCharacters,
  facesToShip,
  fileStem,
  fontFaceCss,
  missingCharacters,
  PRINTABLE_ASCII,
  subsetFace,
  svgTexts,
} from '../../src/lib/font/subset.ts';

const open = (bytes: Buffer) => fontkit.create(bytes) as fontkit.Font;

describe('the text a chart draws', () => {
  test('is the content of <text>, tspans included, entities decoded; titles and attributes are not drawn', () => {
    const svg =
      '<svg><title>Ignored ☃</title><text x="1" data-x="ø">Al-Qaim &amp; <tspan dy="1">Albu&#160;Kamal</tspan></text>' +
      '<text>21&#x2009;Jan &lt;3</text></svg>';
    expect(svgTexts(svg)).toEqual(['Al-Qaim & Albu\u00a0Kamal', '21\u2009Jan <3']);
  });

  test('characters: unique, sorted, without controls or invisible format characters', () => {
    expect(drawnCharacters(['ba\u200bc\n', 'ab\u00a0'])).toEqual(['a', 'b', 'c', '\u00a0']);
  });

  test('the Latin subset always holds printable ASCII; Arabic goes to its own face', () => {
    const byScript = charactersByScript(['é', '–', 'ب', 'ا']);
    expect(PRINTABLE_ASCII).toHaveLength(95);
    for (const ch of `${PRINTABLE_ASCII}é–`) expect(byScript.latin).toContain(ch);
    expect(byScript.arabic).toBe('اب');
  });
});

describe('the faces shipped', () => {
  test('Latin regular and semibold only, until Arabic is drawn', () => {
    expect(facesToShip(charactersByScript(['a'])).map(fileStem)).toEqual(['frontier-sans-400', 'frontier-sans-600']);
    expect(facesToShip(charactersByScript(['ع'])).map(fileStem)).toEqual([
      'frontier-sans-400',
      'frontier-sans-600',
      'frontier-sans-arabic-400',
      'frontier-sans-arabic-600',
    ]);
  });

  test('@font-face rules: one family, labels waiting for it (block), the licence kept; the Arabic face limited to Arabic', () => {
    const css = fontFaceCss(
      FACES.map((face) => ({ face, woff2: `${fileStem(face)}.woff2`, ttf: `${fileStem(face)}.ttf` })),
    );
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css.match(/font-family: 'Frontier Sans';/g)).toHaveLength(4);
    expect(css.match(/font-display: block;/g)).toHaveLength(4);
    expect(css).toMatch(
      /^\/\* IBM Plex Sans, IBM Plex Sans Arabic: .*SIL Open Font License 1\.1 \(\/fonts\/OFL\.txt\)/,
    );
    expect(css).toContain("src: url('./frontier-sans-600.woff2') format('woff2');");
    expect(css.match(/unicode-range: U\+0600-06FF/g)).toHaveLength(2);
  });

  test('the typeface has what the charts draw today, and says what it lacks', () => {
    expect(missingCharacters(faceFor('latin', 400), 'Al‑Hol – 21\u00a0Jan · “about” → 5,046')).toEqual([]);
    expect(missingCharacters(faceFor('latin', 600), 'a漢b')).toEqual(['漢']);
  });
});

describe('subsets', () => {
  test('shape as the full font does: kerning and advances kept, in woff2 and TrueType', async () => {
    const chars = `${PRINTABLE_ASCII}–·`;
    const face = faceFor('latin', 600);
    const { woff2, ttf } = await subsetFace(face, chars);
    expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    const full = open(
      await import('node:fs').then((fs) => fs.readFileSync(`node_modules/${face.package}/${face.file}`)),
    );
    for (const font of [open(woff2), open(ttf)]) {
      // The typographic family (name ID 16) is kept: resvg finds the semibold face under 'IBM Plex Sans'.
      expect(font.getName('preferredFamily', 'en')).toBe('IBM Plex Sans');
      // Each copy carries the copyright and the licence (OFL condition 2).
      expect(font.getName('copyright', 'en')).toMatch(/IBM Corp/);
      expect(font.getName('license', 'en')).toMatch(/SIL Open Font License, Version 1\.1/);
      for (const text of ['AVATAR WAVE', 'Al-Qaim – Albu Kamal', 'Type 73,041 · 1st'])
        expect(font.layout(text).advanceWidth, text).toBe(full.layout(text).advanceWidth);
      expect(font.hasGlyphForCodePoint('é'.codePointAt(0)!)).toBe(false);
    }
    // The same input, the same bytes: builds stay reproducible.
    expect((await subsetFace(face, chars)).woff2.equals(woff2)).toBe(true);
  });

  test('an Arabic subset keeps its joining forms', async () => {
    const word = 'الحسكة';
    const face = faceFor('arabic', 400);
    const { woff2 } = await subsetFace(face, word);
    const full = open(
      await import('node:fs').then((fs) => fs.readFileSync(`node_modules/${face.package}/${face.file}`)),
    );
    const subset = open(woff2);
    expect(subset.layout(word).advanceWidth).toBe(full.layout(word).advanceWidth);
    // Joined forms, not isolated ones: the same advances glyph by glyph, and narrower than the letters set apart.
    expect(subset.layout(word).positions.map((p) => p.xAdvance)).toEqual(
      full.layout(word).positions.map((p) => p.xAdvance),
    );
    expect(subset.layout(word).advanceWidth).toBeLessThan(
      [...word].reduce((n, ch) => n + full.layout(ch).advanceWidth, 0),
    );
  });
});
