// The update from the version that kept the team-alerts webhook address and the sources' tokens in
// storage.local (before utils/sources/secrets.ts, commit 310bfce): the user's storage as that version left it
// is seeded, and the worker is started again with no page open (an update starts the new worker on storage
// and IndexedDB as they were); it must move the secrets out while everything else the user had stays. The popup's
// first read moving an old address is sources.spec.ts's; this covers the worker at start, a token, the
// options page, and the main database.
import type { Worker } from '@playwright/test';
import { declareIncident } from '../../utils/plan/incident';
import { createDefaultPlan } from '../../utils/plan/plan';
import { expect, readStore, setLocalStorage, test, type ExtensionSession } from './harness';
import { BREWLY, bucketsOf, demoMentions, seedStores } from './seed';
import { stopServiceWorker } from './service-worker';

// Its own route (the team's chat): a browser of the test's own.
test.use({ freshBrowser: true });

const HOOK = 'http://127.0.0.1:8765/hooks/firebreak-update-secret';
const TOKEN = 'reddit-token-from-the-old-version';

interface ChromeGlobal {
  chrome: {
    alarms: { create(name: string, info: { when: number }): Promise<void> };
    storage: { local: { get(key: null): Promise<Record<string, unknown>> } };
    permissions: { contains(query: { origins?: string[] }, callback?: (result: boolean) => void): Promise<boolean> | undefined };
  };
}

const allLocal = () => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(null);

/**
 * Runs `expression` in the extension's running service worker, through the DevTools protocol (Playwright does
 * not hand out a worker started again by an alarm). Tried again while the worker is still starting.
 */
async function evaluateInWorker<T>(session: ExtensionSession, expression: string): Promise<T> {
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser behind the context.');
  const cdp = await browser.newBrowserCDPSession();
  try {
    for (const deadline = Date.now() + 15_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
      const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${session.extensionId}/`));
      let problem = 'the worker did not start again';
      if (target) {
        const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
        let listener: ((event: { message: string }) => void) | undefined;
        const answer = new Promise<{ value?: T; error?: string }>((resolve) => {
          listener = (event) => {
            const message = JSON.parse(event.message) as { id?: number; error?: { message: string }; result?: { result?: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } } };
            if (message.id !== 1) return;
            const details = message.result?.exceptionDetails;
            if (message.error) resolve({ error: message.error.message });
            else if (details) resolve({ error: details.exception?.description ?? details.text });
            else resolve({ value: message.result?.result?.value });
          };
          cdp.on('Target.receivedMessageFromTarget', listener);
        });
        const evaluate = { id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } };
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(evaluate) });
        const outcome = await answer;
        cdp.off('Target.receivedMessageFromTarget', listener!);
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
        if (outcome.error === undefined) return outcome.value as T;
        problem = outcome.error;
      }
      if (Date.now() > deadline) throw new Error(`Could not evaluate in the extension's worker: ${problem}`);
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the extension's worker (the DevTools protocol, from a blank tab: no page of the extension is open, so
 * none reads a secret first) and has an alarm start it again, as after an update: the worker's code runs from
 * its start, with the storage as it finds it.
 */
async function restartWorker(session: ExtensionSession, old: Worker): Promise<void> {
  await old.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.alarms.create('update-test-wake', { when: Date.now() + 1_500 }));
  const blank = await session.context.newPage();
  await stopServiceWorker(blank);
  await blank.close();
}

/** chrome.permissions.contains says yes for `origin` in the worker (headless Chromium cannot grant one for real). */
async function grantInWorker(worker: Worker, origin: string): Promise<void> {
  await worker.evaluate((granted) => {
    const permissions = (globalThis as unknown as ChromeGlobal).chrome.permissions;
    permissions.contains = (query, callback) => {
      const allowed = (query.origins ?? []).every((asked) => asked === granted);
      if (callback) {
        callback(allowed);
        return undefined;
      }
      return Promise.resolve(allowed);
    };
  }, origin);
}

test('an update from the version that kept secrets in storage.local: the new worker moves the address and a token out at its start, and nothing else is lost', async ({ session }) => {
  const before = await session.serviceWorker();
  const now = Date.now();
  const defaults = createDefaultPlan();
  const plan = { ...defaults, roles: defaults.roles.map((role, index) => ({ ...role, owner: `Owner ${index}`, contact: `owner${index}@brewly.example` })) };
  const incident = declareIncident(plan, { title: 'Kettle recall', level: 'crisis' }, now - 20 * 60_000);
  const mentions = demoMentions(now, 1, 4, 12);
  const correction = { platform: 'x', postId: mentions[3]!.postId, text: mentions[3]!.excerpt, label: 'positive', previous: 'neutral', savedAt: now - 60_000 };

  // What the previous version left: the main database, and storage.local with the secrets in its items.
  const dashboard = await session.openExtensionPage('dashboard');
  await seedStores(dashboard, { mentions, buckets: bucketsOf(mentions), corrections: [correction], incidents: [incident] });
  await dashboard.close();
  const sources = {
    bluesky: { enabled: false, intervalMinutes: 10 },
    mastodon: { enabled: false, intervalMinutes: 10, instance: '', hashtags: '' },
    reddit: { enabled: false, intervalMinutes: 15, token: TOKEN },
    hackernews: { enabled: false, intervalMinutes: 10 },
  };
  const teamAlerts = { enabled: true, kind: 'generic', url: HOOK, levelChanges: true, internalUpdates: true };
  await setLocalStorage(before, { brand: BREWLY, plan, sources, teamAlerts });

  // The update: the worker starts again with the storage as the old version left it, and no page open.
  await restartWorker(session, before);
  const localNow = () => evaluateInWorker<string>(session, 'chrome.storage.local.get(null).then((items) => JSON.stringify(items))');
  await expect.poll(localNow, { timeout: 15_000 }).not.toMatch(/firebreak-update-secret|reddit-token-from/);
  // Moved by the worker: no page of the extension has been open since.
  expect(session.context.pages().filter((page) => page.url().startsWith('chrome-extension://'))).toEqual([]);
  const worker = await session.serviceWorker();
  const secrets = await readStore<{ key: string; value: string }>(worker, 'firebreak-secrets', 'secrets');
  expect(secrets.map(({ key, value }) => [key, value]).sort()).toEqual([
    ['token:reddit', TOKEN],
    ['webhookUrl', HOOK],
  ]);
  // The items keep everything but the secret.
  const local = await worker.evaluate(allLocal);
  const { url: _url, ...teamWithoutUrl } = teamAlerts;
  const { token: _token, ...redditWithoutToken } = sources.reddit;
  expect(local).toMatchObject({ brand: BREWLY, plan, teamAlerts: teamWithoutUrl, sources: { ...sources, reddit: redditWithoutToken } });
  // The main database is as it was.
  expect(await readStore(worker, 'firebreak', 'mentions')).toHaveLength(mentions.length);
  expect(await readStore(worker, 'firebreak', 'corrections')).toEqual([correction]);
  expect((await readStore<{ id: string; title: string }>(worker, 'firebreak', 'incidents')).map(({ id, title }) => ({ id, title }))).toEqual([{ id: incident.id, title: 'Kettle recall' }]);

  // The options page shows the address masked, and team alerts still on.
  const options = await session.openExtensionPage('options');
  const section = options.locator('section[aria-labelledby="team-alerts"]');
  await expect(section).toContainText('Saved: http://127.0.0.1:8765/…cret');
  await expect(section.locator('input[name="team-alerts-enabled"]')).toBeChecked();
  expect(await options.content()).not.toContain('firebreak-update-secret');
  await options.close();

  // The popup offers the internal update, and the worker sends it to the address it moved.
  await grantInWorker(worker, 'http://127.0.0.1/*');
  const received: Array<{ url: string; body: Record<string, unknown> }> = [];
  await session.context.route('http://127.0.0.1:8765/**', async (route) => {
    received.push({ url: route.request().url(), body: route.request().postDataJSON() as Record<string, unknown> });
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
  });
  const popup = await session.openExtensionPage('popup');
  await expect(popup.locator('#incident-title')).toHaveText('Kettle recall');
  await popup.getByRole('button', { name: 'Send internal update to the team' }).click();
  await expect(popup.getByText("Sent to the team's chat.")).toBeVisible();
  expect(received).toEqual([expect.objectContaining({ url: HOOK, body: expect.objectContaining({ event: 'internal-update' }) })]);
  expect(session.extensionRequests()).toEqual([]);
});
