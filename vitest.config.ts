import { defineConfig } from 'vitest/config';

// Theorem files are independent, so vitest spreads them over forked workers (one per core).
// Property runs are CPU-bound; a generous per-test timeout keeps a slow 2-core machine green
// without hiding a hang (fast-check's own interruptAfterTimeLimit is not used: runs are counted,
// never timed, so a seed gives the same verdict on every machine). isolate: false lets the test
// files of one worker share the module cache (import time fell from ~60 s to ~4 s); the setup
// file pins fast-check's global seed so unit-test properties are deterministic too.
export default defineConfig({
  test: {
    include: ['properties/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['src/harness/vitestSetup.ts'],
    pool: 'forks',
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'properties/**/*.ts'],
      exclude: ['**/*.test.ts', 'src/cli/**'],
      reporter: ['text-summary', 'html'],
    },
  },
});
