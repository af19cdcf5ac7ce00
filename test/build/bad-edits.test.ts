/**
 * The corpus of editors' mistakes: each bad edit is applied alone to a copy of data/ and built.
 * Every one must be refused with a message naming the file and the place in it, and leave dist/
 * byte for byte as it was. One kind of mistake per entry.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyData, digestTree, latin1Edit, type DataCopy } from '../helpers/data-copy.ts';

type Edit = [kind: string, file: string, place: string, apply: (c: DataCopy) => void];

/** Edits text: the mistakes that happen before JSON is even JSON. */
const text = (file: string, change: (t: string) => string) => (c: DataCopy) =>
  c.writeText(file, change(readFileSync(join(c.dir, file), 'utf8')));
const obs = (j: { observations: Record<string, unknown>[] }, i: number) => j.observations[i]!;
/** Saves one character as a single Windows-1252 / Latin-1 byte: a paste in an editor set to the wrong encoding. */
const latin1 = (file: string, find: string, replace: string) => (c: DataCopy) => latin1Edit(c, file, find, replace);
/** A site-level location, as an editor would write one from a source: the edits below break its coordinates. */
const sitePoint = (coordinates: unknown) => ({
  precision: 'site',
  coordinates,
  sources: ['ap-2026-01-23-aqtan-prison'],
  asOf: '2026-01',
});

const BAD_EDITS: Edit[] = [
  // Syntax
  ['a trailing comma', 'border.json', '(whole file)', text('border.json', (t) => t.replace(/\}\s*$/, ',}'))],
  [
    'a missing comma between entries',
    'crossings.json',
    '(whole file)',
    text('crossings.json', (t) => t.replace(/\},\n(\s*)"rabia-al-yarubiyah"/, '}\n$1"rabia-al-yarubiyah"')),
  ],
  [
    'single quotes',
    'sources.json',
    '(whole file)',
    text('sources.json', (t) => t.replace('"publisher": "wikipedia"', "'publisher': 'wikipedia'")),
  ],
  ['a file cut short', 'sites.json', '(whole file)', text('sites.json', (t) => t.slice(0, Math.floor(t.length / 2)))],
  [
    'a comment',
    'fortifications.json',
    '(whole file)',
    text('fortifications.json', (t) => t.replace('{\n', '{\n  // checked with the ministry\n')),
  ],
  [
    'a byte-order mark from a Windows editor',
    'sectors.json',
    '(whole file)',
    text('sectors.json', (t) => `\uFEFF${t}`),
  ],
  ['an empty file', 'events.json', '(whole file)', (c) => c.writeText('events.json', '')],
  ['a file that is just null', 'sectors.json', '(whole file)', (c) => c.writeText('sectors.json', 'null')],
  ['a deleted file', 'crossings.json', '(whole file)', (c) => rmSync(join(c.dir, 'crossings.json'))],
  // Encoding
  [
    'a Latin-1 byte (saved as Windows-1252)',
    'sources.json',
    '(whole file)',
    latin1('sources.json', '"publisher": "wikipedia"', '"publisher": "wikipédia"'),
  ],
  [
    'a Latin-1 byte in the geometry',
    'geo/basemap.topojson',
    '(whole file)',
    latin1('geo/basemap.topojson', '"name_en":"Iraq"', '"name_en":"Irâq"'),
  ],
  [
    'a huge file (a dataset pasted in)',
    'sites.json',
    '(whole file)',
    text('sites.json', (t) => t.replace('"sites": {', `"padding": "${'x'.repeat(3_000_000)}", "sites": {`)),
  ],
  // Types
  [
    'a number in quotes',
    'border.json',
    'lengths.afp-2022.km',
    (c) => c.edit('border.json', (j) => (j.lengths['afp-2022'].km = '599')),
  ],
  [
    'a number where text belongs',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.name',
    (c) => c.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].name = 42)),
  ],
  [
    'a list where an object belongs',
    'crossings.json',
    'crossings.al-waleed-al-tanf.location',
    (c) => c.edit('crossings.json', (j) => (j.crossings['al-waleed-al-tanf'].location = [])),
  ],
  [
    '"true" in quotes',
    'series/al-hol-population.json',
    'observations[0].outlier',
    (c) => c.edit('series/al-hol-population.json', (j) => (obs(j, 0).outlier = 'true')),
  ],
  [
    'null for a required text',
    'sites.json',
    'sites.al-hol.name',
    (c) => c.edit('sites.json', (j) => (j.sites['al-hol'].name = null)),
  ],
  [
    'a negative count',
    'series/detainees-held.json',
    'observations[1].value',
    (c) => c.edit('series/detainees-held.json', (j) => (obs(j, 1).value = -10000)),
  ],
  [
    'a fractional count of people',
    'series/repatriations.json',
    'observations[0].value',
    (c) => c.edit('series/repatriations.json', (j) => (obs(j, 0).value = 10.5)),
  ],
  [
    'a percentage over 100',
    'fortifications.json',
    'wallClaims.armed-forces-2026-01-percent.percent',
    (c) => c.edit('fortifications.json', (j) => (j.wallClaims['armed-forces-2026-01-percent'].percent = 180)),
  ],
  [
    'a negative percentage',
    'fortifications.json',
    'wallClaims.armed-forces-2026-01-percent.percent',
    (c) => c.edit('fortifications.json', (j) => (j.wallClaims['armed-forces-2026-01-percent'].percent = -5)),
  ],
  [
    'a range given upside down',
    'series/detainees-held.json',
    'observations[0].valueMax',
    (c) => c.edit('series/detainees-held.json', (j) => (obs(j, 0).valueMax = 1)),
  ],
  [
    'an outlier with no reason given',
    'series/al-hol-population.json',
    'observations[0].note',
    (c) => c.edit('series/al-hol-population.json', (j) => Object.assign(obs(j, 0), { outlier: true, note: undefined })),
  ],
  // Places
  [
    'swapped longitude and latitude',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.location.coordinates',
    (c) =>
      c.edit(
        'crossings.json',
        (j) =>
          (j.crossings['al-qaim-albu-kamal'].location = {
            coordinates: [34.3975, 40.977],
            source: 'shafaq-2025-08-13-qaim',
            asOf: '2025-08-13',
          }),
      ),
  ],
  [
    'a coordinate off the map',
    'sites.json',
    'sites.al-shaddadi.location.coordinates',
    (c) => c.edit('sites.json', (j) => (j.sites['al-shaddadi'].location = sitePoint([140.7303, 36.0561]))),
  ],
  [
    'coordinates as one text',
    'sites.json',
    'sites.al-shaddadi.location.coordinates',
    (c) => c.edit('sites.json', (j) => (j.sites['al-shaddadi'].location = sitePoint('40.7303, 36.0561'))),
  ],
  [
    'a third coordinate',
    'sites.json',
    'sites.al-shaddadi.location.coordinates',
    (c) => c.edit('sites.json', (j) => (j.sites['al-shaddadi'].location = sitePoint([40.7303, 36.0561, 0]))),
  ],
  [
    'a town the gazetteer lacks',
    'sites.json',
    'sites.al-shaddadi.location.town',
    (c) => c.edit('sites.json', (j) => (j.sites['al-shaddadi'].location.town = 'Shadadi')),
  ],
  [
    'a site placed in the wrong country',
    'sites.json',
    'sites.al-shaddadi.location.town',
    (c) => c.edit('sites.json', (j) => (j.sites['al-shaddadi'].country = 'IRQ')),
  ],
  [
    'a crossing nowhere near the border',
    'crossings.json',
    'crossings.al-waleed-al-tanf.location.coordinates',
    (c) =>
      c.edit(
        'crossings.json',
        (j) =>
          (j.crossings['al-waleed-al-tanf'].location = {
            precision: 'site',
            coordinates: [38.2, 33.4],
            source: 'shafaq-2025-08-13-qaim',
            asOf: '2025-08-13',
          }),
      ),
  ],
  [
    'a tripoint moved',
    'border.json',
    'tripoints.jordan.coordinates',
    (c) =>
      c.edit(
        'border.json',
        (j) =>
          (j.tripoints.jordan = {
            name: 'Iraq–Syria–Jordan tripoint',
            coordinates: [39.3, 32.9],
            source: 'afp-2022-03-27-syria-wall',
            asOf: '2022-03-27',
          }),
      ),
  ],
  // Sources
  [
    'an unknown source id',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.status[0].sources[0]',
    (c) =>
      c.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[0].sources = ['wikipedia-de-al-qiam'])),
  ],
  [
    'a source id mistyped in a series',
    'series/transfers-2026.json',
    'observations[0].sources[0]',
    (c) => c.edit('series/transfers-2026.json', (j) => ((obs(j, 0).sources as string[])[0] += 'x')),
  ],
  [
    'a web address without https://',
    'sources.json',
    'sources.wikipedia-rabia.url',
    (c) => c.edit('sources.json', (j) => (j.sources['wikipedia-rabia'].url = 'en.wikipedia.org/wiki/Rabia,_Iraq')),
  ],
  [
    'a source with no publisher',
    'sources.json',
    'sources.wikipedia-rabia.publisher',
    (c) => c.edit('sources.json', (j) => delete j.sources['wikipedia-rabia'].publisher),
  ],
  [
    'a source deleted while still cited',
    'border.json',
    'lengths.afp-2022.source',
    (c) => c.edit('sources.json', (j) => delete j.sources['afp-2022-03-27-syria-wall']),
  ],
  // Dates
  [
    'a missing as-of date',
    'border.json',
    'lengths.border-guards-2021.asOf',
    (c) => c.edit('border.json', (j) => delete j.lengths['border-guards-2021'].asOf),
  ],
  [
    'a date written day first',
    'crossings.json',
    'crossings.rabia-al-yarubiyah.status[6].date',
    (c) => c.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].status[6].date = '20/04/2026')),
  ],
  [
    'a day that does not exist',
    'crossings.json',
    'crossings.rabia-al-yarubiyah.status[6].date',
    (c) => c.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].status[6].date = '2026-02-30')),
  ],
  [
    'a thirteenth month',
    'sites.json',
    'sites.al-hol.asOf',
    (c) => c.edit('sites.json', (j) => (j.sites['al-hol'].asOf = '2026-13')),
  ],
  [
    'a date in the future',
    'series/al-hol-population.json',
    'observations[0].date',
    (c) => c.edit('series/al-hol-population.json', (j) => (obs(j, 0).date = '2031-01-01')),
  ],
  [
    'a series out of date order',
    'series/detainees-held.json',
    'observations[1].date',
    (c) => c.edit('series/detainees-held.json', (j) => (obs(j, 1).date = '2010')),
  ],
  [
    'a status history out of order',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.status[1].date',
    (c) => c.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[1].date = '2013')),
  ],
  [
    'an event out of order',
    'events.json',
    'events.border-retaken-2017.date',
    (c) => c.edit('events.json', (j) => (j.events['border-retaken-2017'].date = '2010')),
  ],
  // Keys and ids
  [
    'a misspelt key',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.nmae',
    (c) => c.edit('crossings.json', (j) => Object.assign(j.crossings['al-qaim-albu-kamal'], { nmae: 'x' })),
  ],
  [
    'a misspelt key in an observation',
    'series/repatriations.json',
    'observations[0].vaule',
    (c) => c.edit('series/repatriations.json', (j) => Object.assign(obs(j, 0), { vaule: 1 })),
  ],
  [
    'an id with spaces and capitals',
    'border.json',
    'lengths["CIA Factbook"]',
    (c) => c.edit('border.json', (j) => (j.lengths['CIA Factbook'] = j.lengths['afp-2022'])),
  ],
  [
    'the same id twice',
    'crossings.json',
    'crossings.al-qaim-albu-kamal',
    text('crossings.json', (t) =>
      t.replace(/\n {4}"rabia-al-yarubiyah"/, '\n    "al-qaim-albu-kamal": {},\n    "rabia-al-yarubiyah"'),
    ),
  ],
  [
    'a required field left out',
    'sites.json',
    'sites.roj.type',
    (c) => c.edit('sites.json', (j) => delete j.sites.roj.type),
  ],
  [
    'a value not in the list',
    'crossings.json',
    'crossings.al-qaim-albu-kamal.status[0].state',
    (c) => c.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[0].state = 'shut')),
  ],
  // Geometry (TopoJSON, which the charts would otherwise crash on or draw wrong)
  [
    'an arc index out of range',
    'geo/basemap.topojson',
    'objects.countries.geometries[3].arcs[0][2]',
    (c) => c.edit('geo/basemap.topojson', (j) => (j.objects.countries.geometries[3].arcs[0][2] = 9999)),
  ],
  [
    'an unknown geometry type',
    'geo/basemap.topojson',
    'objects.lakes.geometries[0].type',
    (c) => c.edit('geo/basemap.topojson', (j) => (j.objects.lakes.geometries[0].type = 'Circle')),
  ],
  [
    'arcs nested wrongly for the type',
    'geo/border.topojson',
    'objects.border.geometries[0].arcs',
    (c) =>
      c.edit(
        'geo/border.topojson',
        (j) => (j.objects.border.geometries[0].arcs = [j.objects.border.geometries[0].arcs]),
      ),
  ],
  [
    'a ring left open',
    'geo/basemap.topojson',
    'objects.countries.geometries[0].arcs[0]',
    (c) => c.edit('geo/basemap.topojson', (j) => j.objects.countries.geometries[0].arcs[0].pop()),
  ],
  [
    'a place moved by hand in degrees in a quantized file',
    'geo/basemap.topojson',
    'objects.places.geometries[0].coordinates',
    (c) => c.edit('geo/basemap.topojson', (j) => (j.objects.places.geometries[0].coordinates = [43.13, 36.34])),
  ],
  // References between files and to the story
  [
    'an event naming a site that does not exist',
    'events.json',
    'events.baghouz-al-hol-2018.sites[0]',
    (c) => c.edit('events.json', (j) => (j.events['baghouz-al-hol-2018'].sites[0] = 'al-hool')),
  ],
  [
    'a correction naming a chart that does not exist',
    'corrections.json',
    'corrections.map-fix.chart',
    (c) =>
      c.edit(
        'corrections.json',
        (j) => (j.corrections['map-fix'] = { chart: 'border-maps', date: '2026-11-01', note: 'Moved a crossing.' }),
      ),
  ],
  [
    'a fact the story quotes deleted',
    'border.json',
    'lengths.gulan-2026-01',
    (c) => c.edit('border.json', (j) => delete j.lengths['gulan-2026-01']),
  ],
  [
    'a quote too long to be a phrase',
    'events.json',
    'events.full-readiness-2026.quote.text',
    (c) =>
      c.edit(
        'events.json',
        (j) =>
          (j.events['full-readiness-2026'].quote.text =
            'the border is fully secured and our forces are ready for anything'),
      ),
  ],
];

let before: string;
const copies: DataCopy[] = [];
beforeAll(() => {
  expect(existsSync('dist/index.html')).toBe(true);
  before = digestTree('dist');
});
afterAll(() => {
  for (const c of copies) c.remove();
});

test(`the corpus has at least 40 kinds of mistake (${BAD_EDITS.length})`, () => {
  expect(new Set(BAD_EDITS.map(([kind]) => kind)).size).toBe(BAD_EDITS.length);
  expect(BAD_EDITS.length).toBeGreaterThanOrEqual(40);
});

test.each(BAD_EDITS)('%s in data/%s is refused at %s, and dist/ is untouched', (_, file, place, apply) => {
  const copy = copyData();
  copies.push(copy);
  apply(copy);
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, FRONTIER_DATA_DIR: copy.dir, FRONTIER_TODAY: '2026-11-25' },
  });
  const output = `${result.stdout}${result.stderr}`.replaceAll(copy.dir, 'data');
  expect(result.status, output).toBe(1);
  expect(output).toContain(`data/${file} › ${place}: expected `);
  expect(output).toContain('Nothing was built');
  expect(digestTree('dist')).toBe(before);
});

test(
  'a good edit (one number changed) builds, and the new figure shows in the story and in the ' +
    'embed, with a new version',
  () => {
    const copy = copyData();
    copies.push(copy);
    const out = '.build/out-good-edit';
    const last = (j: { observations: { value: number }[] }) => j.observations.at(-1)!;
    const old = last(copy.read('series/transfers-2026.json') as { observations: { value: number }[] }).value;
    copy.edit('series/transfers-2026.json', (j) => (last(j).value = old + 11));
    const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, FRONTIER_DATA_DIR: copy.dir, FRONTIER_TODAY: '2026-11-25' },
    });
    try {
      expect(result.status, result.stderr).toBe(0);
      const figure = (n: number) => new Intl.NumberFormat('en-GB').format(n);
      const table = (html: string) => html.slice(html.indexOf('id="transfers-2026-table"'));
      expect(table(readFileSync(`${out}/index.html`, 'utf8'))).toContain(figure(old + 11));
      expect(table(readFileSync(`${out}/embed/transfers-2026/index.html`, 'utf8'))).toContain(figure(old + 11));
      expect(table(readFileSync('dist/embed/transfers-2026/index.html', 'utf8'))).not.toContain(figure(old + 11));
      const version = (dir: string) =>
        (
          JSON.parse(readFileSync(`${dir}/charts.json`, 'utf8')) as { charts: { id: string; version: string }[] }
        ).charts.find((c) => c.id === 'transfers-2026')!.version;
      expect(version(out)).not.toBe(version('dist'));
      // The changelog lists it, from the old figure to the new, as not yet published (it is not
      // committed), wherever the checkout has the history to compare with.
      if (spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'true')
        return;
      const changes = readFileSync(`${out}/changes/index.html`, 'utf8');
      const section = changes.slice(changes.indexOf('id="transfers-2026"'));
      expect(section).toMatch(new RegExp(`Not yet published.*${figure(old)}[^<]*→ [^<]*${figure(old + 11)}`, 's'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
);
