/**
 * The keys an object schema allows at a path, found by walking the Zod schema, so that an
 * unknown key can be answered with the nearest valid one.
 */
import type { z } from 'zod';
import type { PathPart } from '../problems.ts';

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  valueType?: unknown;
  element?: unknown;
  items?: unknown[];
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
};

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

/** Unwraps optional, nullable, default, readonly and pipe wrappers. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let def = defOf(s); def.innerType !== undefined || def.type === 'pipe'; def = defOf(s))
    s = def.innerType ?? def.in;
  return s;
}

function child(schema: unknown, part: PathPart): unknown {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return def.shape?.[String(part)];
  if (def.type === 'record') return def.valueType;
  if (def.type === 'array') return def.element;
  if (def.type === 'tuple') return def.items?.[Number(part)];
  if (def.type === 'union') return def.options?.map((o) => child(o, part)).find((c) => c !== undefined);
  return undefined;
}

export function allowedKeysAt(schema: z.ZodType, path: readonly PathPart[]): string[] {
  let node: unknown = schema;
  for (const part of path) {
    node = child(node, part);
    if (node === undefined) return [];
  }
  const def = defOf(unwrap(node));
  return def.type === 'object' ? Object.keys(def.shape ?? {}).filter((k) => k !== '$schema') : [];
}
