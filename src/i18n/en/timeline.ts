/** Strings of the timeline chart (labels, legends, units, captions, alt text), English. */
export const timeline = {};
