// Options: a fresh page shows no section as unsaved; an edit not yet saved says so and leaving asks first
// (QA: a brand name typed, then another section's Save, then a reload, lost the name without a word).
import { expect, test } from './harness';

test('an options edit not saved is marked, and closing the page asks before dropping it', async ({ session }) => {
  const page = await session.openExtensionPage('options');
  await expect(page.getByRole('heading', { name: 'Brand' })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByText('Unsaved changes', { exact: false })).toHaveCount(0);

  const names = page.getByLabel('Brand names');
  await names.fill('Brewly, Brewly Coffee');
  await names.blur();
  const brand = page.locator('section[aria-labelledby="brand"]');
  await expect(brand.getByRole('status')).toHaveText('● Unsaved changes. Save this section to keep them.');
  // No other section is marked by it.
  await expect(page.getByText('Unsaved changes', { exact: false })).toHaveCount(1);

  // Leaving asks; staying keeps the page and the edit.
  let asked = 0;
  page.on('dialog', (dialog) => {
    asked++;
    expect(dialog.type()).toBe('beforeunload');
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(1);
  expect(page.isClosed()).toBe(false);
  await expect(names).toHaveValue('Brewly, Brewly Coffee');

  // Saved, it leaves without asking.
  await brand.getByRole('button', { name: 'Save brand' }).click();
  await expect(brand.getByRole('status')).toHaveText('✓ Saved.');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(1);
  const again = await session.openExtensionPage('options');
  await expect(again.getByLabel('Brand names')).toHaveValue('Brewly, Brewly Coffee');
});
