import { defineConfig } from 'vitest/config';

// Four projects: pure code and data validation run together first (group 0); then the built
// site (group 1), whose tests rebuild dist/; then the browser (group 2), so that no browser test
// reads dist/ while a build test is swapping it. Build and browser share one build and server
// (test/setup/site.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'data',
          include: ['test/data/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/site.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/site.ts', 'test/setup/browser.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium at a time on a 2-core machine: axe is CPU-bound, and two files side by side
          // took as long as one after the other (tried).
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
