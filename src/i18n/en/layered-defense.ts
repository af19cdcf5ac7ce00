/** Strings of the layered-defense chart (labels, legends, units, captions, alt text), English. */
export const layeredDefense = {};
