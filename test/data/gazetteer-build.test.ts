/**
 * data/geo/gazetteer.json is what `npm run gazetteer` makes from the pinned GeoNames package:
 * regenerating changes nothing, so no town was typed in by hand.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildGazetteer, gazetteerText } from '../../src/cli/gazetteer.ts';
import { lookupTown, nameKey } from '../../src/data/gazetteer.ts';
import { GazetteerFile } from '../../src/data/schema/gazetteer.ts';

const committed = readFileSync('data/geo/gazetteer.json', 'utf8');

test('npm run gazetteer reproduces the committed extract byte for byte', () => {
  expect(gazetteerText(buildGazetteer()) === committed, 'data/geo/gazetteer.json is stale: run npm run gazetteer').toBe(
    true,
  );
});

test('the extract credits GeoNames with its licence and holds the border towns the data name', () => {
  const file = GazetteerFile.parse(JSON.parse(committed));
  expect(file.source).toMatchObject({ name: 'GeoNames', licence: 'CC BY 4.0' });
  expect(file.source.package).toMatch(/^cities\.json@\d+\.\d+\.\d+$/);
  const found = lookupTown(file, 'Al Yarubiyah', ['SY']);
  expect(found.ok && found.place.lonLat).toEqual([42.06206, 36.81138]);
});

test('names compare without case, marks, apostrophes or hyphens', () => {
  expect(nameKey('Al Ḩasakah')).toBe('al hasakah');
  expect(nameKey('al-Hasakah')).toBe('al hasakah');
  expect(nameKey('Al Ya‘rubīyah')).toBe(nameKey("al-Ya'rubiyah"));
});
