/**
 * A label request (placer.ts) for a plain piece of text at a point or beside a box: the text
 * wrapped at a measured width (text.ts), one version, every line at one size and weight.
 */
import { pointBox, type Box } from './box.ts';
import { LEADING, type LabelRequest, type Side } from './placer.ts';
import { wrap } from './text.ts';

export interface TextLabel {
  /** A point (px) or the box the label belongs to. */
  at: readonly [number, number] | Box;
  text: string;
  size: number;
  weight?: number;
  /** Wrap at this width, px; one line when omitted. */
  maxWidth?: number;
  /** Also try the text on one line when the wrapped version fits nowhere (a wide short label). */
  oneLine?: boolean;
  className: string;
  sides: readonly Side[];
  /** Distances from the anchor, px; beyond the first the label gets a leader line. */
  gaps?: readonly number[];
  /** Moves of the anchor to try when nothing fits beside it (see LabelRequest.shifts). */
  shifts?: LabelRequest['shifts'];
  bounds: Box;
  required?: boolean;
}

export function textLabel(o: TextLabel): LabelRequest {
  const style = o.weight === undefined ? {} : { weight: o.weight };
  const wrapped = o.maxWidth === undefined ? [o.text] : wrap(o.text, o.size, o.maxWidth, style);
  const versions = o.oneLine && wrapped.length > 1 ? [wrapped, [o.text]] : [wrapped];
  return {
    anchor: 'x0' in o.at ? o.at : pointBox(o.at),
    versions: versions.map((lines) => lines.map((text) => ({ text, size: o.size, ...style }))),
    sides: o.sides,
    gaps: o.gaps,
    shifts: o.shifts,
    bounds: o.bounds,
    className: o.className,
    required: o.required,
  };
}

/**
 * The anchor for a label hung from the top of a vertical rule at x (an event's date line): with
 * side "right-down" or "left-down" the label's first line starts `drop` px below `top`.
 */
export function ruleTop(x: number, top: number, size: number, drop = 4): Box {
  const line = size * LEADING;
  return { x0: x - 1, x1: x + 1, y0: top + drop, y1: top + drop + line };
}

/** A maker of text labels sharing a chart's defaults (bounds, size, wrap width, gaps). */
export function textLabels(defaults: Omit<TextLabel, 'at' | 'text' | 'className' | 'sides'>) {
  return (at: TextLabel['at'], text: string, className: string, sides: readonly Side[], o: Partial<TextLabel> = {}) =>
    textLabel({ ...defaults, at, text, className, sides, ...o });
}
