// QA pass 8 on Firebreak's own pages, in the built extension: what only a real browser shows. Shortening
// the retention asks first (the worker prunes on the change, so saving is the delete); the questions keep
// Tab inside them; the focus ring is its own blue, not the error red; and an incident resolved from the
// popup leaves the dashboard's focus on its heading, not on <body>.
import type { Locator, Page, Worker } from '@playwright/test';
import { expect, readStore, test } from './harness';
import { chooseFile } from './options-page';
import { seedCrisis } from './seed';

interface StorageGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

async function stored(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => (await (globalThis as unknown as StorageGlobal).chrome.storage.local.get(name))[name], key);
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Gives `target` the focus from the keyboard (Tab from the stop before it), so :focus-visible applies as it does for a keyboard user. */
async function tabTo(page: Page, target: Locator) {
  await target.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('shortening the retention asks first, with the count; Escape deletes nothing; confirmed, the worker prunes that many', async ({ session }) => {
  const dashboard = await seedCrisis(session);
  const worker = await session.serviceWorker();
  await dashboard.close();
  const now = Date.now();
  const mentions = await readStore<{ time: number }>(worker, 'firebreak', 'mentions');
  // The prune deletes from the start of the hour a day ago falls in: that hour is kept whole, as its aggregates are.
  const cutoff = Math.floor((now - 86_400_000) / 3_600_000) * 3_600_000;
  const older = mentions.filter((mention) => mention.time < cutoff).length;
  expect(older).toBeGreaterThan(0);

  const page = await session.openExtensionPage('options');
  const section = page.getByRole('region', { name: 'Retention' });
  await expect(section).toContainText('in whole hours (up to an hour longer), then deleted: at once when you shorten it (you are asked first), otherwise at the next check, every 6 hours');
  const days = section.getByRole('spinbutton', { name: 'Keep mentions for (days)' });
  await expect(days).toHaveValue('30');
  await days.fill('1');
  await days.press('Enter');

  const question = section.getByRole('alertdialog');
  await expect(question).toContainText(/^Retention 30 → 1 days: \d+ stored mentions older than that will be deleted \(posts seen: \d+\)\. This cannot be undone\./);
  // The page counts at its own moment: a mention may have crossed the cutoff since the count above.
  const counted = Number((await question.textContent())?.match(/: (\d+) stored/)?.[1]);
  expect(Math.abs(counted - older)).toBeLessThanOrEqual(2);
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(days).toBeFocused();
  await expect(days).toHaveValue('30');
  // Never saved: the setting still holds its default.
  expect((await stored(worker, 'retentionDays')) ?? 30).toBe(30);
  expect((await readStore(worker, 'firebreak', 'mentions')).length).toBe(mentions.length);

  await days.fill('1');
  await days.press('Enter');
  await question.getByRole('button', { name: 'Delete them and save' }).click();
  await expect(section.locator(':scope > p.status')).toContainText('stored mentions older than the new retention are deleted');
  expect(await stored(worker, 'retentionDays')).toBe(1);
  await expect.poll(async () => (await readStore(worker, 'firebreak', 'mentions')).length).toBeLessThanOrEqual(mentions.length - counted);
});

test('the wipe and import questions keep Tab and Shift+Tab inside until answered', async ({ session }) => {
  const page = await session.openExtensionPage('options');
  const data = page.getByRole('region', { name: 'Your data' });
  await data.getByRole('button', { name: 'Delete all stored data…' }).focus();
  await page.keyboard.press('Enter');
  const wipe = data.getByRole('alertdialog');
  await expect(wipe.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const walk: string[] = [];
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    walk.push(await focusedName(page));
  }
  expect(walk).toEqual(['Yes, delete everything', 'Cancel', 'Yes, delete everything', 'Cancel']);
  await page.keyboard.press('Escape');
  await expect(wipe).toHaveCount(0);

  await chooseFile(page, 'team.json', JSON.stringify({ format: 'firebreak-settings', version: 1, retentionDays: 90 }));
  const replace = page.getByRole('region', { name: 'Import and export settings' }).getByRole('alertdialog');
  await expect(replace.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(replace.getByRole('button', { name: 'Replace these settings' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(replace.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(replace.getByRole('button', { name: 'Replace these settings' })).toBeFocused();
  expect(await stored(await session.serviceWorker(), 'retentionDays')).not.toBe(90);
});

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the focus ring is its own colour, never the error red, and stands off a danger button's border`, async ({ session }) => {
    const page = await session.openExtensionPage('options');
    await page.emulateMedia({ colorScheme: scheme });
    for (const target of [page.getByRole('button', { name: 'Delete all stored data…' }), page.getByRole('spinbutton', { name: 'Keep mentions for (days)' })]) {
      await tabTo(page, target);
      const ring = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        // What --accent resolves to here: the colour of errors and danger.
        const probe = document.createElement('span');
        probe.style.color = 'var(--accent)';
        document.body.append(probe);
        const accent = getComputedStyle(probe).color;
        probe.remove();
        return {
          visible: element.matches(':focus-visible'),
          colour: style.outlineColor,
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          offset: parseFloat(style.outlineOffset),
          border: style.borderTopColor,
          accent,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(ring.visible).toBe(true);
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(ring.offset).toBeGreaterThanOrEqual(2);
      expect(ring.colour).not.toBe(ring.accent);
      expect(ring.colour).not.toBe(ring.border);
      expect(contrast(ring.colour, ring.background)).toBeGreaterThanOrEqual(3);
    }
  });
}

test('an incident resolved from the popup moves the dashboard focus from the note field to the heading, and says so', async ({ session }) => {
  const seeded = await seedCrisis(session);
  await seeded.close();
  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await expect(popup.getByTestId('incident')).toBeVisible();

  const page = await session.openExtensionPage('dashboard', { width: 1100, height: 900 });
  const note = page.getByRole('textbox', { name: 'Add a note' });
  await tabTo(page, note);
  await page.keyboard.type('Legal is reviewing the statement');
  await page.keyboard.press('Enter');
  await expect(note).toHaveValue('');
  await expect(note).toBeFocused();

  await popup.getByRole('button', { name: 'Resolve the incident…' }).click();
  await popup.getByRole('button', { name: 'Yes, resolve' }).click();
  await expect(note).toHaveCount(0);
  await expect(page.locator('#incident-heading')).toBeFocused();
  await expect(page.getByTestId('level-announcement')).toContainText('Incident resolved:');
});
