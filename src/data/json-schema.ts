/**
 * JSON Schema files for editors, generated from the Zod schemas (the one source of truth): each
 * data file names its schema in "$schema", so VS Code and other editors show every field's type,
 * allowed values and description while typing. Checks that need the other files (source ids,
 * dates in order, coordinates on the map) stay in `npm run check-data`; the schema is the hint.
 */
import { z } from 'zod';
import { jsonFileSchemas } from './validate.ts';

export const SCHEMA_DIR = 'schema';

/** Where a data file's schema lives, relative to data/: one per file, series/ sharing one. */
export function schemaFileFor(dataPath: string): string {
  const name = dataPath.startsWith('series/') ? 'series' : dataPath.replace(/\.json$/, '');
  return `${SCHEMA_DIR}/${name}.schema.json`;
}

/** What a data file's "$schema" should say: the schema's path relative to that file. */
export function schemaRefFor(dataPath: string): string {
  const depth = dataPath.split('/').length - 1;
  return `${depth ? '../'.repeat(depth) : './'}${schemaFileFor(dataPath)}`;
}

/** Every schema file's path (under data/) and text, sorted; the same bytes on every run. */
export function generateJsonSchemas(): { file: string; text: string }[] {
  const byFile = new Map<string, string>();
  for (const { path, schema } of jsonFileSchemas({ sourceIds: null, publisherIds: null, chartIds: new Set() })) {
    const options = { target: 'draft-7', io: 'input', unrepresentable: 'any' } as const;
    const json = z.toJSONSchema(schema, options) as Record<string, unknown>;
    const title = `data/${path.startsWith('series/') ? 'series/*.json' : path}`;
    const text = `${JSON.stringify({ ...json, title, description: describe(schema) }, null, 2)}\n`;
    byFile.set(schemaFileFor(path), text);
  }
  return [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, text]) => ({ file, text }));
}

function describe(schema: z.ZodType): string {
  return (
    schema.description ??
    'Generated from the Zod schemas in src/data/schema/: run `npm run schemas` after changing them.'
  );
}
