/** Makes sure a Chromium exists before any browser test runs, and hands its path to the tests. */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../src/cli/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export function setup(project: TestProject): void {
  project.provide('chromiumPath', ensureChromium());
}
