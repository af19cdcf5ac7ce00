/**
 * Data files must be UTF-8, the encoding JSON requires (RFC 8259 §8.1). Reading them with
 * readFileSync(path, 'utf8') would turn every byte that is not UTF-8 into U+FFFD "�" and publish
 * it; a byte-order mark would make JSON.parse fail with a baffling "unexpected token". Both are
 * what an editor set to Windows-1252 / Latin-1 or "UTF-8 with BOM" produces, so each gets a
 * message that says so, at the line and column of the first bad byte.
 */
import { firstInvalidUtf8 } from '../lib/text/utf8.ts';
import type { Problem } from './problems.ts';

const EXPECTED = 'text encoded as UTF-8';
const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeDataFile(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  // Checked before decoding: TextDecoder would silently drop the mark, but freshness and the
  // JSON Schema tool read these files with JSON.parse, which fails on it.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      problem: {
        file,
        path: [],
        expected: `${EXPECTED} without a byte-order mark`,
        got: 'a byte-order mark (the bytes EF BB BF) at line 1, column 1',
        hint: 'the editor saved it as "UTF-8 with BOM": save it again as plain UTF-8',
        line: 1,
        column: 1,
      },
    };
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { problem: invalidByteProblem(bytes, file) };
  }
}

function invalidByteProblem(bytes: Uint8Array, file: string): Problem {
  const at = firstInvalidUtf8(bytes);
  // Everything before the bad byte is good UTF-8, so it decodes, and columns count characters
  // as the JSON syntax messages do.
  const before = strict.decode(bytes.subarray(0, Math.max(at, 0)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const byte = bytes[at] ?? 0;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // What the byte means in the encoding it was most likely written in, when that is a character.
  const meant = new TextDecoder('windows-1252').decode(Uint8Array.of(byte));
  const reading = /^\P{Cc}$/u.test(meant) ? ` ("${meant}" in Windows-1252)` : '';
  return {
    file,
    path: [],
    expected: EXPECTED,
    got: `the byte ${hex}${reading} at line ${line}, column ${column}`,
    hint: 'was it saved as Windows-1252 or Latin-1? Re-save it as UTF-8 and check the character there',
    line,
    column,
  };
}
