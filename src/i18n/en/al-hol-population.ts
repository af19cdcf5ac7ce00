/** Strings of the al-hol-population chart (labels, legends, units, captions, alt text), English. */
export const alHolPopulation = {};
