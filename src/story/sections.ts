/**
 * The story's scrollytelling sections in reading order: which chart each uses, which of its
 * registered steps, and the prose of each step. Prose is ours; every figure and date in it comes
 * from data, through the story model (src/story/facts.ts, figures.ts, attribution.ts, words.ts).
 * Step numbers (#step-<n>) run through the page in this order.
 */
import { BORDER_SECTIONS } from './sections/border.ts';
import { CRISIS_SECTIONS } from './sections/crisis.ts';
import { DEFENCE_SECTIONS } from './sections/defence.ts';
import { RETURNS_SECTIONS } from './sections/returns.ts';
import type { StorySection } from './section.ts';

export type { StorySection };

export const SECTIONS: StorySection[] = [
  ...BORDER_SECTIONS,
  ...DEFENCE_SECTIONS,
  ...CRISIS_SECTIONS,
  ...RETURNS_SECTIONS,
];
