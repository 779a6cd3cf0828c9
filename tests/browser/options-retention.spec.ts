// The retention field in the built extension, as the threshold fields: cleared, it stays empty (it used
// to turn into "0" at once), and a refusal is said in the section's status line, not only in the
// browser's own bubble, with the field marked and focused and nothing saved.
import type { Worker } from '@playwright/test';
import { expect, setLocalStorage, test } from './harness';

interface StorageGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as StorageGlobal).chrome.storage.local.get(name))[name], key);
}

test('retention: an emptied field stays empty, every refusal is said in the section, a good value saves', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { retentionDays: 45 });
  const page = await session.openExtensionPage('options');
  const section = page.getByRole('region', { name: 'Retention' });
  const status = section.locator(':scope > p.status');
  const days = section.getByRole('spinbutton', { name: 'Keep mentions for (days)' });
  const save = section.getByRole('button', { name: 'Save retention' });
  await expect(days).toHaveValue('45');

  // Cleared with the keyboard: it stays empty, and Enter in the field says what to do.
  await days.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(days).toHaveValue('');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Choose a whole number of days from 1 to 365.');
  await expect(days).toBeFocused();
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  await expect(days).toHaveAttribute('aria-describedby', (await status.getAttribute('id'))!);
  await expect(days).toHaveValue('');
  expect(await stored(worker, 'retentionDays')).toBe(45);

  // Out of the field's range: the browser's own check used to stop the form with only its bubble.
  await days.fill('400');
  await expect(days).not.toHaveAttribute('aria-invalid');
  await save.click();
  await expect(status).toHaveText('Choose a whole number of days from 1 to 365.');
  await expect(days).toBeFocused();
  expect(await stored(worker, 'retentionDays')).toBe(45);

  await days.fill('90');
  await save.click();
  await expect(status).toHaveText('✓ Saved.');
  await expect(days).not.toHaveAttribute('aria-invalid');
  expect(await stored(worker, 'retentionDays')).toBe(90);
});
