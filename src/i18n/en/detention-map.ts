/** Strings of the detention-map chart (labels, legends, units, captions, alt text), English. */
export const detentionMap = {};
