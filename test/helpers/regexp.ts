/**
 * One regular expression from pieces, so that a long pattern can be written over several lines:
 * `re(/^data\/border\.json › /, /lengths\.km: expected a number/m)`. The flags are the last piece's.
 */
export function re(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join(''), parts.at(-1)?.flags);
}
