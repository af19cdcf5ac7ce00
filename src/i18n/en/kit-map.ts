/** Strings of the chart kit's map parts (scale bar, place labels), English. */
export const kitMap = {};
