/**
 * npm run schemas — writes data/schema/*.schema.json from the Zod schemas and points each data
 * file's "$schema" at its schema. Run it after changing a schema; a test fails while they differ.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateJsonSchemas, schemaRefFor } from '../data/json-schema.ts';
import { EDITED_JSON_FILES, dataDir } from '../data/validate.ts';

export function writeSchemas(dir: string = dataDir()): string[] {
  const written: string[] = [];
  for (const { file, text } of generateJsonSchemas()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    written.push(file);
  }
  for (const path of EDITED_JSON_FILES) {
    const file = join(dir, path);
    const text = readFileSync(file, 'utf8');
    const ref = schemaRefFor(path);
    const json = JSON.parse(text) as Record<string, unknown>;
    if (json.$schema === ref) continue;
    // Change only the "$schema" line, keeping the editor's formatting of everything else.
    const next =
      '$schema' in json
        ? text.replace(/"\$schema"\s*:\s*"[^"]*"/, `"$schema": ${JSON.stringify(ref)}`)
        : /^\{\r?\n/.test(text)
          ? text.replace(/^\{\r?\n/, `{\n  "$schema": ${JSON.stringify(ref)},\n`)
          : `${JSON.stringify({ $schema: ref, ...json }, null, 2)}\n`;
    writeFileSync(file, next);
    written.push(path);
  }
  return written;
}

if (import.meta.main) {
  const written = writeSchemas();
  console.log(written.length ? `Wrote ${written.join(', ')}` : 'Schemas are up to date.');
}
