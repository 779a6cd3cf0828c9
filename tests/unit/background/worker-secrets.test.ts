// The webhook address and the sources' tokens were kept in storage.local, which content scripts can read.
// A worker that starts moves them into the extension's own IndexedDB, and "Delete all stored data"
// deletes them there (and turns team alerts off: there is no address left to send to).
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { getSourceToken, getWebhookUrl, secretsDb } from '@/utils/sources/secrets';
import { useEnglishMessages } from '../messages';
import { answerMessages, startWorker, stubLocks, stubMissingApis } from './start-worker';

const WEBHOOK = 'https://hooks.slack.example.com/services/T000/B000/worker-secret';
const TEAM = { enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true };
const SOURCES = { reddit: { enabled: true, intervalMinutes: 10, enabledAt: 5 } };

beforeEach(() => {
  stubLocks();
  stubMissingApis();
  answerMessages();
  useEnglishMessages();
});

test('a starting worker moves the secrets out of storage.local, and the wipe deletes them', async () => {
  // What an earlier version left.
  await fakeBrowser.storage.local.set({ teamAlerts: { ...TEAM, url: WEBHOOK }, sources: { reddit: { ...SOURCES.reddit, token: 'worker-token' } } });

  await startWorker();
  await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(['teamAlerts', 'sources'])).toEqual({ teamAlerts: TEAM, sources: SOURCES }));
  expect((await secretsDb().secrets.toArray()).map((row) => [row.key, row.value])).toEqual([
    ['token:reddit', 'worker-token'],
    ['webhookUrl', WEBHOOK],
  ]);

  await sendMessage('page→background:wipe', undefined);
  expect(await secretsDb().secrets.count()).toBe(0);
  expect(await getWebhookUrl()).toBe('');
  expect(await getSourceToken('reddit')).toBe('');
  expect(await fakeBrowser.storage.local.get(['teamAlerts', 'sources'])).toEqual({ teamAlerts: { ...TEAM, enabled: false }, sources: SOURCES });
});
