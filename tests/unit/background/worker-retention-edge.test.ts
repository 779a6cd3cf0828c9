// QA (one crisis, the same facts in every view): with 30 days' retention, a post 30 days and 20 minutes old
// was not stored when a page showed it (exactly 30 days), while the same post already stored was kept by the
// prune (its cut-off is the start of its hour, up to an hour more). A page's post and the prune now keep the
// same posts: one cut-off (retentionCutoff) for both.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import type { ReportedPost } from '@/utils/tracking/posts';
import { brandProfile, retentionDays } from '@/utils/settings';
import { DAY_MS } from '@/utils/tracking/baseline';
import { database } from '@/utils/tracking/db';
import { PRUNE_ALARM } from '@/utils/tracking/retention';
import { useEnglishMessages } from '../messages';
import { answerMessages, startWorker, stubLocks, stubMissingApis } from './start-worker';

const MIN = 60_000;
// Half past the hour: the prune keeps from 12:00 thirty days ago.
const NOW = Date.UTC(2026, 10, 23, 12, 30);

let settled: () => Promise<unknown>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  settled = stubLocks();
  stubMissingApis();
  answerMessages();
  useEnglishMessages();
  await retentionDays.setValue(30);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
  await startWorker();
});
afterEach(() => vi.useRealTimers());

const post = (id: string, ageMs: number): ReportedPost => ({
  platform: 'x',
  id,
  kind: 'post',
  text: 'Brewly kettle broke again',
  time: NOW - ageMs,
  sentiment: 'negative',
  score: -0.6,
  brandTerms: ['brewly'],
});

test('a post the prune would keep is stored when a page shows it, and one it would delete is not', async () => {
  const keptByPrune = post('30d20m', 30 * DAY_MS + 20 * MIN);
  const prunedAnyway = post('30d40m', 30 * DAY_MS + 40 * MIN);
  await sendMessage('content→background:postsSeen', [keptByPrune, prunedAnyway]);
  const stored = async () => (await database().mentions.toArray()).map((mention) => mention.postId).sort();
  expect(await stored()).toEqual(['30d20m']);

  // The prune, at the same moment, keeps what arrived: the two agree.
  await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: NOW } as never);
  await settled();
  await vi.waitFor(async () => expect(await stored()).toEqual(['30d20m']));
});
