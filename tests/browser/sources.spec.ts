// Listening sources and team alerts on the options page, in the real built extension, with the
// permission prompt recorded (see permissions.ts). Needs SourcesSection and TeamAlertsSection in
// Options.tsx.
import type { Worker } from '@playwright/test';
import { expect, readStore, setLocalStorage, test, workerNetworkLog } from './harness';
import { permissionRequests, recordPermissions, type PermissionRecorder } from './permissions';

interface StorageGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
}

const readLocal = (key: string) => (globalThis as unknown as StorageGlobal).chrome.storage.local.get(key);

// The permission recorder and the sources' own routes are the browser's: a browser of these tests' own.
test.use({ freshBrowser: true });

test.beforeEach(async ({ session }) => {
  await recordPermissions(session);
});

test('every listening source is off by default, and turning one on asks for its API’s origin only', async ({ session }) => {
  const options = await session.openExtensionPage('options');
  const section = options.locator('section[aria-labelledby="sources"]');
  await expect(section).toBeVisible();
  const switches = section.locator('input[type="checkbox"][name^="source-"]');
  await expect(switches).toHaveCount(4);
  for (const box of await switches.all()) await expect(box).not.toBeChecked();

  // Denied: it stays off and says so.
  await section.locator('input[name="source-bluesky"]').click();
  await expect.poll(() => permissionRequests(options)).toEqual([{ origins: ['https://public.api.bsky.app/*'] }]);
  await expect(section.getByText('Permission for https://public.api.bsky.app was not given')).toBeVisible();
  await expect(section.locator('input[name="source-bluesky"]')).not.toBeChecked();
  const stored = await options.evaluate(readLocal, 'sources');
  expect((stored.sources as { bluesky?: { enabled: boolean } } | undefined)?.bluesky?.enabled ?? false).toBe(false);

  // The extension made no request on its own.
  expect(session.extensionRequests()).toEqual([]);
  expect(await workerNetworkLog(await session.serviceWorker())).toEqual([]);
});

test('team alerts are off by default and ask for the webhook’s origin when the address is saved', async ({ session }) => {
  const options = await session.openExtensionPage('options');
  const section = options.locator('section[aria-labelledby="team-alerts"]');
  await expect(section.locator('input[name="team-alerts-enabled"]')).not.toBeChecked();
  await section.locator('input[name="team-alerts-url"]').fill('https://hooks.slack.com/services/T0/B0/secret');
  await section.getByRole('button', { name: 'Save team alerts' }).click();
  await expect.poll(() => permissionRequests(options)).toEqual([{ origins: ['https://hooks.slack.com/*'] }]);
  // Denied: nothing saved.
  const stored = await options.evaluate(readLocal, 'teamAlerts');
  expect(stored.teamAlerts).toBeUndefined();
  expect(session.extensionRequests()).toEqual([]);
});

/** Everything in chrome.storage.local, as one string: what a content script could read. */
const allLocal = () => (globalThis as unknown as { chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null).then((items) => JSON.stringify(items));

test('a saved webhook address is kept out of storage.local (content scripts can read it), and shown masked after a reload', async ({ session }) => {
  const worker = await session.serviceWorker();
  const options = await session.openExtensionPage('options');
  await options.evaluate(() => ((window as unknown as PermissionRecorder).__grant = true));
  const section = options.locator('section[aria-labelledby="team-alerts"]');
  await section.locator('input[name="team-alerts-enabled"]').check();
  await section.locator('input[name="team-alerts-url"]').fill('https://hooks.slack.com/services/T0/B0/browser-secret');
  await section.getByRole('button', { name: 'Save team alerts' }).click();
  await expect(section).toContainText('Saved: https://hooks.slack.com/…cret');
  await expect.poll(async () => ((await options.evaluate(readLocal, 'teamAlerts')).teamAlerts as { enabled?: boolean } | undefined)?.enabled).toBe(true);
  expect(await options.evaluate(allLocal)).not.toContain('browser-secret');
  expect(await readStore<{ key: string; value: string }>(worker, 'firebreak-secrets', 'secrets')).toEqual([
    expect.objectContaining({ key: 'webhookUrl', value: 'https://hooks.slack.com/services/T0/B0/browser-secret' }),
  ]);
  await options.reload();
  await expect(options.locator('section[aria-labelledby="team-alerts"]')).toContainText('Saved: https://hooks.slack.com/…cret');
  await expect(options.locator('input[name="team-alerts-enabled"]')).toBeChecked();
  expect(session.extensionRequests()).toEqual([]);
});

interface PermissionsGlobal {
  chrome: { permissions: { contains(query: { origins?: string[] }, callback?: (result: boolean) => void): Promise<boolean> | undefined } };
}

/** The browser's grant of one origin, which headless Chromium cannot give: the worker's check says yes for it. */
async function grantInWorker(worker: Worker, granted: string): Promise<void> {
  await worker.evaluate((origin) => {
    const permissions = (globalThis as unknown as PermissionsGlobal).chrome.permissions;
    permissions.contains = (query, callback) => {
      const allowed = (query.origins ?? []).every((asked) => asked === origin);
      if (callback) {
        callback(allowed);
        return undefined;
      }
      return Promise.resolve(allowed);
    };
  }, granted);
}

test('a source turned on (permission granted) is asked at once, and the brand mentions it finds reach the dashboard', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] } });
  // The browser's grant, which headless Chromium cannot give: the worker's permission check says yes
  // for Bluesky's API only, and the options page's request is answered yes by the recorder.
  await grantInWorker(worker, 'https://public.api.bsky.app/*');
  // Bluesky's post search, impersonated: the response shape of app.bsky.feed.searchPosts.
  const asked: string[] = [];
  const post = (rkey: string, text: string, handle: string) => ({
    uri: `at://did:plc:${handle.split('.')[0]}/app.bsky.feed.post/${rkey}`,
    cid: `bafy${rkey}`,
    author: { did: `did:plc:${handle.split('.')[0]}`, handle, displayName: handle },
    record: { $type: 'app.bsky.feed.post', text, createdAt: new Date(Date.now() - 120_000).toISOString() },
    replyCount: 2,
    repostCount: 5,
    likeCount: 9,
    indexedAt: new Date(Date.now() - 110_000).toISOString(),
  });
  await session.context.route('https://public.api.bsky.app/**', async (route) => {
    asked.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        posts: [
          post('3lsrc0001aa', 'Brewly charged me twice and support will not answer. Worst company, I want my money back.', 'carol.bsky.social'),
          post('3lsrc0002bb', 'Quiet Sunday with a good book', 'dave.bsky.social'),
        ],
      }),
    });
  });

  const options = await session.openExtensionPage('options');
  await options.evaluate(() => ((window as unknown as PermissionRecorder).__grant = true));
  const section = options.locator('section[aria-labelledby="sources"]');
  await section.locator('input[name="source-bluesky"]').click();
  await expect(section.locator('input[name="source-bluesky"]')).toBeChecked();
  expect(await permissionRequests(options)).toEqual([{ origins: ['https://public.api.bsky.app/*'] }]);

  // Asked once, for the brand term, without waiting for the next alarm.
  await expect.poll(() => asked.length, { timeout: 15_000 }).toBeGreaterThan(0);
  const url = new URL(asked[0]!);
  expect(url.pathname).toBe('/xrpc/app.bsky.feed.searchPosts');
  expect(url.searchParams.get('q')).toBe('Brewly');

  // Only the post that names the brand is stored, once, as a Bluesky mention.
  await expect
    .poll(async () => (await readStore<{ platform: string; postId: string }>(worker, 'firebreak', 'mentions')).map((m) => `${m.platform}:${m.postId}`), { timeout: 15_000 })
    .toHaveLength(1);
  const [mention] = await readStore<{ platform: string; sentiment: string }>(worker, 'firebreak', 'mentions');
  expect(mention).toMatchObject({ platform: 'bluesky', sentiment: 'negative' });

  const dashboard = await session.openExtensionPage('dashboard');
  // Among the most negative mentions, with a link to the post on Bluesky.
  const quoted = dashboard.locator('section[aria-labelledby="negative"] ol.mentions').first().locator('li', { hasText: 'Brewly charged me twice' });
  await expect(quoted.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    'https://bsky.app/profile/carol.bsky.social/post/3lsrc0001aa',
  );
  const health = dashboard.locator('[data-testid="sources-health"] [data-source="bluesky"]');
  await expect(health).toContainText('2 posts, 1 new mentions');
  // Nothing else was asked: the only request is the one the user turned on.
  expect(session.extensionRequests()).toEqual([]);
});

test('with team alerts on, the popup sends the internal update to the team’s webhook, and the address stays out of the page', async ({ session }) => {
  const worker = await session.serviceWorker();
  const hook = 'http://127.0.0.1:8765/hooks/firebreak-secret-path';
  await setLocalStorage(worker, {
    brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] },
    teamAlerts: { enabled: true, kind: 'generic', url: hook, levelChanges: true, internalUpdates: true },
  });
  await grantInWorker(worker, 'http://127.0.0.1/*');
  // The team's chat, impersonated: a receiver that records what it was sent.
  const received: Array<{ url: string; method: string; body: Record<string, unknown> }> = [];
  await session.context.route('http://127.0.0.1:8765/**', async (route) => {
    const request = route.request();
    received.push({ url: request.url(), method: request.method(), body: request.postDataJSON() as Record<string, unknown> });
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
  });

  const popup = await session.openExtensionPage('popup');
  await popup.getByRole('button', { name: 'Declare an incident' }).click();
  await popup.getByRole('button', { name: 'Send internal update to the team' }).click();
  await expect(popup.getByText("Sent to the team's chat.")).toBeVisible();
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({ url: hook, method: 'POST' });
  expect(received[0]!.body).toMatchObject({ event: 'internal-update' });
  // Declared with no alert behind it: the level the popup shows, and who declared it, not a made-up level.
  expect(received[0]!.body.text).toMatch(/^Crisis update: Possible crisis\nStatus: Normal\. Declared by the team; no spike detected\./);
  expect(await popup.content()).not.toContain('firebreak-secret-path');
  // Moved out of storage.local (which content scripts can read) by the first page that read it.
  await expect.poll(() => worker.evaluate(allLocal)).not.toContain('firebreak-secret-path');
  expect(await readStore<{ key: string; value: string }>(worker, 'firebreak-secrets', 'secrets')).toEqual([expect.objectContaining({ key: 'webhookUrl', value: hook })]);
});

test('turning a source off takes effect even with an unfinished value in another source’s field', async ({ session }) => {
  const options = await session.openExtensionPage('options');
  await options.evaluate(() => ((window as unknown as PermissionRecorder).__grant = true));
  const section = options.locator('section[aria-labelledby="sources"]');
  const bluesky = section.locator('input[name="source-bluesky"]');
  await bluesky.click();
  await expect(bluesky).toBeChecked();
  // Until the first save, nothing is stored under "sources": poll for it rather than read into it.
  await expect.poll(async () => ((await options.evaluate(readLocal, 'sources')).sources as { bluesky?: { enabled: boolean } } | undefined)?.bluesky?.enabled).toBe(true);

  await section.locator('input[name="source-hackernews-interval"]').fill('2');
  await bluesky.click();
  await expect(bluesky).not.toBeChecked();
  await expect.poll(async () => ((await options.evaluate(readLocal, 'sources')).sources as { bluesky?: { enabled: boolean } } | undefined)?.bluesky?.enabled).toBe(false);
  // The unfinished value stays on screen, unsaved.
  await expect(section.locator('input[name="source-hackernews-interval"]')).toHaveValue('2');
  expect(((await options.evaluate(readLocal, 'sources')).sources as { hackernews: { intervalMinutes: number } }).hackernews.intervalMinutes).toBe(10);
});
