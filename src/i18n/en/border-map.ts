/** Strings of the border-map chart (labels, legends, units, captions, alt text), English. */
export const borderMap = {};
