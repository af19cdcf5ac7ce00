/** The JSON Schema files editors see in their editor: current, referenced by every data file, and in agreement with the data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { generateJsonSchemas, schemaFileFor, schemaRefFor } from '../../src/data/json-schema.ts';
import { DATA_FILES } from '../../src/data/validate.ts';

const JSON_FILES = DATA_FILES.filter((p) => p.endsWith('.json'));
const read = (path: string) => JSON.parse(readFileSync(join('data', path), 'utf8'));

test('the committed schema files are what the Zod schemas generate (else: npm run schemas)', () => {
  for (const { file, text } of generateJsonSchemas()) expect(readFileSync(join('data', file), 'utf8'), `data/${file} is stale: run npm run schemas`).toBe(text);
});

describe.each(JSON_FILES)('data/%s', (path) => {
  test('names its schema in "$schema", and validates against it', () => {
    const data = read(path);
    expect(data.$schema).toBe(schemaRefFor(path));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(read(schemaFileFor(path)));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

test('a schema describes the fields, and rejects what check-data rejects for its type: a misspelt key, a string for a number', () => {
  const schema = read(schemaFileFor('border.json'));
  expect(JSON.stringify(schema)).toContain('"description"');
  const validate = new Ajv({ strict: false }).compile(schema);
  const border = read('border.json');
  const typo = structuredClone(border);
  typo.tripoints.turkey.coordinate = typo.tripoints.turkey.coordinates;
  expect(validate(typo)).toBe(false);
  const wrongType = structuredClone(border);
  Object.values(wrongType.lengths as Record<string, { km: unknown }>)[0]!.km = 'about 599';
  expect(validate(wrongType)).toBe(false);
});
