/**
 * The JSON Schema files editors see in their editor: current, referenced by every data file, and in agreement with the
 * data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { generateJsonSchemas, schemaFileFor, schemaRefFor } from '../../src/data/json-schema.ts';
import { EDITED_JSON_FILES } from '../../src/data/validate.ts';

const JSON_FILES = EDITED_JSON_FILES;
const read = (path: string) => JSON.parse(readFileSync(join('data', path), 'utf8'));

test('the committed schema files are what the Zod schemas generate (else: npm run schemas)', () => {
  const generated = generateJsonSchemas();
  expect(generated.map((g) => g.file)).toEqual([...new Set(JSON_FILES.map(schemaFileFor))].sort());
  for (const { file, text } of generated)
    expect(readFileSync(join('data', file), 'utf8'), `data/${file} is stale: run npm run schemas`).toBe(text);
});

describe.each(JSON_FILES)('data/%s', (path) => {
  test('names its schema in "$schema", and validates against it', () => {
    const data = read(path);
    expect(data.$schema).toBe(schemaRefFor(path));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(read(schemaFileFor(path)));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

test(
  'a schema describes the fields, and rejects what check-data rejects for its type: a ' +
    'misspelt key, a string for a number',
  () => {
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
  },
);

/** The parts of a generated JSON Schema node this test reads. */
interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode | SchemaNode[];
  anyOf?: SchemaNode[];
}

test('every field of every data file has a description for the editor', () => {
  const missing: string[] = [];
  let fields = 0;
  const walk = (node: SchemaNode | undefined, path: string, file: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      fields++;
      if (!(value.description ?? value.anyOf?.find((x) => x.description))) missing.push(`${file} › ${path}${key}`);
      walk(value, `${path}${key}.`, file);
    }
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${path}*.`, file);
    if (node.items) walk(Array.isArray(node.items) ? node.items[0] : node.items, `${path}[].`, file);
    for (const option of node.anyOf ?? []) walk(option, path, file);
  };
  for (const { file, text } of generateJsonSchemas()) walk(JSON.parse(text), '', file);
  expect(fields).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});
