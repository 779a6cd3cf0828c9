// A question that names the brand, in the built extension: its badge's popover says to answer it, not to
// acknowledge a frustration, though its words read a little negative ("affected", "recall").
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, setLocalStorage, test } from './harness';

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const URL = 'https://x.com/home';

test('a question to the brand is to be answered, with the facts', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(
    URL,
    pageOf([
      tweetHtml({ id: '1000000000000000101', handle: 'curious', text: '@Brewly Is the Pro 2 affected by the recall too?', time: '2026-11-23T10:00:00.000Z' }),
      tweetHtml({ id: '1000000000000000102', handle: 'angry', text: '@Brewly Is the Pro 2 affected by the recall too?? Nobody answers the phone, useless', time: '2026-11-23T10:01:00.000Z' }),
    ]),
  );
  const page = await session.open(URL);
  await expect(page.locator('firebreak-badge')).toHaveCount(2);

  await page.locator('firebreak-badge').first().getByRole('button', { name: /^Firebreak:/ }).click();
  const asked = page.locator('firebreak-badge').first().getByRole('dialog');
  await expect(asked).toContainText('A question for your brand: answer it within 1 hour, with the facts or where to find them.');
  await page.keyboard.press('Escape');

  // The same words asked in anger get the playbook's acknowledgement instead.
  await page.locator('firebreak-badge').nth(1).getByRole('button', { name: /^Firebreak:/ }).click();
  const angry = page.locator('firebreak-badge').nth(1).getByRole('dialog');
  await expect(angry).toBeVisible();
  await expect(angry).not.toContainText('A question for your brand');
  expect(session.extensionRequests()).toEqual([]);
});
