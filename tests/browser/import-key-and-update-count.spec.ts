// In the built extension: a settings file with "__proto__" as a lexicon word is refused by name and
// changes nothing (its brand words named "__proto__" are ordinary words); the internal update the popup
// copies counts the steps as the popup shows them.
import type { Worker } from '@playwright/test';
import { expect, setLocalStorage, test } from './harness';
import { chooseFile } from './options-page';

interface StorageGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as StorageGlobal).chrome.storage.local.get(name))[name], key);
}

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };

test('settings file: "__proto__" as a lexicon word is refused by name; as a brand word it is kept', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: BRAND, lexicon: { refund: -2 } });
  const page = await session.openExtensionPage('options');
  const file = page.getByRole('region', { name: 'Import and export settings' });
  // Written as text: a JavaScript object literal cannot hold the key "__proto__".
  const choose = (name: string, json: string) => chooseFile(page, name, json);

  await choose('words.json', '{"version": 1, "lexicon": {"killer deal": "ignore", "__proto__": 2}, "brand": {"names": ["Brewly", "__proto__"]}}');
  const summary = file.getByRole('alert');
  await expect(summary).toContainText('“words.json” was not imported, and nothing has changed.');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Brand words (learned from corrections) › “__proto__” (in the file: lexicon.__proto__): "__proto__" cannot be a word or a field name in a settings file: JavaScript reserves it, and Firebreak would lose it. Remove this entry from the file.',
  ]);
  await expect(summary).toBeFocused();
  expect(await stored(worker, 'lexicon')).toEqual({ refund: -2 });
  expect(await stored(worker, 'brand')).toEqual(BRAND);
  expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);

  await choose('brand.json', '{"version": 1, "brand": {"names": ["Brewly", "__proto__"], "handles": ["@__proto__"]}}');
  await file.getByRole('button', { name: 'Replace these settings' }).click();
  await expect(file.getByRole('status')).toHaveText('✓ Imported: Your brand.');
  expect(await stored(worker, 'brand')).toEqual({ names: ['Brewly', '__proto__'], handles: ['@__proto__'], hashtags: [], products: [], exclusions: [] });
});

test('the internal update counts the steps the popup lists', async ({ session }) => {
  const now = Date.now();
  await setLocalStorage(await session.serviceWorker(), {
    brand: BRAND,
    status: {
      level: 'crisis',
      reason: '64 mentions in the last 15 minutes, 21× normal',
      since: now - 15 * 60_000,
      evaluatedAt: now,
      platforms: [{ platform: 'x', level: 'crisis', since: now - 15 * 60_000, reason: 'spike', baselineReady: true }],
      storageProblem: null,
    },
  });
  const popup = await session.openExtensionPage('popup', { width: 360, height: 640 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  const incident = popup.getByTestId('incident');
  const steps = incident.getByRole('checkbox');
  await steps.nth(0).check();
  await expect(incident.getByText(/\d+ of \d+ steps done/)).toHaveText(new RegExp(`^\\s*1 of ${await steps.count()} steps done`));
  const shown = /(\d+ of \d+) steps done/.exec((await incident.getByText(/\d+ of \d+ steps done/).textContent()) ?? '')![1];

  await popup.evaluate(() => {
    const copies: string[] = [];
    (window as unknown as { copies: string[] }).copies = copies;
    navigator.clipboard.writeText = async (text: string) => void copies.push(text);
  });
  await popup.getByRole('button', { name: 'Copy internal update' }).click();
  await expect(popup.getByRole('status')).toHaveText('“Internal update” copied to the clipboard.');
  const [copied] = await popup.evaluate(() => (window as unknown as { copies: string[] }).copies);
  expect(copied).toContain(`Checklist: ${shown} steps done.`);
});
