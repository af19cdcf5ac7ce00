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

/**
 * The artboards every chart is drawn at, narrowest first. The phone artboard is drawn at the
 * narrowest phone's width (320 px) and shown edge to edge, so its sizes are the smallest a reader
 * sees: 12 units are 12 px at 320 px and about 14.6 px at 390 px. The wide one is the desktop
 * column's.
 */
export const ARTBOARDS: readonly number[] = [320, 720];

/** Artboards narrower than this are phone artboards. */
export const NARROW_BELOW = 520;

/**
 * The phone artboard's tallest drawing that still keeps 12-unit text at 11 px or more on a
 * 320 × 640 screen, where the story's pinned graphic may take 62% of the height (397 px).
 */
export const NARROW_MAX_HEIGHT = 430;

export const TYPE: { narrow: TypeScale; wide: TypeScale } = {
  narrow: { base: 13, small: 12, country: 12, marker: 9, lineHeight: 1.25 },
  wide: { base: 13, small: 12, country: 16, marker: 10, lineHeight: 1.3 },
};

export const isNarrow = (width: number): boolean => width < NARROW_BELOW;

export const typeScale = (width: number): TypeScale => (isNarrow(width) ? TYPE.narrow : TYPE.wide);
