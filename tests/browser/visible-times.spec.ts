// YouTube prints no machine time, only "3 weeks ago" (QA: such comments were stored as posted now and
// counted in the popup's last 24 hours). In the built extension, a page of comments a day old and more
// stores each at least as old as its label, and the popup's last 24 hours stay empty.
import { fixture, pageOf } from '../fixtures/load';
import { expect, readStore, setLocalStorage, test } from './harness';

const URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const DAY = 86_400_000;

test('YouTube comments of "1 day ago" to "3 weeks ago" are stored that old, and not in the last 24 hours', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: { names: ['Acme', 'kettle'], handles: [], hashtags: [], products: [], exclusions: [] } });
  session.serve(URL, pageOf([fixture('youtube/comments-view-model.html')]));
  const page = await session.open(URL);
  await expect(page.locator('firebreak-badge')).toHaveCount(4);
  const opened = Date.now();
  const stored = () => readStore<{ postId: string; time: number; timeApproximate?: boolean }>(worker, 'firebreak', 'mentions');
  await expect.poll(async () => (await stored()).map((mention) => mention.postId)).toContain('Ugw9LongReview77-AaABAg');
  const mentions = await stored();
  for (const mention of mentions) {
    expect(mention.time, mention.postId).toBeLessThanOrEqual(opened - DAY);
    expect(mention.timeApproximate, mention.postId).toBe(true);
  }
  const review = mentions.find((mention) => mention.postId === 'Ugw9LongReview77-AaABAg');
  expect(Math.abs(opened - 21 * DAY - review!.time)).toBeLessThan(60_000);

  const popup = await session.openExtensionPage('popup', { width: 360, height: 600 });
  await expect(popup.getByText('No brand mentions in the last 24 hours.')).toBeVisible();
});
