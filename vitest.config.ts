import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
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
