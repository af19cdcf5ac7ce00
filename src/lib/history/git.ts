/**
 * The published history of some files: every commit that touched them, oldest first, with the
 * files' text at that commit. Null when there is no history to read (no git, not a repository,
 * or a shallow clone whose early history is missing): callers fall back to what the data says.
 */
import { spawnSync } from 'node:child_process';

export interface Revision {
  commit: string;
  /** Commit date, YYYY-MM-DD (the committer's, as published). */
  date: string;
  subject: string;
  /** Each file's text at this commit, or null where it did not exist yet. */
  files: Map<string, string | null>;
}

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

export function fileHistory(root: string, dir: string, paths: readonly string[]): Revision[] | null {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return null;
  if (git(root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true') return null;
  const log = git(root, ['log', '--reverse', '--format=%H%x09%cs%x09%s', '--', dir]);
  if (log.status !== 0) return null;
  const commits = log.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date, ...subject] = line.split('\t');
      return { commit: commit!, date: date!, subject: subject.join('\t') };
    });
  if (!commits.length) return [];
  // One `git cat-file --batch` for every file at every commit, instead of a process each.
  const requests = commits.flatMap((c) => paths.map((p) => `${c.commit}:${dir}/${p}`));
  // Bytes, not text: the batch gives sizes in bytes.
  const out = spawnSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: `${requests.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (out.status !== 0) return null;
  const bytes = out.stdout;
  let at = 0;
  const texts: (string | null)[] = [];
  for (let i = 0; i < requests.length; i++) {
    const end = bytes.indexOf(10, at);
    const header = bytes.subarray(at, end).toString('utf8');
    at = end + 1;
    const m = / blob (\d+)$/.exec(header);
    if (!m) {
      texts.push(null);
      continue;
    }
    const size = Number(m[1]);
    texts.push(bytes.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return commits.map((c, k) => ({ ...c, files: new Map(paths.map((p, j) => [p, texts[k * paths.length + j]!])) }));
}
