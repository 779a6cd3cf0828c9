// A watch's desktop notification stayed on screen after the same platform rose to a crisis: each
// notification's id carries its alert's time, so the crisis's was a second one stacked on the first.
// A platform has one notification at a time now, each alert still told once, and the buttons of the
// one shown still act on its alert.
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

type ButtonListener = (id: string, index: number) => Promise<void>;

test('a platform’s crisis takes the place of its watch; each alert is told once; Declare acts on the crisis', async () => {
  const notifications = fakeBrowser.notifications as unknown as {
    create(id: string, options: { title: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    getAll(): Promise<Record<string, boolean>>;
    onButtonClicked: { addListener(listener: ButtonListener): void; removeListener(): void; hasListener(): boolean };
  };
  const buttons: ButtonListener[] = [];
  notifications.onButtonClicked = { addListener: (listener) => void buttons.push(listener), removeListener: () => {}, hasListener: () => false };
  const shown = new Map<string, { title: string }>();
  const create = vi.spyOn(notifications, 'create').mockImplementation(async (id, options) => {
    shown.set(id, options);
    return id;
  });
  vi.spyOn(notifications, 'clear').mockImplementation(async (id) => shown.delete(id));
  vi.spyOn(notifications, 'getAll').mockImplementation(async () => Object.fromEntries([...shown.keys()].map((id) => [id, true])));
  vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);

  // Alerts a stopped worker recorded but could not tell: X's watch, Reddit's watch, then X's crisis.
  const now = Date.now();
  const alert = (minutesAgo: number, platform: string, level: 'watch' | 'crisis') => ({
    time: now - minutesAgo * 60_000,
    platform,
    level,
    previousLevel: level === 'crisis' ? ('watch' as const) : ('normal' as const),
    reason: `${level} on ${platform}`,
    keyTerms: [],
    notified: false,
  });
  await database().alerts.bulkAdd([alert(3, 'x', 'watch'), alert(2, 'reddit', 'watch'), alert(1, 'x', 'crisis')]);

  await startWorker();
  await vi.waitFor(async () => expect((await database().alerts.toArray()).every((record) => record.notified)).toBe(true));
  await settled();

  expect(create).toHaveBeenCalledTimes(3);
  const crisisId = `${NOTIFICATION_PREFIX}x:${now - 60_000}`;
  expect([...shown.keys()].sort()).toEqual([`${NOTIFICATION_PREFIX}reddit:${now - 2 * 60_000}`, crisisId]);
  expect(shown.get(crisisId)?.title).toBe('Firebreak: possible crisis on X');

  // "Declare an incident" on the notification shown declares from its alert, the crisis.
  expect(buttons).toHaveLength(1);
  await buttons[0]!(crisisId, 0);
  const incidents = await database().incidents.toArray();
  expect(incidents).toHaveLength(1);
  expect(incidents[0]).toMatchObject({ level: 'crisis', platform: 'x' });
  expect(shown.has(crisisId)).toBe(false);
});
