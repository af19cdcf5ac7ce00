/**
 * What an editor sees for each kind of mistake: one line naming the file, the path, what was
 * expected, what was found and, where it helps, a hint. Each test corrupts a copy of data/.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/problems.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData, latin1Edit, type DataCopy } from '../helpers/data-copy.ts';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { re } from '../helpers/regexp.ts';

let copy: DataCopy;
beforeEach(() => {
  process.env.FRONTIER_TODAY = '2026-11-25';
  copy = copyData();
});
afterEach(() => copy.remove());

/** The messages for the corrupted copy, with the temp folder shown as data/. */
function messages(): string[] {
  const result = validateDataDir(copy.dir);
  return result.problems.map((p) => formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }));
}

test('the data in data/ is valid', () => {
  const result = validateDataDir('data');
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.ok).toBe(true);
});

test('a trailing comma is a syntax error at its line and column, with a hint', () => {
  copy.writeText('border.json', '{\n  "tripoints": {},\n}\n');
  expect(messages()).toEqual([
    'data/border.json › (whole file): expected valid JSON, got "}" at line 3, column 1 — ' +
      'remove the comma before it: JSON allows no trailing commas',
  ]);
});

test('a missing comma is a syntax error pointing at the next value', () => {
  copy.writeText('border.json', '{\n  "tripoints": {}\n  "lengths": {}\n}\n');
  expect(messages()).toEqual([
    'data/border.json › (whole file): expected valid JSON, got "\\"" at line 3, column 3 — a ' +
      'comma is probably missing before it',
  ]);
});

test('an empty file says so', () => {
  copy.writeText('crossings.json', '');
  expect(messages()).toEqual([
    'data/crossings.json › (whole file): expected a JSON object { … }, got an empty file — ' +
      'restore the file from git',
  ]);
});

test('a deleted file is named', () => {
  rmSync(join(copy.dir, 'crossings.json'));
  expect(messages()).toEqual([
    'data/crossings.json › (whole file): expected the file to exist, got no such file — was it ' +
      'deleted or renamed? Every file in data/ is required',
  ]);
});

test('a number typed as text is a wrong type, with a hint to drop the quotes', () => {
  copy.edit('border.json', (j) => (j.lengths['afp-2022'].km = '599'));
  expect(messages()).toEqual([
    'data/border.json › lengths.afp-2022.km: expected a number, got "599" — write the number ' +
      'without quotes (and without thousands separators)',
  ]);
});

test('swapped longitude and latitude are caught by the map box, with a hint', () => {
  copy.edit(
    'crossings.json',
    (j) =>
      (j.crossings['al-qaim-albu-kamal'].location = {
        precision: 'site',
        coordinates: [34.3975, 40.977],
        source: 'shafaq-2025-08-13-qaim',
        asOf: '2025-08-13',
      }),
  );
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.location.coordinates: expected [lon, ' +
      "lat] inside the map's box (lon 34.5…49, lat 29…38.5), got [34.3975,40.977] — are " +
      'longitude and latitude swapped?',
  ]);
});

test('coordinates outside the map box that are not swapped get a different hint', () => {
  copy.edit(
    'crossings.json',
    (j) =>
      (j.crossings['al-qaim-albu-kamal'].location = {
        precision: 'site',
        coordinates: [-40.977, 34.3975],
        source: 'shafaq-2025-08-13-qaim',
        asOf: '2025-08-13',
      }),
  );
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.location.coordinates: expected [lon, ' +
      "lat] inside the map's box (lon 34.5…49, lat 29…38.5), got [-40.977,34.3975] — is a sign " +
      'or a decimal point wrong?',
  ]);
});

test('coordinates inside the box but far from the border are caught by the cross-check', () => {
  copy.edit(
    'crossings.json',
    (j) =>
      (j.crossings['al-qaim-albu-kamal'].location = {
        precision: 'site',
        coordinates: [43.13, 36.34],
        source: 'shafaq-2025-08-13-qaim',
        asOf: '2025-08-13',
      }),
  );
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.location.coordinates: expected a point ' +
      'within 10 km of the Iraq–Syria border, got [43.13,36.34], 104.7 km away — is this the ' +
      'town rather than the crossing, or a digit mistyped?',
  ]);
});

test('an unknown source id is named where it is cited, with the nearest known id', () => {
  copy.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[0].sources = ['wikipedia-de-al-qiam']));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.status[0].sources[0]: expected the id ' +
      'of a source listed in data/sources.json, got "wikipedia-de-al-qiam" — did you mean ' +
      '"wikipedia-de-al-qaim"? Otherwise add the source first',
  ]);
});

test('a date in the future is refused', () => {
  copy.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].status.at(-1).date = '2027-04-20'));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.rabia-al-yarubiyah.status[6].date: expected a date no ' +
      'later than today (2026-11-25), got "2027-04-20" — is the year or month mistyped?',
  ]);
});

test('a day-first date is refused with the year-first spelling', () => {
  copy.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].status.at(-1).date = '20/04/2026'));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.rabia-al-yarubiyah.status[6].date: expected a date as ' +
      'YYYY, YYYY-MM or YYYY-MM-DD, got "20/04/2026" — write it year first: 2026-04-20',
  ]);
});

test('an impossible date is refused', () => {
  copy.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].status.at(-1).date = '2026-02-30'));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.rabia-al-yarubiyah.status[6].date: expected a date as ' +
      'YYYY, YYYY-MM or YYYY-MM-DD, got "2026-02-30" — that day or month does not exist',
  ]);
});

test('a history out of date order is refused at the entry that breaks it', () => {
  copy.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[1].date = '2013'));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.status[1].date: expected a date on or ' +
      'after the entry before it (2014-06), got "2013" — keep the history in date order, oldest ' +
      'first',
  ]);
});

test('a missing as-of date is named', () => {
  copy.edit('border.json', (j) => delete j.lengths['border-guards-2021'].asOf);
  expect(messages()).toEqual([
    'data/border.json › lengths.border-guards-2021.asOf: expected a date as YYYY, YYYY-MM or ' +
      'YYYY-MM-DD, or "undated", got nothing (the field is missing)',
  ]);
});

test('a misspelt key is named with the key it probably meant', () => {
  copy.edit('sources.json', (j) => {
    j.sources['wikipedia-rabia'].publsher = j.sources['wikipedia-rabia'].publisher;
    delete j.sources['wikipedia-rabia'].publisher;
  });
  expect(messages()).toEqual([
    'data/sources.json › sources.wikipedia-rabia.publisher: expected text, got nothing (the ' +
      'field is missing) — add the field',
    'data/sources.json › sources.wikipedia-rabia.publsher: expected only the keys publisher, ' +
      'via, title, titleNote, url, published, dateNote, language, got an unknown key "publsher" ' +
      '— did you mean "publisher"?',
  ]);
});

test('an id that is not kebab-case is refused', () => {
  copy.edit('border.json', (j) => (j.lengths['CIA Factbook'] = j.lengths['afp-2022']));
  expect(messages()).toEqual([
    'data/border.json › lengths["CIA Factbook"]: expected a kebab-case id (lowercase letters, ' +
      'digits and hyphens), got "CIA Factbook" — ids are lowercase words joined by hyphens, e.g. ' +
      '"al-qaim"',
  ]);
});

test('a value outside an allowed list names the allowed values', () => {
  copy.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[0].state = 'shut'));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-qaim-albu-kamal.status[0].state: expected one of ' +
      '"open", "closed", "limited", got "shut"',
  ]);
});

test('coordinates without a source are refused', () => {
  copy.edit(
    'crossings.json',
    (j) =>
      (j.crossings['al-waleed-al-tanf'].location = {
        precision: 'site',
        coordinates: [38.9374, 33.4332],
        asOf: 'undated',
      }),
  );
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-waleed-al-tanf.location.source: expected a source for ' +
      'the coordinates, got nothing (the field is missing) — coordinates must come from a ' +
      'source; lower the precision if none gives them',
  ]);
});

test('a crossing town the gazetteer lacks is refused, with the nearest names', () => {
  copy.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].location.towns = ['Rabia']));
  const [message, ...rest] = messages();
  expect(rest).toEqual([]);
  expect(message).toMatch(
    /^data\/crossings\.json › crossings\.rabia-al-yarubiyah\.location\.towns\[0\]: expected a town in the gazetteer .* got "Rabia", not in the gazetteer; nearest names: /,
  );
});

test('a crossing town far from the border is refused: it names the district seat, not the border town', () => {
  copy.edit('crossings.json', (j) => (j.crossings['rabia-al-yarubiyah'].location.towns = ['Al Hasakah']));
  expect(messages()).toEqual([
    'data/crossings.json › crossings.rabia-al-yarubiyah.location.towns[0]: expected a town within 15 km ' +
      'of the Iraq–Syria border, got "Al Hasakah" (Al Ḩasakah (SY, Al-Hasakah)), 50.1 km away — name the ' +
      'border town on either side, not the district seat',
  ]);
});

test('a crossing stretch between governorates that share no border is refused', () => {
  copy.edit(
    'crossings.json',
    (j) => (j.crossings['al-waleed-al-tanf'].location.stretch = { iraq: 'IQ-DA', syria: 'SY-HI' }),
  );
  expect(messages()).toEqual([
    'data/crossings.json › crossings.al-waleed-al-tanf.location.stretch: expected an Iraqi and a Syrian ' +
      'governorate that share a stretch of the border, got IQ-DA and SY-HI — governorates on the border: ' +
      'IQ-DA, IQ-NI, IQ-AN, SY-HA, SY-DY, SY-HI',
  ]);
});

test('a tripoint far from the end of the border geometry is caught', () => {
  copy.edit(
    'border.json',
    (j) =>
      (j.tripoints.jordan = {
        name: 'Iraq–Syria–Jordan tripoint',
        coordinates: [38.9, 33.6],
        source: 'afp-2022-03-27-syria-wall',
        asOf: '2022-03-27',
      }),
  );
  expect(messages()).toEqual([
    'data/border.json › tripoints.jordan.coordinates: expected a point within 5 km of the ' +
      "border's southern end in data/geo/border.topojson, got [38.9,33.6], 27.9 km away — check " +
      'the coordinates against the source, longitude first',
  ]);
});

test('a web address without http(s) is refused', () => {
  copy.edit('sources.json', (j) => (j.sources['wikipedia-rabia'].url = 'en.wikipedia.org/wiki/Rabia,_Iraq'));
  expect(messages()).toEqual([
    'data/sources.json › sources.wikipedia-rabia.url: expected a full web address starting ' +
      'with http:// or https://, got "en.wikipedia.org/wiki/Rabia,_Iraq"',
  ]);
});

test('a byte that is not UTF-8 is refused at its line and column, read as Windows-1252, not published as "�"', () => {
  copy.writeBytes(
    'sources.json',
    Buffer.concat([
      Buffer.from('{\n  "sources": {\n    "x": { "title": "Café – ', 'utf8'),
      Buffer.from('Caf\xe9', 'latin1'),
      Buffer.from('" }\n  }\n}\n', 'utf8'),
    ]),
  );
  const result = validateDataDir(copy.dir);
  expect(messages()).toEqual([
    'data/sources.json › (whole file): expected text encoded as UTF-8, got the byte 0xE9 ("é" ' +
      'in Windows-1252) at line 3, column 32 — was it saved as Windows-1252 or Latin-1? Re-save ' +
      'it as UTF-8 and check the character there',
  ]);
  // Placed for GitHub annotations too; the column counts characters, so "é" and "–" count one each.
  expect(result.problems[0]).toMatchObject({ line: 3, column: 32 });
});

test('a byte that is no character in Windows-1252 either is named by its value alone', () => {
  copy.writeBytes('border.json', Uint8Array.of(0x7b, 0x0a, 0x22, 0x81, 0x22, 0x7d));
  expect(messages()).toEqual([
    'data/border.json › (whole file): expected text encoded as UTF-8, got the byte 0x81 at ' +
      'line 2, column 2 — was it saved as Windows-1252 or Latin-1? Re-save it as UTF-8 and check ' +
      'the character there',
  ]);
});

test('a Latin-1 byte in a TopoJSON file is refused the same way', () => {
  latin1Edit(copy, 'geo/basemap.topojson', '"name_en":"Iraq"', '"name_en":"Irâq"');
  expect(messages()).toEqual([
    expect.stringMatching(
      re(
        /^data\/geo\/basemap\.topojson › \(whole file\): expected text encoded as UTF-8, /,
        /got the byte 0xE2 \("â" in Windows-1252\) at line 1, column \d+ — /,
        /was it saved as Windows-1252 or Latin-1\? Re-save it as UTF-8 and check the character there$/,
      ),
    ),
  ]);
});

test('a byte-order mark is refused with what to do, not as a baffling syntax error', () => {
  copy.writeBytes(
    'sectors.json',
    Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), readFileSync(join(copy.dir, 'sectors.json'))]),
  );
  expect(messages()).toEqual([
    'data/sectors.json › (whole file): expected text encoded as UTF-8 without a byte-order ' +
      'mark, got a byte-order mark (the bytes EF BB BF) at line 1, column 1 — the editor saved ' +
      'it as "UTF-8 with BOM": save it again as plain UTF-8',
  ]);
});

test('a broken TopoJSON file is reported like any other data file', () => {
  copy.edit('geo/border.topojson', (j) => (j.type = 'FeatureCollection'));
  expect(messages()).toEqual(['data/geo/border.topojson › type: expected one of "Topology", got "FeatureCollection"']);
});

test('every problem is reported in one run, in file order', () => {
  copy.edit('border.json', (j) => (j.lengths['afp-2022'].km = -599));
  copy.edit('crossings.json', (j) => {
    j.crossings['al-qaim-albu-kamal'].name = '';
    j.crossings['al-qaim-albu-kamal'].kind = 'official';
  });
  expect(messages()).toEqual([
    'data/border.json › lengths.afp-2022.km: expected a number greater than 0, got -599',
    'data/crossings.json › crossings.al-qaim-albu-kamal.name: expected some text (it is empty), got an empty text ""',
    'data/crossings.json › crossings.al-qaim-albu-kamal.kind: expected one of "state", "regional", got "official"',
  ]);
});

test('an event naming a site that does not exist is caught, with the nearest id', () => {
  copy.edit('events.json', (j) => {
    const [id] = Object.entries<{ sites?: string[] }>(j.events).find(([, e]) => e.sites)!;
    j.events[id].sites = ['al-hool'];
  });
  const [line] = messages();
  expect(line).toMatch(
    re(
      /^data\/events\.json › events\.[a-z0-9-]+\.sites\[0\]: /,
      /expected the id of an entry in data\/sites\.json, got "al-hool" — did you mean "al-hol"\?$/,
    ),
  );
});
