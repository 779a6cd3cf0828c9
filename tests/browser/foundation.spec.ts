import { join } from 'node:path';
import { fixture, pageOf } from '../fixtures/load';
import { expect, readStore, test, workerNetworkLog } from './harness';
import { EXTENSION_DIR } from './launch';

const FEED_URL = 'https://x.com/home';
const FEED = pageOf([fixture('x/tweetyoink-x-tweet-sample.html'), fixture('x/tweetyoink-x-tweet-quote.html')], 'Home / X');

interface StoredPost {
  platform: string;
  postId: string;
  timesSeen: number;
}

test('the extension loads: service worker, popup, options and dashboard pages', async ({ session }) => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  for (const name of ['popup', 'options', 'dashboard'] as const) {
    const page = await session.openExtensionPage(name);
    await expect(page.locator('h1')).toContainText('Firebreak');
    await page.close();
  }
});

test('each tweet on x.com is marked and counted live in the popup, once however often it is seen', async ({ session }) => {
  session.serve(FEED_URL, FEED);
  const popup = await session.openExtensionPage('popup', { width: 360, height: 300 });
  await expect(popup.getByText('No posts seen yet')).toBeVisible();

  const feed = await session.open(FEED_URL);
  const marked = feed.locator('article[data-testid="tweet"][data-firebreak-sentiment]');
  await expect(marked).toHaveCount(2);
  for (const label of await marked.evaluateAll((els) => els.map((el) => el.getAttribute('data-firebreak-sentiment')))) {
    expect(['negative', 'neutral', 'positive', 'mixed']).toContain(label);
  }
  // A badge beside each, in its own shadow root, saying the same.
  await expect(feed.locator('firebreak-badge')).toHaveCount(2);
  expect(await feed.locator('firebreak-badge').evaluateAll((hosts) => hosts.every((host) => host.shadowRoot !== null))).toBe(true);
  // The popup was open all along: the count arrives live.
  await expect(popup.getByTestId('posts-seen')).toHaveText('2');

  // Seen again after a reload: still two posts, each seen twice.
  await feed.reload();
  await expect(marked).toHaveCount(2);
  const worker = await session.serviceWorker();
  await expect
    .poll(async () => (await readStore<StoredPost>(worker, 'firebreak', 'posts')).map((row) => `${row.postId}×${row.timesSeen}`).sort())
    .toEqual(['1981398750557065646×2', '1983130065320780162×2']);
  await expect(popup.getByTestId('posts-seen')).toHaveText('2');

  // Privacy: the extension itself made no network request.
  expect(session.extensionRequests()).toEqual([]);
  expect(await workerNetworkLog(worker)).toEqual([]);
});

test('pages outside the supported platforms are left alone', async ({ session }) => {
  session.serve('https://example.com/', FEED);
  const page = await session.open('https://example.com/');
  await page.waitForTimeout(500);
  await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(0);
});

test('the harness sees a request the extension makes (so the privacy checks can fail)', async ({ session }) => {
  const popup = await session.openExtensionPage('popup');
  await popup.evaluate(() => fetch('https://tracker.example/collect').catch(() => undefined));
  const worker = await session.serviceWorker();
  await worker.evaluate(() => fetch('https://tracker.example/from-worker').catch(() => undefined));
  await expect.poll(() => session.extensionRequests().map((request) => request.url)).toEqual(
    expect.arrayContaining(['https://tracker.example/collect', 'https://tracker.example/from-worker']),
  );
  expect(await workerNetworkLog(worker)).toContain('https://tracker.example/from-worker');
});

test('the manifest asks only for what is used, and runs only on the supported platforms', async () => {
  const { readFileSync } = await import('node:fs');
  const { ALL_MATCHES } = await import('../../utils/platforms/registry');
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts: Array<{ matches: string[] }>;
    options_ui: { page: string; open_in_tab: boolean };
  };
  // storage: settings; alarms: evaluation and retention; notifications: alerts; scripting: added Mastodon instances.
  expect(manifest.permissions.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  // Any other host only at run time, one at a time, after the user turns on what needs it (a Mastodon
  // instance, a listening source, a webhook; plain http only on loopback).
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*']);
  expect(manifest.content_scripts.flatMap((script) => script.matches).sort()).toEqual([...ALL_MATCHES].sort());
  // The settings open in a tab from the browser's extensions page, not in its small dialog (QA).
  expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
});

test("the content script carries no part-of-speech tagger: compromise's (about 300 kB, unpacked in every tab) stays in the worker", async () => {
  // keyTerms (the worker's "what is this about") tags with compromise; the content script imports the
  // analyser beside it. A call at the top of key-terms.ts once kept the whole tagger in content.js, and
  // bench:page measured the cost on every feed. Its tag names are the trace it leaves in a bundle.
  const { readFileSync } = await import('node:fs');
  const tagger = /#Noun|preTagger|Infinitive/g;
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');
  const worker = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
  expect(worker.match(tagger)?.length ?? 0).toBeGreaterThan(0);
  expect(content.match(tagger) ?? []).toEqual([]);
});

test('the content script carries no secrets store: the webhook address and tokens are for extension pages and the worker only', async () => {
  // utils/sources/secrets.ts opens the "firebreak-secrets" database; imported by the content script, it would
  // open it in the page's origin, and a secret read there would be in the page's renderer.
  const { readFileSync } = await import('node:fs');
  const content = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'), 'utf8');
  const worker = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
  expect(worker).toContain('firebreak-secrets');
  expect(content).not.toContain('firebreak-secrets');
});
