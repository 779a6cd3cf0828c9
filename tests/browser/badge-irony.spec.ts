// Sarcastic praise of the brand, in the built extension: the learned reader of irony (utils/analysis/learned-reader.ts)
// takes it for a complaint, and the badge says why; sincere praise in the same frame stays praise.
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, setLocalStorage, test } from './harness';

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const URL = 'https://x.com/home';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

test('sarcastic praise of the brand reads as a complaint, with possible sarcasm said', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(
    URL,
    pageOf([
      tweetHtml({ id: '1000000000000000201', handle: 'priced_out', text: 'Great to see my Brewly subscription went up 12% again. Really feeling valued as a customer.', time: minutesAgo(3) }),
      tweetHtml({ id: '1000000000000000202', handle: 'sorted', text: 'Thanks @Brewly for sorting my refund in 20 minutes, brilliant service.', time: minutesAgo(2) }),
    ]),
  );
  const page = await session.open(URL);
  const sarcastic = page.locator('article[data-testid="tweet"]').filter({ hasText: 'went up 12% again' });
  const sincere = page.locator('article[data-testid="tweet"]').filter({ hasText: 'sorting my refund' });
  await expect(sarcastic).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await expect(sincere).toHaveAttribute('data-firebreak-sentiment', 'positive');

  await sarcastic.locator('firebreak-badge').getByRole('button', { name: /^Firebreak: negative sentiment/ }).click();
  const why = sarcastic.locator('firebreak-badge').getByRole('dialog');
  await expect(why).toContainText('Possible sarcasm');
  await page.keyboard.press('Escape');

  await sincere.locator('firebreak-badge').getByRole('button', { name: /^Firebreak: positive sentiment/ }).click();
  const praise = sincere.locator('firebreak-badge').getByRole('dialog');
  await expect(praise).toBeVisible();
  await expect(praise).not.toContainText('Possible sarcasm');
  expect(session.extensionRequests()).toEqual([]);
});
