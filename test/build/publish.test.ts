/**
 * Publishing is all or nothing: bad data, or a build that fails part-way, exits non-zero with the
 * editor's message and leaves dist/ byte-for-byte as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { copyData, digestTree, type DataCopy } from '../helpers/data-copy.ts';
import { re } from '../helpers/regexp.ts';

let copy: DataCopy | undefined;
afterEach(() => copy?.remove());

function buildWith(dataDir: string) {
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, FRONTIER_DATA_DIR: dataDir, FRONTIER_TODAY: '2026-11-25' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const CORRUPTIONS: [string, (c: DataCopy) => void, RegExp][] = [
  [
    'bad JSON',
    (c) => c.writeText('border.json', '{ "tripoints": { }, }'),
    /border\.json › \(whole file\): expected valid JSON, got "}" at line 1, column 21 — remove the comma before it/,
  ],
  [
    'a wrong type',
    (c) => c.edit('border.json', (j) => (j.lengths['afp-2022'].km = 'about 599')),
    /border\.json › lengths\.afp-2022\.km: expected a number, got "about 599"/,
  ],
  [
    'swapped coordinates',
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
    re(
      /crossings\.json › crossings\.al-qaim-albu-kamal\.location\.coordinates: /,
      /.* — are longitude and latitude swapped\?/,
    ),
  ],
  [
    'a fact the story quotes removed',
    (c) => c.edit('border.json', (j) => delete j.lengths['gulan-2026-01']),
    /border\.json › lengths\.gulan-2026-01: expected the entry the story quotes as "newsLength", got nothing/,
  ],
  [
    'an unknown source id',
    (c) =>
      c.edit('crossings.json', (j) => (j.crossings['al-qaim-albu-kamal'].status[0].sources = ['wikipedia-de-al-qiam'])),
    re(
      /crossings\.json › crossings\.al-qaim-albu-kamal\.status\[0\]\.sources\[0\]: /,
      /expected the id of a source listed in data\/sources\.json, got "wikipedia-de-al-qiam" — /,
      /did you mean "wikipedia-de-al-qaim"\?/,
    ),
  ],
  [
    'a correction naming no chart',
    (c) =>
      c.edit(
        'corrections.json',
        (j) =>
          (j.corrections['map-fix'] = {
            chart: 'border-maps',
            date: '2026-11-01',
            note: 'The Rabia crossing was placed 2 km too far east.',
          }),
      ),
    re(
      /corrections\.json › corrections\.map-fix\.chart: expected the id of a chart \(.*\), /,
      /got "border-maps" — did you mean "border-map"\?/,
    ),
  ],
];

test.each(CORRUPTIONS)(
  'a build from data with %s fails, names the file and path, and leaves dist/ untouched',
  (_, corrupt, message) => {
    expect(existsSync('dist/index.html')).toBe(true);
    const before = digestTree('dist');
    copy = copyData();
    corrupt(copy);
    const { status, output } = buildWith(copy.dir);
    expect(status).toBe(1);
    expect(output).toMatch(message);
    expect(output).toContain('Nothing was built');
    expect(digestTree('dist')).toBe(before);
  },
);

test('a build interrupted part-way leaves dist/ untouched, and the next build cleans up after it', async () => {
  const before = digestTree('dist');
  const child = spawn(process.execPath, ['src/cli/build.ts'], { stdio: 'ignore', detached: true });
  // Kill it once Astro has started writing the staging folder.
  await expect
    .poll(() => (existsSync('.build') ? readdirSync('.build').some((n) => n.startsWith('staging-')) : false), {
      timeout: 60_000,
      interval: 20,
    })
    .toBe(true);
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((done) => child.once('exit', done));
  expect(digestTree('dist')).toBe(before);

  const { status } = buildWith('data');
  expect(status).toBe(0);
  expect(readdirSync('.build').filter((n) => /^(staging|previous)-/.test(n))).toEqual([]);
  expect(digestTree('dist')).toBe(before);
});

test(
  'a correction recorded in data/ appears with its date in the chart\u2019s embed and beside ' +
    'the chart in the story',
  () => {
    copy = copyData();
    copy.edit(
      'corrections.json',
      (j) =>
        (j.corrections['rabia-position'] = {
          chart: 'border-map',
          date: '2026-11-20',
          note: 'An earlier version placed the Rabia crossing on the wrong side of the line.',
        }),
    );
    const out = '.build/out-correction';
    const result = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, FRONTIER_DATA_DIR: copy.dir, FRONTIER_TODAY: '2026-11-25' },
    });
    try {
      expect(result.status).toBe(0);
      const embed = readFileSync(`${out}/embed/border-map/index.html`, 'utf8');
      expect(embed).toMatch(/Correction, 20 November 2026:<\/strong> An earlier version placed the Rabia crossing/);
      expect(readFileSync(`${out}/embed/border-length/index.html`, 'utf8')).not.toContain('Correction,');
      expect(readFileSync(`${out}/index.html`, 'utf8')).toMatch(
        re(
          /id="border-map"[^>]*>\s*<aside class="corrections"[^>]*>/,
          /<p class="correction"[^>]*><strong>Correction, 20 November 2026:/,
        ),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
);
