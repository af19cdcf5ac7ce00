/** A scratch copy of data/ for one test to corrupt, and a digest of a folder to prove it unchanged. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface DataCopy {
  dir: string;
  read(file: string): unknown;
  write(file: string, value: unknown): void;
  writeText(file: string, text: string): void;
  edit(file: string, change: (json: any) => void): void;
  remove(): void;
}

export function copyData(from = 'data'): DataCopy {
  const dir = mkdtempSync(join(tmpdir(), 'frontier-data-'));
  cpSync(from, dir, { recursive: true });
  const copy: DataCopy = {
    dir,
    read: (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')),
    write: (file, value) => writeFileSync(join(dir, file), JSON.stringify(value, null, 2)),
    writeText: (file, text) => writeFileSync(join(dir, file), text),
    edit: (file, change) => {
      const json = copy.read(file);
      change(json);
      copy.write(file, json);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return copy;
}

/** SHA-256 over every file's path, size and bytes under dir: equal digests, identical trees. */
export function digestTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${relative(dir, path)}\0`).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
