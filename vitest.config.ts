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
  },
});
