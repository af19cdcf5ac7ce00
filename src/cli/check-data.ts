/**
 * npm run check-data — validates every file in data/ and prints every problem, grouped by file,
 * one line each with its line and column. Exit status 0 when the data is good, 1 when it is not.
 *
 *   node src/cli/check-data.ts [--json] [--github]
 *     --json     one JSON document:
 *                { ok, files, problems: [{ file, line, column, path, expected, got, hint, message }] }
 *     --github   also print each problem as a GitHub Actions annotation on its line
 */
import { parseArgs } from 'node:util';
import { formatGithubAnnotations, formatPath, formatProblem, formatReport, type Problem } from '../data/problems.ts';
import { DATA_FILES, dataDir, validateDataDir } from '../data/validate.ts';

export function problemsAsJson(problems: readonly Problem[]) {
  return problems.map((p) => ({
    file: p.file,
    line: p.line ?? null,
    column: p.column ?? null,
    path: formatPath(p.path),
    expected: p.expected,
    got: p.got,
    hint: p.hint ?? null,
    message: formatProblem(p),
  }));
}

export function checkData(dir: string = dataDir(), options: { json?: boolean; github?: boolean } = {}): number {
  const result = validateDataDir(dir);
  if (options.json) {
    console.log(
      JSON.stringify({ ok: result.ok, files: DATA_FILES.length, problems: problemsAsJson(result.problems) }, null, 2),
    );
    return result.ok ? 0 : 1;
  }
  if (result.ok) {
    console.log(`data/ is valid: ${DATA_FILES.length} files checked.`);
    return 0;
  }
  if (options.github) console.log(formatGithubAnnotations(result.problems));
  console.error(formatReport(result.problems));
  console.error(
    `\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in data/. Nothing was built.`,
  );
  return 1;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { json: { type: 'boolean', default: false }, github: { type: 'boolean', default: false } },
  });
  process.exitCode = checkData(dataDir(), values);
}
