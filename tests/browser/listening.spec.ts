import type { Worker } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, readStore, setLocalStorage, test } from './harness';
import { ANGRY_POSTS, BREWLY, quietHourlyHistory } from './seed';
import { stopServiceWorker } from './service-worker';

const BRAND = BREWLY;
const ANGRY = ANGRY_POSTS;

/** A feed whose posts arrive over time, newest first, like a live timeline. */
function streamingFeed(count: number, everyMs: number, now: number): string {
  const tweets = Array.from({ length: count }, (_, i) =>
    tweetHtml({
      id: String(1_700_000_000_000_000_000n + BigInt(i)),
      handle: `customer_${i}`,
      text: `${ANGRY[i % ANGRY.length]} (${i})`,
      time: new Date(now - (count - i) * 5_000).toISOString(),
    }),
  );
  const script = `<script>
    const source = document.getElementById('posts').content;
    const timeline = document.getElementById('timeline');
    const timer = setInterval(() => {
      const next = source.firstElementChild;
      if (!next) { clearInterval(timer); document.body.dataset.done = 'true'; return; }
      timeline.prepend(next);
    }, ${everyMs});
  </script>`;
  return pageOf([`<div id="timeline"></div><template id="posts">${tweets.map((t) => `<div>${t}</div>`).join('')}</template>`, script]);
}

/** Two weeks of a quiet brand on X, as hourly aggregates: about 4 mentions an hour, a fifth negative. */
async function seedQuietHistory(worker: Worker, now: number) {
  const rows = quietHourlyHistory(now);
  await worker.evaluate(
    (buckets) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('firebreak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('buckets', 'readwrite');
          for (const bucket of buckets) transaction.objectStore('buckets').put(bucket);
          transaction.oncomplete = () => (open.result.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    rows,
  );
}

interface BadgeGlobal {
  chrome: {
    action: { getBadgeText(details: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, unknown>> };
  };
}

test('a wave of angry brand mentions raises the level, sets the badge and notifies — and a stopped worker loses nothing', async ({ session }) => {
  test.setTimeout(90_000);
  const now = Date.now();
  // Let the worker create the database (a visit with no brand set stores no mentions).
  session.serve('https://x.com/warmup', pageOf([tweetHtml({ id: '1', handle: 'someone', text: 'hello', time: new Date(now).toISOString() })]));
  const warmup = await session.open('https://x.com/warmup');
  await expect(warmup.locator('[data-firebreak-sentiment]')).toHaveCount(1);
  await warmup.close();
  let worker = await session.serviceWorker();
  await expect.poll(async () => (await readStore(worker, 'firebreak', 'posts')).length).toBe(1);
  await seedQuietHistory(worker, now);
  await setLocalStorage(worker, { brand: BRAND });

  // The popup (an extension page) gives a handle on the worker through the DevTools protocol.
  const popup = await session.openExtensionPage('popup');
  const COUNT = 40;
  session.serve('https://x.com/home', streamingFeed(COUNT, 150, now));
  const feed = await session.open('https://x.com/home');
  // Stop the worker twice while posts stream in.
  await expect.poll(() => feed.locator('[data-firebreak-sentiment]').count()).toBeGreaterThan(8);
  await stopServiceWorker(popup);
  await expect.poll(() => feed.locator('[data-firebreak-sentiment]').count()).toBeGreaterThan(24);
  await stopServiceWorker(popup);
  await expect(feed.locator('body')).toHaveAttribute('data-done', 'true', { timeout: 30_000 });
  await expect(feed.locator('[data-firebreak-sentiment]')).toHaveCount(COUNT);

  // Every mention arrived once, and the aggregates agree.
  worker = await session.serviceWorker();
  await expect.poll(async () => (await readStore(worker, 'firebreak', 'mentions')).length, { timeout: 20_000 }).toBe(COUNT);
  const buckets = await readStore<{ size: string; count: number; start: number }>(worker, 'firebreak', 'buckets');
  const recentFiveMinute = buckets.filter((bucket) => bucket.size === '5m').reduce((sum, bucket) => sum + bucket.count, 0);
  expect(recentFiveMinute).toBe(COUNT);

  // The level rose, the toolbar says so, and a notification says why.
  worker = await session.serviceWorker();
  await expect
    .poll(async () => (await worker.evaluate(() => (globalThis as unknown as BadgeGlobal).chrome.action.getBadgeText({}))), { timeout: 20_000 })
    .toMatch(/^(!|!!!)$/);
  // The notification follows the badge (the alert is recorded first).
  await expect
    .poll(async () => Object.keys(await worker.evaluate(() => (globalThis as unknown as BadgeGlobal).chrome.notifications.getAll())), { timeout: 10_000 })
    .toContainEqual(expect.stringMatching(/^firebreak-alert:x:/));
  const alerts = await readStore<{ platform: string; reason: string }>(worker, 'firebreak', 'alerts');
  expect(alerts).toHaveLength(1);
  expect(alerts[0]?.reason).toMatch(/mentions in .*normal/);
  // What it is about: the worker's tagger (loaded on its first use, see utils/build/lazy-umd.ts) found the wave's nouns.
  expect(alerts[0]?.reason).toMatch(/; about: .*\bkettle\b/);
  expect(session.extensionRequests()).toEqual([]);
});
