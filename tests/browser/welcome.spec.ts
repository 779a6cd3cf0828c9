// First run: a fresh install opens the settings at the brand, the first thing to set up (QA: nothing
// opened, and the toolbar button hides in the extensions menu). That an update or a reload opens nothing
// is welcomeSection's unit test: this Chromium cannot reload an extension loaded from the command line.
import { expect, test } from '@playwright/test';
import { launchExtension } from './launch';

test('a fresh install opens the settings at the brand, in view and first for the keyboard', async () => {
  const session = await launchExtension({ keepWelcome: true });
  try {
    const welcome = session.welcome;
    expect(welcome, 'no tab opened on install').not.toBeNull();
    await welcome!.waitForURL(`chrome-extension://${session.extensionId}/options.html#brand`);
    await expect(welcome!.getByRole('heading', { level: 2, name: 'Your brand' })).toBeInViewport();
    await welcome!.keyboard.press('Tab');
    await expect(welcome!.getByRole('textbox', { name: 'Brand names' })).toBeFocused();
    // One tab, not one per start of the worker.
    await welcome!.waitForTimeout(1_000);
    expect(session.context.pages().filter((page) => page.url().startsWith('chrome-extension://'))).toHaveLength(1);
  } finally {
    await session.close();
  }
});
