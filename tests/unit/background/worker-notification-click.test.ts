// A notification's body, clicked, opened the dashboard and left the notification on screen (and in the
// notification centre), where its buttons clear it: it had been acted on, and stayed to be dismissed by hand.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/utils/tracking/db';
import { NOTIFICATION_PREFIX } from '@/utils/tracking/alerting';
import { useEnglishMessages } from '../messages';
import { startWorker, stubLocks, stubMissingApis } from './start-worker';

let settled: () => Promise<unknown>;
beforeEach(() => {
  settled = stubLocks();
  stubMissingApis();
  useEnglishMessages();
});

test('a notification clicked opens the dashboard and goes, as its buttons do', async () => {
  const notifications = fakeBrowser.notifications as unknown as {
    create(id: string, options: { title: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    getAll(): Promise<Record<string, boolean>>;
    onClicked: { addListener(listener: (id: string) => void): void; removeListener(): void; hasListener(): boolean };
  };
  const clicks: Array<(id: string) => void> = [];
  notifications.onClicked = { addListener: (listener) => void clicks.push(listener), removeListener: () => {}, hasListener: () => false };
  const shown = new Map<string, { title: string }>();
  vi.spyOn(notifications, 'create').mockImplementation(async (id, options) => {
    shown.set(id, options);
    return id;
  });
  vi.spyOn(notifications, 'clear').mockImplementation(async (id) => shown.delete(id));
  vi.spyOn(notifications, 'getAll').mockImplementation(async () => Object.fromEntries([...shown.keys()].map((id) => [id, true])));
  const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);

  const now = Date.now();
  await database().alerts.add({ time: now - 60_000, platform: 'x', level: 'crisis', previousLevel: 'normal', reason: 'crisis on x', keyTerms: [], notified: false });
  await startWorker();
  await vi.waitFor(async () => expect((await database().alerts.toArray()).every((record) => record.notified)).toBe(true));
  await settled();
  const id = `${NOTIFICATION_PREFIX}x:${now - 60_000}`;
  expect(shown.has(id)).toBe(true);

  expect(clicks).toHaveLength(1);
  clicks[0]!(id);
  await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
  expect(opened.mock.calls[0]![0]).toMatchObject({ url: expect.stringContaining('/dashboard.html') });
  await vi.waitFor(() => expect(shown.has(id)).toBe(false));
});
