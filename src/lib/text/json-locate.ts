/**
 * Where a value sits in a JSON text: line and column (1-based) of the value at a path, or of the
 * deepest part of the path that exists (a missing field is reported at the object that lacks
 * it). A small scanner over already-valid JSON; it records positions, nothing else.
 */
export type JsonPath = readonly (string | number)[];

export interface Location {
  line: number;
  column: number;
}

export function locate(text: string, path: JsonPath): Location | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  /** Skips the value at i; returns the offset where the path's target starts, if inside it. */
  const value = (depth: number): number | undefined => {
    ws();
    const start = i;
    const want = path[depth];
    if (depth === path.length) {
      skip();
      return start;
    }
    if (text[i] === '{') {
      i++;
      let found: number | undefined;
      for (ws(); text[i] !== '}'; ws()) {
        const key = string();
        ws();
        i++; // :
        const at = value(key === want && found === undefined ? depth + 1 : Number.POSITIVE_INFINITY);
        if (key === want && found === undefined) found = at;
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
      return found ?? (depth < Number.POSITIVE_INFINITY ? start : undefined);
    }
    if (text[i] === '[') {
      i++;
      let found: number | undefined;
      for (let n = 0; ws(), text[i] !== ']'; n++) {
        const at = value(n === want ? depth + 1 : Number.POSITIVE_INFINITY);
        if (n === want) found = at;
        ws();
        if (text[i] === ',') i++;
      }
      i++;
      return found ?? start;
    }
    skip();
    return start;
  };
  /** Skips one scalar, or a whole object or array when depth is past the path. */
  const skip = () => {
    ws();
    if (text[i] === '"') return void string();
    if (text[i] === '{' || text[i] === '[') {
      let level = 0;
      do {
        if (text[i] === '"') {
          string();
          continue;
        }
        if (text[i] === '{' || text[i] === '[') level++;
        else if (text[i] === '}' || text[i] === ']') level--;
        i++;
      } while (level > 0 && i < text.length);
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  let offset: number | undefined;
  try {
    offset = value(0);
  } catch {
    return undefined;
  }
  return offset === undefined ? undefined : lineColumn(text, offset);
}

export function lineColumn(text: string, offset: number): Location {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Keys written twice in the same object, with the path of the second one. JSON.parse keeps the
 * last silently, so a pasted entry with an id already in use would replace the first unseen.
 */
export function duplicateKeys(text: string): { path: (string | number)[]; at: Location }[] {
  const out: { path: (string | number)[]; at: Location }[] = [];
  const stack: { keys: Set<string> | null; path: (string | number)[]; index: number; key?: string }[] = [];
  let i = 0;
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return [];
    return top.keys ? [...top.path, top.key!] : [...top.path, top.index];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      const top = stack.at(-1);
      // A string followed by ':' is a key of the enclosing object.
      let j = i;
      while (/\s/.test(text[j] ?? '')) j++;
      if (top?.keys && text[j] === ':') {
        const key = JSON.parse(text.slice(start, i)) as string;
        if (top.keys.has(key)) out.push({ path: [...top.path, key], at: lineColumn(text, start) });
        top.keys.add(key);
        top.key = key;
      }
      continue;
    }
    if (c === '{' || c === '[') stack.push({ keys: c === '{' ? new Set() : null, path: childPath(), index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && stack.at(-1)?.keys === null) stack.at(-1)!.index++;
    i++;
  }
  return out;
}
