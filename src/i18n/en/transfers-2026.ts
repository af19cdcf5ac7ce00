/** Strings of the transfers-2026 chart (labels, legends, units, captions, alt text), English. */
export const transfers2026 = {};
