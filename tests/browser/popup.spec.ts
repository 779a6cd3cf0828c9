// The popup as a user sees it: declared incidents keep the alert's platform, the step count is what
// it lists, a failed copy shows the text, a far-off snooze reads sensibly, and page text never widens it.
import type { Page } from '@playwright/test';
import { BREWLY, seedCrisis } from './seed';
import { expect, readStore, setLocalStorage, test } from './harness';

/** X at crisis, and Reddit watching. */
const PLATFORMS = (now: number, reason: string) => [
  { platform: 'reddit', level: 'watch', since: now - 30 * 60_000, reason: 'watch', baselineReady: true },
  { platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason, baselineReady: true },
];
const LONG_REASON = `64 mentions in the last 15 minutes, 21× normal; about: ${'supercalifragilisticexpialidocious'.repeat(3)}, kettle`;


const overflow = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

test('an incident declared from the popup keeps the platform of the alert, by name in the post-mortem', async ({ session }) => {
  const dashboard = await seedCrisis(session, { platforms: PLATFORMS });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  await expect(incident.getByRole('heading', { name: 'Spike on X' })).toBeVisible();

  const [stored] = await readStore<{ title: string; platform?: string }>(await session.serviceWorker(), 'firebreak', 'incidents');
  expect(stored).toMatchObject({ title: 'Spike on X', platform: 'x' });

  await dashboard.reload();
  // While the incident is open its post-mortem is folded away, for after.
  await dashboard.getByText('The post-mortem, for after the incident').click();
  await dashboard.getByRole('button', { name: 'Show the report' }).click();
  const report = (await dashboard.getByTestId('post-mortem-markdown').textContent()) ?? '';
  expect(report).toContain('- **Platform:** X\n');
});

test('the step count is the count of the steps listed', async ({ session }) => {
  await seedCrisis(session, { platforms: PLATFORMS });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  const steps = incident.getByRole('checkbox');
  await expect(steps.first()).toBeVisible();
  const listed = await steps.count();
  const count = incident.getByText(/\d+ of \d+ steps done/);
  await expect(count).toHaveText(new RegExp(`^\\s*0 of ${listed} steps done · 2 more once it is resolved$`));
  await steps.nth(0).check();
  await expect(count).toHaveText(new RegExp(`^\\s*1 of ${listed} steps done`));
});

test('when the clipboard refuses, the text is shown selected, to copy by hand', async ({ session }) => {
  await seedCrisis(session, { platforms: PLATFORMS });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await popup.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await popup.getByRole('button', { name: 'Copy internal update' }).click();
  await expect(popup.getByRole('status')).toHaveText('Could not copy to the clipboard: copy the text below by hand.');
  const text = popup.getByRole('textbox', { name: 'Internal update' });
  await expect(text).toBeFocused();
  await expect(text).toHaveJSProperty('readOnly', true);
  expect(await text.inputValue()).toContain('Spike on X');
  expect(await text.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart)).toBe((await text.inputValue()).length);
  expect((await overflow(popup)).scroll).toBeLessThanOrEqual((await overflow(popup)).client);
  await popup.getByRole('button', { name: 'Done' }).click();
  await expect(text).toBeHidden();
  await expect(popup.getByRole('button', { name: 'Copy internal update' })).toBeFocused();
});

test('a snooze with no date to show reads as one with no end, and can be resumed', async ({ session }) => {
  // With a brand set: with none there is nothing to alert about, and no snooze is offered.
  await setLocalStorage(await session.serviceWorker(), { alerting: { snoozedUntil: Number.MAX_SAFE_INTEGER, muted: false }, brand: BREWLY });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const resume = popup.getByRole('button', { name: 'Alerts snoozed with no end date — resume' });
  await expect(resume).toBeVisible();
  await expect(popup.locator('body')).not.toContainText('Invalid Date');
  await resume.click();
  await expect(popup.getByRole('button', { name: 'Snooze alerts for an hour' })).toBeVisible();
});

test('a long word in the reason never widens the popup', async ({ session }) => {
  await seedCrisis(session, { reason: LONG_REASON, platforms: PLATFORMS });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await expect(popup.getByTestId('level-reason')).toContainText('supercalifragilistic');
  expect((await overflow(popup)).scroll).toBeLessThanOrEqual(360);
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await expect(popup.getByTestId('incident')).toBeVisible();
  expect((await overflow(popup)).scroll).toBeLessThanOrEqual(360);
});

test('Open dashboard, pressed again, brings the dashboard already open to the front instead of opening another', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BREWLY });
  const dashboards = () => session.context.pages().filter((page) => page.url().startsWith(`chrome-extension://${session.extensionId}/dashboard.html`));
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const opened = session.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open dashboard' }).click();
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  // Pressed again: the popup closes once the dashboard is in front, and no other page has opened by then.
  const again = await session.openExtensionPage('popup', { width: 360, height: 600 });
  const closed = again.waitForEvent('close');
  await again.getByRole('button', { name: 'Open dashboard' }).click();
  await closed;
  expect(dashboards()).toEqual([dashboard]);
});
