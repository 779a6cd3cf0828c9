import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Test files of logic, run without a module graph of their own per file (see `projects`): no module mocks
 * and no stubbed globals here (a file with either belongs in a directory of `ui`, or as a .tsx file).
 */
const LOGIC = ['tests/unit/{analysis,build,coach,plan,sources,tracking}/**/*.test.ts', 'tests/unit/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Every test file is in one of the two projects (an include set here would add to both).
    projects: [
      {
        // Pure logic: the analyser, tracking, the plan, the coach's and the sources' rules. Their files share
        // one module graph per worker instead of importing the analyser's model and tables afresh for each
        // file (most of their time): 56 → 25 s for analysis and tracking here, 221 → 165 s for every unit test. Every test still gets a fresh
        // fake browser and IndexedDB (setup.ts).
        extends: true,
        test: { name: 'logic', include: LOGIC, isolate: false },
      },
      {
        // Pages, components and the content script: module mocks and a DOM per file, each file on its own.
        extends: true,
        test: { name: 'ui', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: [...LOGIC, '**/node_modules/**'] },
      },
    ],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine like CI's. The files
    // spend most of their time importing (the analyser's model and tables), which two workers overlap:
    // 5.0 → 3.5 minutes here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A time limit for a test that hangs, not a speed check (those are the benchmarks): the fuzz and
    // robustness tests run thousands of inputs and took 5.8 s against Vitest's 5 s default when the
    // machine was busy with other work.
    testTimeout: 30_000,
  },
});
