/** Strings of the detainees-held chart (labels, legends, units, captions, alt text), English. */
export const detaineesHeld = {};
