/**
 * Where an editor is sent: the line and column of the value a problem is about, and every key
 * written twice (JSON.parse would keep the last one silently).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatProblemAt } from '../../src/data/problems.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { duplicateKeys, locate } from '../../src/lib/text/json-locate.ts';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';

const TEXT = `{
  "lengths": {
    "afp": { "km": 600, "asOf": "2022" },
    "cia factbook": { "km": 605 }
  },
  "list": [1, { "a": [10, 20] }],
  "afp": 1,
  "afp": 2
}`;

test('a value is placed at its line and column, down objects and arrays', () => {
  expect(locate(TEXT, ['lengths', 'afp', 'km'])).toEqual({ line: 3, column: 20 });
  expect(locate(TEXT, ['lengths', 'cia factbook'])).toEqual({ line: 4, column: 21 });
  expect(locate(TEXT, ['list', 1, 'a', 1])).toEqual({ line: 6, column: 27 });
  expect(locate(TEXT, [])).toEqual({ line: 1, column: 1 });
});

test('a missing field is placed at the object that lacks it; a key written twice at its first', () => {
  expect(locate(TEXT, ['lengths', 'afp', 'claimant'])).toEqual({ line: 3, column: 12 });
  expect(locate(TEXT, ['list', 5])).toEqual({ line: 6, column: 11 });
  expect(locate(TEXT, ['afp'])).toEqual({ line: 7, column: 10 });
  expect(locate('', ['afp'])).toBeUndefined();
});

test('every key written twice is found, nested or not, with its path and the place of the second', () => {
  const text = '{ "a": { "x": 1, "y": 2, "x": 3 },\n  "b": [{ "id": 1, "id": 2 }],\n  "a": {} }';
  expect(duplicateKeys(text)).toEqual([
    { path: ['a', 'x'], at: { line: 1, column: 26 } },
    { path: ['b', 0, 'id'], at: { line: 2, column: 20 } },
    { path: ['a'], at: { line: 3, column: 3 } },
  ]);
  expect(duplicateKeys(TEXT)).toEqual([{ path: ['afp'], at: { line: 8, column: 3 } }]);
  expect(duplicateKeys('{ "a": 1, "b": { "a": 2 } }')).toEqual([]);
});

let copy: DataCopy | undefined;
afterEach(() => copy?.remove());

test('a field written twice in a data file is an error naming the file, the line and the key', () => {
  copy = copyData();
  const file = join(copy.dir, 'border.json');
  const text = readFileSync(file, 'utf8');
  const entry = '"afp-2022": { "km": 600,';
  expect(text).toContain(entry);
  copy.writeText('border.json', text.replace(entry, `${entry} "km": 599,`));
  const line = text.slice(0, text.indexOf(entry)).split('\n').length;
  const result = validateDataDir(copy.dir);
  expect(result.ok).toBe(false);
  const problems = result.problems.filter((p) => p.path.join('.') === 'lengths.afp-2022.km');
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file, line, got: '"km" a second time' });
  expect(formatProblemAt({ ...problems[0]!, file: 'data/border.json' })).toMatch(
    new RegExp(
      `^data/border\\.json › lengths\\.afp-2022\\.km: .*"km" a second time — .*\\(line ${line}, column \\d+\\)$`,
    ),
  );
});
