/** data/geo is what `npm run geo` makes from the Natural Earth extracts: regenerating changes nothing. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runGeo } from '../../src/cli/geo.ts';

const SOURCE = '../shared/geodata';

test.skipIf(!existsSync(SOURCE))('npm run geo reproduces the committed TopoJSON byte for byte', () => {
  const out = mkdtempSync(join(tmpdir(), 'frontier-geo-'));
  try {
    const files = runGeo(SOURCE, out);
    expect(files.map((f) => f.file.slice(out.length + 1)).sort()).toEqual(
      readdirSync('data/geo')
        .filter((name) => name.endsWith('.topojson'))
        .sort(),
    );
    for (const { file } of files) {
      const name = file.slice(out.length + 1);
      expect(
        readFileSync(file, 'utf8') === readFileSync(join('data/geo', name), 'utf8'),
        `data/geo/${name} is stale: run npm run geo`,
      ).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
