// The browser-test harness: a fresh Chromium with the built extension for each test.
import { test as base } from '@playwright/test';
import { launchExtension, type ExtensionSession } from './launch';

export { readStore, setLocalStorage, workerNetworkLog, type ExtensionSession } from './launch';
export { expect } from '@playwright/test';

/** `test` with a fresh extension session per test. */
export const test = base.extend<{ session: ExtensionSession }>({
  // Playwright's fixture signature: the first parameter must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  session: async ({}, use) => {
    const session = await launchExtension();
    await use(session);
    await session.close();
  },
});

