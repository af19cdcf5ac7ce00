/** Coordinates rounded to 0.1 px: smaller SVG, no visible difference, stable snapshots. */
export const round = (v: number): number => Math.round(v * 10) / 10;
