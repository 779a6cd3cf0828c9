// A worker starts many times a day (MV3 stops an idle one). An alarm it finds is left as it is: created
// again, the six-hourly retention prune would be pushed back at every start and might never run.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRUNE_ALARM } from '@/utils/tracking/retention';
import { startWorker, stubLocks, stubMissingApis } from './start-worker';

beforeEach(() => {
  stubLocks();
  stubMissingApis();
});

test('alarms that exist keep their next time', async () => {
  await fakeBrowser.alarms.create(PRUNE_ALARM, { periodInMinutes: 360, when: Date.now() + 5_000 });
  const before = (await fakeBrowser.alarms.get(PRUNE_ALARM))!.scheduledTime;
  await startWorker();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(3));
  expect((await fakeBrowser.alarms.get(PRUNE_ALARM))!.scheduledTime).toBe(before);
});
