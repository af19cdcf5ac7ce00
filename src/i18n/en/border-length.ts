/** Strings of the border-length chart (labels, legends, units, captions, alt text), English. */
export const borderLength = {};
