// A worker started without onInstalled (a browser restart: Firefox never keeps alarms, Chrome may clear
// them) creates the alarms its periodic work runs on.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SOURCES_ALARM } from '@/utils/sources/poller';
import { PRUNE_ALARM } from '@/utils/tracking/retention';
import { startWorker, stubLocks, stubMissingApis } from './start-worker';

beforeEach(() => {
  stubLocks();
  stubMissingApis();
});

test('the evaluation, sources and retention alarms exist after a start with none', async () => {
  // fakeBrowser.reset() (tests/unit/setup.ts) left no alarm.
  expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  await startWorker();
  await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(['evaluate', SOURCES_ALARM, PRUNE_ALARM].sort()));
});
