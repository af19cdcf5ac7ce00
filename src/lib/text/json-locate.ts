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
      for (let n = 0; (ws(), text[i] !== ']'); n++) {
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
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
