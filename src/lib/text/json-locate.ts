/**
 * Where things sit in a JSON text, for editors' messages: the line and column (1-based) of the
 * value at a path, and the keys written twice in one object. The text is parsed by jsonc-parser
 * (the parser of VS Code's JSON support), which keeps every node's offset and every key, even
 * one written twice, where JSON.parse keeps only the last.
 */
import { type Node, parseTree } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface Location {
  line: number;
  column: number;
}

/**
 * The line and column of the value at a path, or of the deepest part of the path that exists (a
 * missing field is reported at the object that lacks it); undefined when the text holds no value.
 * Where a key is written twice, the first is followed, as an editor reading down the file would.
 */
export function locate(text: string, path: JsonPath): Location | undefined {
  let node = tree(text);
  if (!node) return undefined;
  for (const part of path) {
    const next = child(node, part);
    if (!next) break;
    node = next;
  }
  return lineColumn(text, node.offset);
}

export function lineColumn(text: string, offset: number): Location {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Keys written twice in the same object, with the path of the second one and where its key is.
 * JSON.parse keeps the last silently, so a pasted entry with an id already in use would replace
 * the first unseen.
 */
export function duplicateKeys(text: string): { path: (string | number)[]; at: Location }[] {
  const out: { path: (string | number)[]; at: Location }[] = [];
  const walk = (node: Node, path: (string | number)[]): void => {
    if (node.type === 'array') {
      for (const [i, item] of (node.children ?? []).entries()) walk(item, [...path, i]);
      return;
    }
    if (node.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) out.push({ path: [...path, key.value], at: lineColumn(text, key.offset) });
      seen.add(key.value);
      if (value) walk(value, [...path, key.value]);
    }
  };
  const root = tree(text);
  if (root) walk(root, []);
  return out;
}

/** The syntax tree of a JSON text (callers pass text JSON.parse has read), or undefined if there is none. */
function tree(text: string): Node | undefined {
  return parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
}

/** The value under an object's key (its first, if written twice) or at an array's index. */
function child(node: Node, part: string | number): Node | undefined {
  if (node.type === 'array' && typeof part === 'number') return node.children?.[part];
  if (node.type !== 'object') return undefined;
  const property = node.children?.find((p) => p.children?.[0]?.value === String(part));
  return property?.children?.[1];
}
