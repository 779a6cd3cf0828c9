// An alert whose desktop notification failed was told again at every evaluation (tell() in
// utils/tracking/listening.ts) for half an hour, and the worker's tellOfAlert posted to the team's
// chat each time: the team got the same "possible crisis" message once a minute (QA, twentieth session).
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '@/utils/tracking/db';
import { useEnglishMessages } from '../messages';
import { startWorker, stubLocks, stubMissingApis, teamChat } from './start-worker';

let settled: () => Promise<unknown>;

beforeEach(() => {
  settled = stubLocks();
  stubMissingApis();
  useEnglishMessages();
});

test('one alert is posted to the team once, even when its desktop notification fails and is retried', async () => {
  const posts = await teamChat(true);
  // The desktop notification fails (Chrome rejects when the icon cannot be loaded, or notifications are blocked).
  vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Unable to download all specified images.'));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

  // An alert a stopped worker recorded but could not tell.
  await database().alerts.add({
    time: Date.now() - 60_000,
    platform: 'reddit',
    level: 'crisis',
    previousLevel: 'normal',
    reason: '18 mentions in the last 10 minutes',
    keyTerms: [],
    notified: false,
  });

  await startWorker();
  await vi.waitFor(() => expect(posts.length).toBeGreaterThanOrEqual(1));
  await settled();
  // The next two minutes' evaluations.
  for (let minute = 0; minute < 2; minute++) {
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'evaluate', scheduledTime: Date.now() } as never);
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(posts, 'webhook POSTs for one alert').toHaveLength(1);
  // The failure is logged once, and the alert counts as told.
  expect(errors.mock.calls.filter(([message]) => String(message).includes('desktop notification'))).toHaveLength(1);
  expect((await database().alerts.toArray()).every((alert) => alert.notified)).toBe(true);
});
