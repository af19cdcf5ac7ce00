/**
 * The code keeps the shape docs/design.md gives it: a chart's folder imports the kit, the chart
 * modules beside the registry, src/lib, src/data and src/i18n, never another chart's folder; no
 * module imports itself back through others (a cycle); and no file grows past 300 lines.
 * Imports are read with the TypeScript compiler's own pre-parser, type-only imports included (a
 * type cycle still ties two modules together).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/ids.ts';
import { charts } from '../../src/charts/registry.ts';

const MAX_LINES = 300;

/** Every file under a folder, as a relative POSIX path, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = posix.join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The file a relative specifier names, if it is one of ours (.ts, with or without the extension). */
function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  return [base, `${base}.ts`, posix.join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
}

const files = filesUnder('src');
const code = files.filter((f) => f.endsWith('.ts'));
/** Each .ts file under src/ with the .ts files under src/ it imports or re-exports from. */
const graph = new Map(
  code.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap((i) => resolve(file, i.fileName) ?? []);
    return [file, [...new Set(targets)].sort()] as const;
  }),
);

/** The chart folder a file is in ("src/charts/<id>/"), or undefined (the kit and src/charts/*.ts are shared). */
function chartFolder(file: string): string | undefined {
  const m = /^src\/charts\/([^/]+)\//.exec(file);
  return m && m[1] !== 'kit' ? m[1] : undefined;
}

/** Every cycle among the files a predicate keeps, each once, as "a → b → a" from its first file in order. */
function cycles(keep: (file: string) => boolean): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!keep(next)) continue;
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        // The same cycle entered elsewhere is the same cycle: start it at its first file.
        const first = loop.indexOf([...loop].sort()[0]!);
        const turned = [...loop.slice(first), ...loop.slice(0, first)];
        found.add([...turned, turned[0]].join(' → '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (keep(file) && !state.has(file)) visit(file);
  return [...found].sort();
}

test(`reads the imports of every TypeScript file under src/ (${code.length} files)`, () => {
  expect(code.length).toBeGreaterThan(50);
  const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
  expect(edges).toBeGreaterThan(100);
  // The reader sees both forms: src/charts/registry.ts imports each chart, src/lib/geo/index.ts re-exports.
  expect(graph.get('src/charts/registry.ts')).toContain('src/charts/border-map/index.ts');
  expect(graph.get('src/lib/geo/index.ts')?.length).toBeGreaterThan(3);
});

test('no chart folder imports from another chart’s folder (shared code goes in src/charts/kit/)', () => {
  const charts = new Set(code.flatMap((f) => chartFolder(f) ?? []));
  expect(charts.size).toBeGreaterThan(5);
  const crossing = [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => chartFolder(file) && chartFolder(target) && chartFolder(target) !== chartFolder(file))
      .map((target) => `${file} → ${target}`),
  );
  expect(crossing).toEqual([]);
});

test('data/ learns chart ids from the registry, never from the folder names under src/charts/', () => {
  expect([...CHART_IDS]).toEqual(charts.map((c) => c.id));
  const readers = code.filter(
    (f) => !f.startsWith('src/charts/') && /readdirSync\([^)]*charts/.test(readFileSync(f, 'utf8')),
  );
  expect(readers).toEqual([]);
});

test('src/data/ has no import cycle', () => {
  expect(code.filter((f) => f.startsWith('src/data/')).length).toBeGreaterThan(20);
  expect(cycles((f) => f.startsWith('src/data/'))).toEqual([]);
});

test('src/ has no import cycle', () => {
  expect(cycles(() => true)).toEqual([]);
});

test(`no file under src/ is longer than ${MAX_LINES} lines (split it by concept)`, () => {
  expect(files.length).toBeGreaterThan(50);
  const long = files.flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n').length - 1;
    return lines > MAX_LINES ? [`${file} (${lines} lines)`] : [];
  });
  expect(long).toEqual([]);
});

// The checks above catch what they are meant to: a made-up cycle and a made-up crossing are found.
test('the cycle finder finds a cycle, whichever file it starts from', () => {
  const saved = new Map(graph);
  try {
    graph.set('src/data/load.ts', [...(graph.get('src/data/load.ts') ?? []), 'src/story/model.ts']);
    const found = cycles(() => true);
    expect(found.some((c) => c.includes('src/data/load.ts') && c.includes('src/story/model.ts'))).toBe(true);
  } finally {
    graph.clear();
    for (const [k, v] of saved) graph.set(k, v);
  }
});

test('paths are read relative to the importing file', () => {
  expect(resolve('src/charts/timeline/index.ts', '../types.ts')).toBe('src/charts/types.ts');
  expect(resolve('src/charts/timeline/index.ts', 'linkedom')).toBeUndefined();
});
