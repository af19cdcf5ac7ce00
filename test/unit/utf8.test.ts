/** The UTF-8 scanner that places a bad byte agrees with the decoder that refuses it. */
import { expect, test } from 'vitest';
import { firstInvalidUtf8 } from '../../src/lib/text/utf8.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

test.each([
  ['ASCII', [0x7b, 0x7d], -1],
  ['é, –, 😀 (two, three and four bytes)', [0xc3, 0xa9, 0xe2, 0x80, 0x93, 0xf0, 0x9f, 0x98, 0x80], -1],
  ['a Latin-1 é', [0x43, 0x61, 0x66, 0xe9, 0x22], 3],
  ['a lone continuation byte', [0x41, 0x80], 1],
  ['an overlong "/" (C0 AF)', [0xc0, 0xaf], 0],
  ['an overlong three-byte form (E0 80 AF)', [0xe0, 0x80, 0xaf], 0],
  ['a surrogate (ED A0 80)', [0x41, 0xed, 0xa0, 0x80], 1],
  ['beyond U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], 0],
  ['a sequence cut short at the end', [0x41, 0xe2, 0x80], 1],
  ['F5 and above', [0xf5, 0x80, 0x80, 0x80], 0],
])('%s', (_, bytes, at) => {
  const input = Uint8Array.from(bytes);
  expect(firstInvalidUtf8(input)).toBe(at);
  expect(decodes(input)).toBe(at === -1);
});

test('on 20,000 runs of pseudo-random bytes it fails exactly where TextDecoder does', () => {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % 256;
  };
  for (let run = 0; run < 20_000; run++) {
    // Mostly valid lead and continuation bytes, so that the runs reach the interesting ranges.
    const bytes = Uint8Array.from({ length: 1 + (run % 8) }, (_, i) => (i % 2 ? 0x80 | (next() & 0x3f) : next()));
    const at = firstInvalidUtf8(bytes);
    expect(at === -1, `${[...bytes]}`).toBe(decodes(bytes));
    if (at >= 0) {
      expect(decodes(bytes.subarray(0, at))).toBe(true);
    }
  }
});
