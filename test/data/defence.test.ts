/**
 * The defence files (sectors, fortifications, events): what an editor sees for the mistakes
 * their own checks exist to catch. Each test corrupts a copy of data/.
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

/** The messages for the corrupted copy, with the temp folder shown as data/. */
function messages(): string[] {
  const result = validateDataDir(copy.dir);
  return result.problems.map((p) => formatProblem({ ...p, file: `data/${p.file.slice(copy.dir.length + 1)}` }));
}

test('two lines with the same order are refused at the second', () => {
  copy.edit('sectors.json', (j) => (j.lines.army.order = 1));
  expect(messages()).toEqual([
    'data/sectors.json › lines.army.order: expected an order no other line has ' +
      '("border-guards" is already 1), got 1 — number the lines 1, 2, 3… from the border inwards',
  ]);
});

test('a gap in the line orders is refused', () => {
  copy.edit('sectors.json', (j) => (j.lines.pmf.order = 4));
  expect(messages()).toEqual([
    'data/sectors.json › lines.pmf.order: expected an order from 1 to 3 (there are 3 lines), ' +
      'got 4 — number the lines 1, 2, 3… from the border inwards, with no gaps',
  ]);
});

test('a distance between the lines has no field to go in', () => {
  copy.edit('sectors.json', (j) => (j.lines.army.depthKm = 20));
  expect(messages()).toEqual([
    'data/sectors.json › lines.army.depthKm: expected only the keys order, name, ministry, ' +
      'role, note, sources, asOf, confidence, got an unknown key "depthKm" — remove it, or check ' +
      'its spelling',
  ]);
});

test('a reported length must name a sector of the file, with the nearest id', () => {
  copy.edit('sectors.json', (j) => (j.reportedLengths['nineveh-2024'].sectors = ['ninevah']));
  expect(messages()).toEqual([
    'data/sectors.json › reportedLengths.nineveh-2024.sectors[0]: expected the id of a sector ' +
      'in this file (kurdistan-region, nineveh, anbar), got "ninevah" — did you mean "nineveh"?',
  ]);
});

test('a wall claim with neither kilometres nor a percentage is refused', () => {
  copy.edit('fortifications.json', (j) => delete j.wallClaims['border-guard-command-2026-01'].builtKm);
  expect(messages()).toEqual([
    'data/fortifications.json › wallClaims.border-guard-command-2026-01.builtKm: expected a ' +
      'builtKm or a percent (the claim needs a figure), got nothing (the field is missing) — a ' +
      "statement without a figure belongs in a component's description",
  ]);
});

test('a percentage above 100 is refused', () => {
  copy.edit('fortifications.json', (j) => (j.wallClaims['armed-forces-2026-01-percent'].percent = 180));
  expect(messages()).toEqual([
    'data/fortifications.json › wallClaims.armed-forces-2026-01-percent.percent: expected a ' +
      'number of at most 100, got 180',
  ]);
});

test('wall claims out of date order are refused at the one that breaks it', () => {
  copy.edit('fortifications.json', (j) => (j.wallClaims['border-guard-command-2026-01'].date = '2025-01'));
  expect(messages()).toEqual([
    'data/fortifications.json › wallClaims.border-guard-command-2026-01.date: expected a date ' +
      'on or after the entry before it ("border-guard-command-2025-11", 2025-11-19), got ' +
      '"2025-01" — keep the entries in date order, oldest first: move this one up',
  ]);
});

test('a dimension in the wrong unit names the unit expected', () => {
  copy.edit(
    'fortifications.json',
    (j) => (j.components.drones.dimensions.find((d: { what: string }) => d.what === 'range').unit = 'm'),
  );
  expect(messages()).toEqual([
    'data/fortifications.json › components.drones.dimensions[2].unit: expected "km" for a ' +
      'range, got "m" — convert the figure if the source used another unit, and say so in note',
  ]);
});

test('a surveillance item placed among the barrier layers is refused', () => {
  copy.edit('fortifications.json', (j) => {
    j.components.cameras.order = 1;
    j.components.berm.order = 7;
  });
  expect(messages()).toEqual([
    'data/fortifications.json › components.berm.order: expected an order from 1 to 5 for a ' +
      'barrier component, got 7 — barrier layers come first, in the order the source lists them, ' +
      'then the surveillance items',
    'data/fortifications.json › components.cameras.order: expected an order from 6 to 8 for a ' +
      'surveillance component, got 1 — barrier layers come first, in the order the source lists ' +
      'them, then the surveillance items',
  ]);
});

test('a quote longer than eight words is refused, with the count', () => {
  copy.edit(
    'events.json',
    (j) => (j.events['most-secure-2026'].quote.text = 'the Syrian border is the most secure of all our borders'),
  );
  expect(messages()).toEqual([
    'data/events.json › events.most-secure-2026.quote.text: expected a quote of at most 8 ' +
      'words (this one has 11), got "the Syrian border is the most secure of all our borders" — ' +
      'keep only the key phrase; say the rest in summary, in our own words',
  ]);
});

test('a quote typed with its quotation marks is refused', () => {
  copy.edit('events.json', (j) => (j.events['full-readiness-2026'].quote.text = '"full readiness"'));
  expect(messages()).toEqual([
    'data/events.json › events.full-readiness-2026.quote.text: expected the words without ' +
      'quotation marks, got "\\"full readiness\\"" — the site adds the quotation marks',
  ]);
});

test('events out of date order are refused at the entry that breaks it', () => {
  copy.edit('events.json', (j) => (j.events['transfers-end-2026'].date = '2026-01-10'));
  expect(messages()).toEqual([
    'data/events.json › events.transfers-end-2026.date: expected a date on or after the entry ' +
      'before it ("judicial-council-2026", 2026-02-08), got "2026-01-10" — keep the entries in ' +
      'date order, oldest first: move this one up',
  ]);
});

test('a month-only date may stand among the days of that month', () => {
  copy.edit('events.json', (j) => {
    // Rebuild the object so the new entry sits between two dated January events.
    const entries = Object.entries(j.events);
    const at = entries.findIndex(([id]) => id === 'al-hol-handover-2026');
    entries.splice(at, 0, [
      'month-only',
      {
        date: '2026-01',
        title: 'A January event',
        summary: 'Dated to the month only.',
        kind: 'iraq',
        sources: ['rudaw-2026-01-19-most-secure'],
      },
    ]);
    j.events = Object.fromEntries(entries);
  });
  expect(messages()).toEqual([]);
});
