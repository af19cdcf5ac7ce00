import type { Story } from './model.ts';

/** One scrollytelling section: its chart, the registered steps it shows and each step's prose. */
export interface StorySection {
  id: string;
  /** The heading, from the story model where it says something data knows. */
  heading: (s: Story) => string;
  chart: string;
  steps: { state: string; text: (s: Story) => string[] }[];
}
