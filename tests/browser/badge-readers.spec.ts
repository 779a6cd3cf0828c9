// The learned readers of plain complaints and of mockery (utils/analysis/learned-reader.ts), in the built extension:
// a complaint told in plain words about the brand reads negative, and the badge says it was read as a complaint in
// plain facts (its one word of feeling, "promised", is not what decided it), while a question asked for an answer
// stays neutral; a post laughing at the brand reads negative and says so, while one laughing with it stays positive.
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, setLocalStorage, test } from './harness';

const BRAND = { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] };
const URL = 'https://x.com/home';
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

test('a plain-worded complaint about the brand reads negative, a plain question neutral', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(
    URL,
    pageOf([
      tweetHtml({ id: '1000000000000000301', handle: 'still_waiting', text: 'Was promised a callback from @Brewly within 24 hours. That was Tuesday.', time: minutesAgo(3) }),
      tweetHtml({ id: '1000000000000000302', handle: 'sunday_coffee', text: '@Brewly what time does the Mill Road shop open on Sundays?', time: minutesAgo(2) }),
    ]),
  );
  const page = await session.open(URL);
  const complaint = page.locator('article[data-testid="tweet"]').filter({ hasText: 'That was Tuesday' });
  const question = page.locator('article[data-testid="tweet"]').filter({ hasText: 'open on Sundays' });
  await expect(complaint).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await expect(question).toHaveAttribute('data-firebreak-sentiment', 'neutral');

  await complaint.locator('firebreak-badge').getByRole('button', { name: /^Firebreak: negative sentiment/ }).click();
  const why = complaint.locator('firebreak-badge').getByRole('dialog');
  await expect(why).toContainText('Read as a complaint told in plain facts');
  expect(session.extensionRequests()).toEqual([]);
});

test('a post laughing at the brand reads negative, one laughing with it positive', async ({ session }) => {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(
    URL,
    pageOf([
      tweetHtml({ id: '1000000000000000311', handle: 'kit_watch', text: 'Brewly\'s "large" latte is smaller than the small one lmao', time: minutesAgo(3) }),
      tweetHtml({ id: '1000000000000000312', handle: 'latte_art', text: 'the Brewly barista drew my dog in the foam haha legend', time: minutesAgo(2) }),
    ]),
  );
  const page = await session.open(URL);
  const mocking = page.locator('article[data-testid="tweet"]').filter({ hasText: 'smaller than the small one' });
  const laughingWith = page.locator('article[data-testid="tweet"]').filter({ hasText: 'drew my dog' });
  await expect(mocking).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await expect(laughingWith).toHaveAttribute('data-firebreak-sentiment', 'positive');

  await mocking.locator('firebreak-badge').getByRole('button', { name: /^Firebreak: negative sentiment/ }).click();
  await expect(mocking.locator('firebreak-badge').getByRole('dialog')).toContainText('Read as laughing at, not with');
  expect(session.extensionRequests()).toEqual([]);
});
