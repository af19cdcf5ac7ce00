/** Strings of the chart kit's marks (claims and uncertainty, legends, axes), English. */
export const kitMarks = {};
