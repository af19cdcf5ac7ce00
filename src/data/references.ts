/**
 * Facts that page prose refers to by id. Validation checks they exist, so deleting or renaming
 * one is an editor-facing error, not a crash in the middle of a build.
 */
export const REFERENCED = {
  /** The length quoted by the January 2026 news report the site starts from. */
  newsLength: { file: 'border.json', path: ['lengths', 'gulan-2026-01'] },
} as const;
