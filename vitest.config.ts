/**
 * Vitest configuration: two projects.
 *
 * - `unit`: everything under `test/` except `test/e2e/`, in Node.
 * - `e2e`: `test/e2e/`, which drives the built game in the system Chromium. Its global setup
 *   builds the game in test mode and serves it on localhost (`test/e2e/support/global-setup.ts`).
 *   It runs after `unit`, one file at a time, with timeouts meant for a slow, busy machine. (Two at
 *   a time were tried: on the 2-core machine each file then took about twice as long, 1,925 s
 *   summed against 923 s one at a time, so the suite gained nothing.)
 *
 * Both projects extend the Vite configuration (same `define`s as the game). The summary
 * reporter prints `N passed, N failed` as the last line of every run.
 */
import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import { createViteConfig } from './vite.config.js';

export default defineConfig((env) =>
  mergeConfig(
    createViteConfig({ ...env, mode: 'test' }),
    defineConfig({
      test: {
        reporters: ['default', './scripts/summary-reporter.ts'],
        projects: [
          {
            extends: true,
            test: {
              name: 'unit',
              environment: 'node',
              include: ['test/**/*.test.ts'],
              exclude: ['test/e2e/**', '**/node_modules/**'],
              // One worker per core: Vitest's default leaves a core to its main process, which
              // here has little to do, so on a 2-core machine the unit files ran one at a time.
              // And each worker imports the domain once for all its files, rather than once per
              // file: the tests keep no state between files (no module mocks; fake timers are undone).
              // Quiet, the project took 225 s before, 157 s with two workers, 70 s with both.
              maxWorkers: availableParallelism(),
              isolate: false,
              testTimeout: 30_000,
              hookTimeout: 60_000,
              sequence: { groupOrder: 0 },
            },
          },
          {
            extends: true,
            test: {
              name: 'e2e',
              environment: 'node',
              include: ['test/e2e/**/*.test.ts'],
              globalSetup: ['test/e2e/support/global-setup.ts'],
              setupFiles: ['test/e2e/support/close-browser.ts'],
              fileParallelism: false,
              // One worker imports Playwright and the domain once for every file, rather than
              // once per file (about 2 s a file, over 40 files). Each file still gets its own
              // Chromium (`close-browser.ts`) and its own pages, so no page state is shared.
              isolate: false,
              testTimeout: 180_000,
              hookTimeout: 300_000,
              sequence: { groupOrder: 1 },
            },
          },
        ],
      },
    }),
  ),
);
