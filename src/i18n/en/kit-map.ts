/** Strings of the chart kit's map parts (scale bar, legend), English. */
export const kitMap = {
  /** The group holding a map's key. */
  legend: 'Legend',
  /** The scale bar's group, with its length already formatted ("100 km"). */
  scaleBar: (length: string) => `Scale bar: ${length}`,
};
