/** Strings of the repatriations chart (labels, legends, units, captions, alt text), English. */
export const repatriations = {};
