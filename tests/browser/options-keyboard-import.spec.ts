// QA's options-page findings, in the built extension: the reset question keeps the keyboard inside it like
// every other question; import errors are said once, by the page's own labels, with what to do; and the
// import question shows the brand here against the brand in the file.
import type { Worker } from '@playwright/test';
import { expect, setLocalStorage, test } from './harness';
import { HUGE_NUMBERS_FILE, HUGE_NUMBERS_PROBLEMS } from '../fixtures/settings-files';
import { chooseFile, teamPlan } from './options-page';

interface StorageGlobal {
  chrome: { storage: { local: { get(key?: string | null): Promise<Record<string, unknown>> } } };
}

async function everything(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => (globalThis as unknown as StorageGlobal).chrome.storage.local.get(null));
}

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

test('the reset question keeps Tab within it; Escape answers no and gives the focus back', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { plan: teamPlan() });
  const page = await session.openExtensionPage('options');
  const plan = page.getByRole('region', { name: 'Crisis plan' });
  const reset = plan.getByRole('button', { name: 'Reset to the default plan…' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const question = plan.getByRole('alertdialog');
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Not on to "Instance address" in the next section while the question waits.
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Yes, reset the plan' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Yes, reset the plan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(reset).toBeFocused();
  expect((await everything(worker)).plan).toEqual(teamPlan());
});

test('import errors: once each, by the labels of the page, with what to do; nothing changes', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { plan: teamPlan(), brand: BRAND, retentionDays: 45 });
  const page = await session.openExtensionPage('options');
  const section = page.getByRole('region', { name: 'Import and export settings' });
  const alert = section.getByRole('alert');
  const before = await everything(worker);

  await chooseFile(page, 'huge.json', HUGE_NUMBERS_FILE);
  await expect(alert).toBeFocused();
  await expect(alert.getByRole('listitem')).toHaveText(HUGE_NUMBERS_PROBLEMS);

  await chooseFile(page, 'long-brand.json', JSON.stringify({ version: 1, brand: { names: ['B'.repeat(300)] } }));
  await expect(alert.getByRole('listitem')).toHaveText([
    'Your brand › Brand names › item 1 (in the file: brand.names[0]): Too long: 300 characters, and at most 200 fit. Shorten it.',
  ]);

  // Chromium's own message for this one names no place at all.
  await chooseFile(page, 'edited.json', '{"version": 1, "brand": }');
  await expect(alert.getByRole('listitem')).toHaveText([
    'The file: Not valid JSON at line 1, column 25: a value is missing or not written as JSON there (text needs "double quotes"). Was the file edited by hand? Fix that spot in a text editor, or export the file again from Firebreak.',
  ]);

  const longTitle = teamPlan();
  longTitle.roles[0] = { ...longTitle.roles[0]!, title: 'T'.repeat(200) };
  await chooseFile(page, 'long-title.json', JSON.stringify({ version: 1, plan: longTitle }));
  await expect(alert.getByRole('listitem')).toHaveText([
    'Crisis plan › Role 1 › title (in the file: plan.roles[0].title): Too long: 200 characters, and at most 120 fit. Shorten it.',
  ]);
  await expect(section.getByRole('alertdialog')).toHaveCount(0);
  expect(await everything(worker)).toEqual(before);
});

test('the import question shows the brand names here against the file’s before anything is replaced', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: BRAND });
  const page = await session.openExtensionPage('options');
  const section = page.getByRole('region', { name: 'Import and export settings' });
  await chooseFile(page, 'teammate.json', JSON.stringify({ version: 1, brand: { names: ['Kettle Co'], handles: ['@brewly'] } }));
  const question = section.getByRole('alertdialog');
  await expect(question).toContainText('“teammate.json” is valid. Importing it replaces:');
  await expect(question.locator('li li')).toHaveText(['Brand names — now: Brewly; from the file: Kettle Co']);
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  expect((await everything(worker)).brand).toEqual(BRAND);
});
