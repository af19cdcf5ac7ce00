/**
 * data/sites.json: what an editor sees for the mistakes this file invites — a location without
 * a source, a precision that contradicts the fields given, a town the gazetteer lacks, ranges the wrong way round, vague
 * figures without the source's words, and references to sites that do not exist. Each test
 * corrupts a copy of data/ and looks only at the messages for sites.json.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/data/problems.ts';
import { validateDataDir } from '../../src/data/validate.ts';
import { copyData, type DataCopy } from '../helpers/data-copy.ts';

let copy: DataCopy;
beforeEach(() => {
  process.env.FRONTIER_TODAY = '2026-11-25';
  copy = copyData();
});
afterEach(() => copy.remove());

/** The messages for sites.json in the corrupted copy, with the temp folder shown as data/. */
function messages(): string[] {
  const result = validateDataDir(copy.dir);
  return result.problems
    .map((p) => formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }))
    .filter((m) => m.startsWith('data/sites.json'));
}

test('sites.json in data/ has no problems', () => {
  expect(messages()).toEqual([]);
});

test('a location without sources is refused', () => {
  copy.edit('sites.json', (j) => delete j.sites['al-shaddadi'].location.sources);
  expect(messages()).toEqual([
    'data/sites.json › sites.al-shaddadi.location.sources: expected the sources that place it, got ' +
      'nothing (the field is missing) — cite where the coordinates, the town or the note come from',
  ]);
});

test('a precision that claims a site where there are no coordinates is refused', () => {
  copy.edit('sites.json', (j) => {
    j.sites.roj.location.precision = 'site';
    delete j.sites.roj.location.town;
  });
  expect(messages()).toEqual([
    "data/sites.json › sites.roj.location.coordinates: expected the facility's [lon, lat] from a " +
      'source (precision is "site"), got nothing (the field is missing) — or lower the precision',
    'data/sites.json › sites.roj.location.asOf: expected an asOf for the coordinates, got nothing (the field is missing)',
  ]);
});

test('a town-level site with typed coordinates is refused: the gazetteer gives them', () => {
  copy.edit('sites.json', (j) => (j.sites['al-shaddadi'].location.coordinates = [40.7303, 36.0561]));
  expect(messages()).toEqual([
    'data/sites.json › sites.al-shaddadi.location.coordinates: expected no coordinates (precision ' +
      'is "town"), got [40.7303,36.0561] — name the town in "town": the build takes its centre from the gazetteer',
  ]);
});

test('a town-level site without a town is refused', () => {
  copy.edit('sites.json', (j) => delete j.sites['al-shaddadi'].location.town);
  expect(messages()).toEqual([
    'data/sites.json › sites.al-shaddadi.location.town: expected the town the sources name, as the ' +
      'gazetteer spells it (precision is "town"), got nothing (the field is missing) — e.g. "Al Hasakah"',
  ]);
});

test('a town the gazetteer lacks is refused, with the nearest names it has', () => {
  copy.edit('sites.json', (j) => (j.sites['al-shaddadi'].location.town = 'Shadadi'));
  const [message, ...rest] = messages();
  expect(rest).toEqual([]);
  expect(message).toMatch(
    /^data\/sites\.json › sites\.al-shaddadi\.location\.town: expected a town in the gazetteer \(data\/geo\/gazetteer\.json, GeoNames\) in SY, got "Shadadi", not in the gazetteer; nearest names: /,
  );
  // The town meant is offered first, with its governorate; Iraq's towns are not offered for a Syrian site.
  expect(message).toContain('nearest names: Ash Shaddādah (SY, Al-Hasakah)');
  expect(message).not.toContain('(IQ,');
});

test('a town is looked up in the site’s own country only', () => {
  // Al Qayyarah is in Iraq; al-Shaddadi prison is in Syria.
  copy.edit('sites.json', (j) => (j.sites['al-shaddadi'].location.town = 'Al Qayyarah'));
  expect(messages()[0]).toMatch(
    /sites\.al-shaddadi\.location\.town: expected a town in the gazetteer .* in SY, got "Al Qayyarah"/,
  );
});

test('the gazetteer’s spelling matches without its marks, apostrophes or hyphens', () => {
  copy.edit('sites.json', (j) => (j.sites['al-shaddadi'].location.town = 'ash-Shaddadah'));
  expect(messages()).toEqual([]);
});

test('a region-level site needs a note, and may not name a town', () => {
  copy.edit('sites.json', (j) => {
    j.sites['al-kasra'].location.precision = 'region';
    delete j.sites['al-kasra'].location.note;
  });
  expect(messages()).toEqual([
    'data/sites.json › sites.al-kasra.location.town: expected no town (precision is "region"), got ' +
      '"Al Kasrah" — set precision to "town" to draw it at the town centre',
    'data/sites.json › sites.al-kasra.location.note: expected a note saying what is known of where it ' +
      'is (precision is "region"), got nothing (the field is missing)',
  ]);
});

test('latitude written first is caught, with a hint', () => {
  copy.edit('sites.json', (j) => {
    j.sites['al-shaddadi'].location = {
      precision: 'site',
      coordinates: [36.0561, 40.7303],
      sources: ['ap-2026-01-23-aqtan-prison'],
      asOf: '2026-01',
    };
  });
  expect(messages()).toEqual([
    'data/sites.json › sites.al-shaddadi.location.coordinates: expected [lon, lat] inside the ' +
      "map's box (lon 34.5…49, lat 29…38.5), got [36.0561,40.7303] — are longitude and latitude " +
      'swapped?',
  ]);
});

test('a range whose high end is below its low end is refused', () => {
  copy.edit('sites.json', (j) => {
    const figure = j.sites['ghwayran-al-sinaa'].held[1];
    figure.high = figure.low - 500;
  });
  expect(messages()).toEqual([
    'data/sites.json › sites.ghwayran-al-sinaa.held[1].high: expected a high figure greater ' +
      'than low (3500), got 3000 — for a single figure leave high out; otherwise check which end ' +
      'is which',
  ]);
});

test("a figure without a number must keep the source's words", () => {
  copy.edit('sites.json', (j) => delete j.sites['al-shaddadi'].held[0].wording);
  expect(messages()).toEqual([
    "data/sites.json › sites.al-shaddadi.held[0].wording: expected the source's own words " +
      '(e.g. "hundreds") when low is null, got nothing (the field is missing) — give the number ' +
      'in low if the source has one',
  ]);
});

test('a number without a qualifier is refused', () => {
  copy.edit('sites.json', (j) => delete j.sites['al-aqtan'].held[0].qualifier);
  expect(messages()).toEqual([
    'data/sites.json › sites.al-aqtan.held[0].qualifier: expected one of "exact", "about", ' +
      '"more-than", "at-least", "nearly", "fewer-than", "up-to" for the figure, got nothing (the ' +
      'field is missing) — say how the source phrased it; "exact" for a plain number',
  ]);
});

test('headcounts out of date order are refused at the entry that breaks the order', () => {
  copy.edit('sites.json', (j) => (j.sites['al-hol'].held[1].date = '2018'));
  expect(messages()).toEqual([
    'data/sites.json › sites.al-hol.held[1].date: expected a date on or after the entry before ' +
      'it (2019), got "2018" — keep the list in date order, oldest first',
  ]);
});

test('a link to a site that does not exist names the nearest id', () => {
  copy.edit('sites.json', (j) => (j.sites.panorama.identity.possiblySameAs = ['ghwayran-al-sina']));
  expect(messages()).toEqual([
    'data/sites.json › sites.panorama.identity.possiblySameAs[0]: expected the id of another ' +
      'site in this file, got "ghwayran-al-sina" — did you mean "ghwayran-al-sinaa"?',
  ]);
});

test('a combined figure cannot point at its own site', () => {
  copy.edit('sites.json', (j) => (j.sites.alaya.held[0].combinedWith = ['alaya']));
  expect(messages()).toEqual([
    'data/sites.json › sites.alaya.held[0].combinedWith[0]: expected the id of another site in ' +
      'this file, got "alaya" — a site cannot refer to itself',
  ]);
});
