/**
 * The charts' type scale, one per artboard: sizes in SVG units (= CSS px at the artboard's own
 * width). Every chart takes its sizes from here, so text is the same size from chart to chart.
 */
export interface TypeScale {
  /** Headings, key labels and figures. */
  base: number;
  /** Secondary labels, ticks, legends, notes. */
  small: number;
  /** Country names on maps (letter-spaced capitals). */
  country: number;
  /** The radius of a numbered map marker. */
  marker: number;
  /** Distance between the baselines of wrapped lines, in ems. */
  lineHeight: number;
}

/** Artboards narrower than this are phone artboards. */
export const NARROW_BELOW = 520;

export const TYPE: { narrow: TypeScale; wide: TypeScale } = {
  narrow: { base: 11, small: 10, country: 12, marker: 8, lineHeight: 1.3 },
  wide: { base: 13, small: 12, country: 16, marker: 10, lineHeight: 1.3 },
};

export const isNarrow = (width: number): boolean => width < NARROW_BELOW;

export const typeScale = (width: number): TypeScale => (isNarrow(width) ? TYPE.narrow : TYPE.wide);
