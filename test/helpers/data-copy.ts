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
  /** Writes raw bytes: what an editor saving in another encoding than UTF-8 leaves behind. */
  writeBytes(file: string, bytes: Uint8Array): void;
  // biome-ignore lint/suspicious/noExplicitAny: tests reshape data files freely, as untyped JSON, to break them.
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
    writeBytes: (file, bytes) => writeFileSync(join(dir, file), bytes),
    edit: (file, change) => {
      const json = copy.read(file);
      change(json);
      copy.write(file, json);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return copy;
}

/**
 * Replaces the first `find` in a copied file with `replace` encoded as Windows-1252 (Latin-1),
 * one byte per character, the rest of the file staying UTF-8: a paste saved by an editor set to
 * the wrong encoding.
 */
export function latin1Edit(copy: DataCopy, file: string, find: string, replace: string): void {
  const text = readFileSync(join(copy.dir, file), 'utf8');
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`${file} has no ${JSON.stringify(find)} to replace`);
  copy.writeBytes(
    file,
    Buffer.concat([
      Buffer.from(text.slice(0, at), 'utf8'),
      Buffer.from(replace, 'latin1'),
      Buffer.from(text.slice(at + find.length), 'utf8'),
    ]),
  );
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
