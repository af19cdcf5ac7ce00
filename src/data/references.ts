/**
 * Facts that page prose refers to by id. Validation checks they exist, so deleting or renaming
 * one is an editor-facing error, not a crash in the middle of a build.
 */
export const REFERENCED = {
  /** The length quoted by the January 2026 news report the site starts from. */
  newsLength: { file: 'border.json', path: ['lengths', 'gulan-2026-01'] },
  /** The al-Hol chart marks when Iraq began bringing citizens home, and the handover. */
  alHolReturnsBegin: { file: 'events.json', path: ['events', 'al-hol-returns-begin-2021'] },
  alHolHandover: { file: 'events.json', path: ['events', 'al-hol-handover-2026'] },
} as const;
