// The options page's own checks, in the built extension: thresholds that take sensible values and say
// what is wrong, a settings file that cannot mute a teammate or empty the brand, notifications that
// can be turned back on, team alerts that name a missing site permission and ask for it again, a wipe
// that says what it deleted, and Mastodon instances that are not the built-in platforms.
import type { Worker } from '@playwright/test';
import { demoMentions, seedStores } from './seed';
import { seriousViolations } from './axe';
import { expect, readStore, setLocalStorage, test } from './harness';
import { chooseFile } from './options-page';
import { permissionRequests, recordPermissions } from './permissions';

// The permission recorder is the browser's (an init script on every page): a browser of these tests' own.
test.use({ freshBrowser: true });

interface StorageGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as StorageGlobal).chrome.storage.local.get(name))[name], key);
}

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

const requests = permissionRequests;

test('thresholds: sensible values save, an emptied field stays empty, and every refusal is said in the section', async ({ session }) => {
  const worker = await session.serviceWorker();
  const page = await session.openExtensionPage('options');
  const section = page.locator('section[aria-labelledby="thresholds"]');
  const status = section.locator(':scope > p.status');
  const coolDown = section.locator('input[name="coolDownMinutes"]');
  const watch = section.locator('input[name="watchMultiple"]');
  const save = section.getByRole('button', { name: 'Save thresholds' });

  // Cleared with the keyboard: it stays empty (it used to turn into "0" at once).
  await coolDown.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(coolDown).toHaveValue('');
  await save.click();
  await expect(status).toHaveText('Enter a number in “Cool-down after an alert, minutes” (it is empty, or not a number).');
  await expect(coolDown).toBeFocused();
  await expect(coolDown).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(worker, 'thresholds')).toBeUndefined();

  // Values between the old steps.
  await page.keyboard.type('7');
  await watch.fill('1.25');
  await save.click();
  await expect(status).toHaveText('✓ Saved.');
  expect(await stored(worker, 'thresholds')).toMatchObject({ preset: 'custom', coolDownMinutes: 7, watchMultiple: 1.25 });

  // Absurd values and a calm time below the rule: refused in words, nothing saved.
  await watch.fill('99999999999');
  await section.locator('input[name="crisisMultiple"]').fill('99999999999');
  await section.locator('input[name="minimumVolume"]').fill('99999999999');
  await section.locator('input[name="calmMinutes"]').fill('0');
  await save.click();
  await expect(status).toHaveText(
    'The watch multiple can be at most 100× normal. The crisis multiple can be at most 100× normal. The minimum volume can be at most 100,000 mentions. A level needs at least 5 calm minutes to step down.',
  );
  await expect(watch).toBeFocused();
  await expect(section.locator('input[name="calmMinutes"]')).toHaveAttribute('min', '5');
  expect(await seriousViolations(page, 'section[aria-labelledby="thresholds"]')).toEqual([]);
  expect(await stored(worker, 'thresholds')).toMatchObject({ coolDownMinutes: 7, watchMultiple: 1.25 });
});

test('settings file: someone else’s mute and snooze are not imported, an empty brand is refused; a mute can be turned off here', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: BRAND });
  const page = await session.openExtensionPage('options');
  const file = page.getByRole('region', { name: 'Import and export settings' });
  const choose = (name: string, body: unknown) => chooseFile(page, name, JSON.stringify(body));

  await choose('team.json', { format: 'firebreak-settings', version: 1, retentionDays: 60, alerting: { muted: true, snoozedUntil: 9007199254740991 } });
  await expect(file.getByRole('alertdialog')).toContainText("The file also holds someone's notification mute or snooze. That is not imported");
  await expect(file.getByRole('alertdialog').getByRole('listitem')).toHaveText(['Retention — now: 30 days; from the file: 60 days']);
  await file.getByRole('button', { name: 'Replace these settings' }).click();
  await expect(file.getByRole('status')).toHaveText('✓ Imported: Retention.');
  expect(await stored(worker, 'retentionDays')).toBe(60);
  expect(await stored(worker, 'alerting')).toBeUndefined();

  await choose('brand.json', { format: 'firebreak-settings', version: 1, brand: {} });
  await expect(file.getByRole('alert')).toContainText('“brand.json” was not imported, and nothing has changed.');
  await expect(file.getByRole('alert').getByRole('listitem')).toHaveText([
    'Your brand (in the file: brand): This brand has no names, handles, hashtags or products, so Firebreak would stop listening. Add at least one (for example "names": ["Brewly"]), or delete "brand" from the file to keep your current brand.',
  ]);
  expect(await stored(worker, 'brand')).toEqual(BRAND);

  // A mute set elsewhere (by an older import, say) shows here and is turned off from the keyboard.
  await setLocalStorage(worker, { alerting: { muted: true, snoozedUntil: 0 } });
  const notifications = page.getByRole('region', { name: 'Desktop notifications' });
  const show = notifications.getByRole('checkbox', { name: 'Show a desktop notification when the level rises' });
  await expect(show).not.toBeChecked();
  await expect(notifications).toContainText('Desktop notifications are off (muted)');
  expect(await seriousViolations(page, 'section[aria-labelledby="notifications"]')).toEqual([]);
  await show.focus();
  await page.keyboard.press('Space');
  await expect(show).toBeChecked();
  await expect(notifications).toContainText('Desktop notifications are on.');
  expect(await stored(worker, 'alerting')).toEqual({ muted: false, snoozedUntil: 0 });
});

test('team alerts without the site permission: says so, and "Allow" asks for it again', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, {
    teamAlerts: { enabled: true, kind: 'slack', url: 'https://hooks.example.com/services/T000/B000/XXXXSECRET', levelChanges: true, internalUpdates: true },
  });
  await recordPermissions(session, { grant: true, answerContains: true });
  const page = await session.openExtensionPage('options');
  const section = page.locator('section[aria-labelledby="team-alerts"]');
  await expect(section).toContainText('Firebreak is not allowed to reach hooks.example.com any more, so no team alert can be sent.');

  await section.getByRole('button', { name: 'Send test message' }).click();
  await expect(section.locator(':scope > p.status')).toHaveText(
    'Nothing was sent: Firebreak is not allowed to reach hooks.example.com. Choose Allow hooks.example.com, then Allow when the browser asks.',
  );
  await expect(section).not.toContainText('Save an address first');
  await expect(section.locator('[data-team-alerts-status]')).not.toContainText('source');
  const allow = section.getByRole('button', { name: 'Allow hooks.example.com' });
  await expect(allow).toBeFocused();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, 'section[aria-labelledby="team-alerts"]'), colorScheme).toEqual([]);
  }

  await page.keyboard.press('Enter');
  expect(await requests(page)).toEqual([{ origins: ['https://hooks.example.com/*'] }]);
  await expect(section).toContainText('hooks.example.com is allowed again. Send a test message to check.');
  await expect(allow).toHaveCount(0);
  expect(session.extensionRequests()).toEqual([]);
});

test('deleting all stored data says what was deleted, and deletes the webhook address', async ({ session }) => {
  const worker = await session.serviceWorker();
  // Left in storage.local by an earlier version: the page moves it to the secrets store when it reads it.
  await setLocalStorage(worker, { teamAlerts: { enabled: true, kind: 'slack', url: 'https://hooks.example.com/services/T000/B000/XXXXSECRET', levelChanges: true, internalUpdates: true } });
  const page = await session.openExtensionPage('options');
  await expect(page.locator('section[aria-labelledby="team-alerts"]')).toContainText('Saved: https://hooks.example.com/…CRET');
  await seedStores(page, { mentions: demoMentions(Date.now(), 1, 2, 0) });
  const section = page.locator('section[aria-labelledby="data"]');
  await section.getByRole('button', { name: 'Delete all stored data…' }).click();
  await section.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(section.locator(':scope > p.status')).toHaveText(
    /^✓ All stored data deleted \(mentions: [1-9]\d*, posts seen: \d+, alerts: \d+, label corrections: \d+\), with the learned baseline and the team-alerts webhook address\. Your other settings, plan and incident records are unchanged\.$/,
  );
  await expect(section.getByRole('button', { name: 'Delete all stored data…' })).toBeFocused();
  expect(await readStore(worker, 'firebreak-secrets', 'secrets')).toEqual([]);
  expect(await stored(worker, 'teamAlerts')).toEqual({ enabled: false, kind: 'slack', levelChanges: true, internalUpdates: true });
  await expect(page.locator('input[name="team-alerts-url"]')).toBeVisible();
});

test('Mastodon instances: a built-in platform is refused without asking for its permission; a bad host is refused as typed', async ({ session }) => {
  await recordPermissions(session, { grant: true, answerContains: true });
  const page = await session.openExtensionPage('options');
  const section = page.locator('section[aria-labelledby="instances"]');
  const status = section.locator(':scope > p.status');
  const input = section.locator('input[name="instance"]');
  const add = section.getByRole('button', { name: 'Add instance' });

  await input.fill('x.com');
  await add.click();
  await expect(status).toHaveText('x.com is X, not a Mastodon instance: Firebreak reads X already (Badges and platforms). Add only Mastodon servers here.');
  await input.fill('https://www.reddit.com/r/brewly');
  await add.click();
  await expect(status).toContainText('www.reddit.com is Reddit, not a Mastodon instance');
  await input.fill('exa mple.org');
  await add.click();
  await expect(status).toHaveText('“exa mple.org” is not a public host name. Type it as social.example.org.');
  expect(await requests(page)).toEqual([]);
  expect(await stored(await session.serviceWorker(), 'mastodonHosts')).toBeUndefined();

  // An instance is still added, with its own permission.
  await input.fill('social.example.org');
  await add.click();
  await expect(status).toHaveText('✓ Saved.');
  expect(await requests(page)).toEqual([{ origins: ['https://social.example.org/*'] }]);
});
