/**
 * npm run check-data — validates every file in data/ and prints every problem, one per line.
 * Exit status 0 when the data is good, 1 when it is not.
 */
import { formatProblem } from '../data/problems.ts';
import { DATA_FILES, dataDir, validateDataDir } from '../data/validate.ts';

export function checkData(dir: string = dataDir()): number {
  const result = validateDataDir(dir);
  if (result.ok) {
    console.log(`data/ is valid: ${DATA_FILES.length} files checked.`);
    return 0;
  }
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in data/. Nothing was built.`);
  return 1;
}

if (import.meta.main) process.exitCode = checkData();
