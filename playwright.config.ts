import { defineConfig } from '@playwright/test';

// Browser tests of the built extension (`wxt build` runs first, see package.json).
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  // Each test launches its own Chromium with the extension: two at once is what two cores take.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry, in a new worker (a new browser), everywhere: the list reporter marks a test that passed on
  // its retry as flaky, and a test that fails twice fails the run. Once in 4 runs of the suite with a
  // browser per worker, one test's click waited for the page's frames until its time ran out (cause not
  // found; it passed in every run before and after).
  retries: 1,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
