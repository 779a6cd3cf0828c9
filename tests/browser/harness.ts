// The browser-test harness: a fresh install of the built extension for each test, in a Chromium each
// worker keeps (see launchHost), or in a Chromium of the test's own (`test.use({ freshBrowser: true })`).
import { test as base } from '@playwright/test';
import { launchExtension, launchHost, type ExtensionHost, type ExtensionSession } from './launch';

export { readStore, setLocalStorage, workerNetworkLog, type ExtensionSession } from './launch';
export { expect } from '@playwright/test';

interface TestFixtures {
  session: ExtensionSession;
  /**
   * A browser of the test's own, for tests that change the browser itself: an init script on every page
   * (recordPermissions) or routes of their own would outlive them in a shared one.
   */
  freshBrowser: boolean;
}

/** `test` with a fresh extension session per test. */
export const test = base.extend<TestFixtures, { host: Pick<ExtensionHost, 'install'> }>({
  freshBrowser: [false, { option: true }],
  // One Chromium per Playwright worker, started on first use. A failed test ends its worker, and with it
  // this browser: the next test starts in a new one.
  host: [
    // Playwright's fixture signature: the first parameter must be a destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      let host: ExtensionHost | undefined;
      await use({ install: async () => (host ??= await launchHost()).install() });
      await host?.close();
    },
    { scope: 'worker' },
  ],
  session: async ({ freshBrowser, host }, use) => {
    const session = freshBrowser ? await launchExtension() : await host.install();
    await use(session);
    await session.close();
  },
});
