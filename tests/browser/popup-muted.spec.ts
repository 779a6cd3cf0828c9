// A mute has no end date: the popup says when desktop notifications are off, and its button, reached
// and pressed with the keyboard, opens the settings at the section that turns them back on.
import { seriousViolations } from './axe';
import { expect, setLocalStorage, test } from './harness';

test('muted notifications: the popup says so and leads to Desktop notifications in the settings', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), {
    brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] },
    alerting: { snoozedUntil: 0, muted: true },
  });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const line = popup.getByTestId('notifications-muted');
  await expect(line).toHaveText('Desktop notifications are off. Turn them on in the settings');
  expect(await seriousViolations(popup, '[data-testid="notifications-muted"]')).toEqual([]);

  // By keyboard: Tab reaches the button, Enter presses it.
  const button = line.getByRole('button', { name: 'Turn them on in the settings' });
  for (let presses = 0; presses < 10 && !(await button.evaluate((element) => element === document.activeElement)); presses++) {
    await popup.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  const opened = session.context.waitForEvent('page');
  // The popup closes itself once the tab is open, which may end the key press early.
  await popup.keyboard.press('Enter').catch(() => undefined);
  const options = await opened;
  await options.waitForURL(/\/options\.html#notifications$/);
  await options.waitForLoadState('load');

  const section = options.getByRole('region', { name: 'Desktop notifications' });
  await expect(section).toBeInViewport();
  const show = section.getByRole('checkbox', { name: 'Show a desktop notification when the level rises' });
  await expect(show).not.toBeChecked();
  // Keyboard users start from the section: the next Tab is its checkbox.
  await options.keyboard.press('Tab');
  await expect(show).toBeFocused();
  await options.keyboard.press('Space');
  await expect(show).toBeChecked();
  await expect(section.getByText('Desktop notifications are on.')).toBeVisible();
});

test('notifications on: no such line', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { alerting: { snoozedUntil: 0, muted: false } });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await expect(popup.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(popup.getByTestId('notifications-muted')).toHaveCount(0);
});
