/** Strings of the wall-progress chart (labels, legends, units, captions, alt text), English. */
export const wallProgress = {};
