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
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
});
