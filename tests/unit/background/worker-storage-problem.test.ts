// "The disk is full" must outlive the worker that saw it: MV3 stops an idle worker within a minute, and the
// next one's first evaluation rewrote the status with a warning it did not know of (null).
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listeningStatus } from '@/utils/settings';
import { describeStorageError } from '@/utils/tracking/storage-errors';
import { useEnglishMessages } from '../messages';
import { startWorker, stubLocks, stubMissingApis } from './start-worker';

let settled: () => Promise<unknown>;
beforeEach(() => {
  settled = stubLocks();
  stubMissingApis();
  useEnglishMessages();
});

test('a fresh worker’s evaluation keeps the warning a stopped worker saved', async () => {
  const errors = vi.spyOn(console, 'error');
  const problem = describeStorageError({ name: 'QuotaExceededError' })!;
  const before = Date.now() - 60_000;
  // What the stopped worker left: its last write failed for lack of space, and it said so.
  await listeningStatus.setValue({ level: 'normal', reason: null, since: before, evaluatedAt: before, platforms: [], storageProblem: problem });

  await startWorker();
  // The minute's alarm wakes the new worker; no page has written anything since.
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'evaluate', scheduledTime: Date.now() } as never);
  await vi.waitFor(async () => expect((await listeningStatus.getValue())?.evaluatedAt).toBeGreaterThan(before));
  await settled();

  expect(errors).not.toHaveBeenCalled();
  expect((await listeningStatus.getValue())?.storageProblem).toBe(problem);
});
