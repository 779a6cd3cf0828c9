// Retention: lowering it deletes older mentions at once, not at the next prune alarm hours later.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { retentionDays } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { bucketsSince, recordMentions } from '@/utils/tracking/mentions';
import { DAY_MS } from '@/utils/tracking/baseline';
import { prunableAt, pruneOnRetentionChange, pruneToRetention, retentionCutoff, type RetentionPruning } from '@/utils/tracking/retention';
import { mention as storedMention } from '../dashboard/mention';

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

/** A stored mention `daysAgo` days before NOW (the dashboard tests' helper). */
const mention = (postId: string, daysAgo: number): Mention => storedMention(postId, NOW - daysAgo * DAY_MS, { sentiment: 'neutral' });

/** Twenty days of mentions, one a day (1.5 days ago … 20.5 days ago). */
async function seed(db: FirebreakDb) {
  await recordMentions(
    db,
    Array.from({ length: 20 }, (_, day) => mention(`m${day}`, day + 1.5)),
  );
}

const olderThan = async (db: FirebreakDb, days: number) => db.mentions.where('time').below(NOW - days * DAY_MS).count();

describe('pruneOnRetentionChange', () => {
  let db: FirebreakDb;
  let pruning: RetentionPruning | undefined;
  beforeEach(async () => {
    db = new FirebreakDb('retention-test');
    await retentionDays.setValue(30);
    await seed(db);
  });
  afterEach(() => pruning?.unwatch());

  test('lowering retention deletes older mentions and their aggregates without waiting for the alarm', async () => {
    const onError = vi.fn();
    pruning = pruneOnRetentionChange({ retention: retentionDays, db: () => db, now: () => NOW, onError });
    expect(await olderThan(db, 7)).toBe(14);

    await retentionDays.setValue(7);

    await vi.waitFor(async () => expect(await olderThan(db, 7)).toBe(0));
    expect(await db.mentions.count()).toBe(6);
    expect((await bucketsSince(db, '1h', 0)).every((bucket) => bucket.start >= NOW - 8 * DAY_MS)).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  test('raising retention deletes nothing', async () => {
    pruning = pruneOnRetentionChange({ retention: retentionDays, db: () => db, now: () => NOW });
    await retentionDays.setValue(90);
    // Give the watcher its turn, then check nothing went.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.mentions.count()).toBe(20);
  });

  test('the alarm’s prune uses the current setting', async () => {
    pruning = pruneOnRetentionChange({ retention: retentionDays, db: () => db, now: () => NOW });
    pruning.unwatch();
    await retentionDays.setValue(10);
    expect(await db.mentions.count()).toBe(20);
    expect(await pruning.prune()).toMatchObject({ mentions: 11 });
    expect(await olderThan(db, 10)).toBe(0);
  });

  test('a failed prune after a change is told to onError, not thrown into the void', async () => {
    const onError = vi.fn();
    const failing = () => {
      throw new Error('disk gone');
    };
    pruning = pruneOnRetentionChange({ retention: retentionDays, db: failing, now: () => NOW, onError });
    await retentionDays.setValue(7);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' })));
  });
});

describe('prunableAt: what a retention would delete, counted as the prune counts it', () => {
  let db: FirebreakDb;
  beforeEach(async () => {
    db = new FirebreakDb('retention-count-test');
    await db.mentions.clear();
    await db.posts.clear();
    await seed(db);
  });

  test('counts the mentions and seen posts a prune to that retention deletes, and deletes nothing itself', async () => {
    await db.posts.bulkPut([
      { platform: 'x', postId: 'old', kind: 'post', sentiment: 'neutral', score: 0, excerpt: '', firstSeen: NOW - 9 * DAY_MS, lastSeen: NOW - 8 * DAY_MS, timesSeen: 1 },
      { platform: 'x', postId: 'new', kind: 'post', sentiment: 'neutral', score: 0, excerpt: '', firstSeen: NOW - 9 * DAY_MS, lastSeen: NOW - DAY_MS, timesSeen: 2 },
    ]);
    const counted = await prunableAt(db, 7, NOW);
    expect(counted).toEqual({ mentions: 14, posts: 1 });
    expect(await db.mentions.count()).toBe(20);
    // The same cutoff: the prune deletes exactly what was counted.
    expect(await pruneToRetention(db, 7, NOW)).toEqual(counted);
  });

  test('a mention exactly at the cutoff is kept by both', async () => {
    await recordMentions(db, [mention('edge', 7)]);
    expect(retentionCutoff(7, NOW)).toBe(NOW - 7 * DAY_MS);
    const counted = await prunableAt(db, 7, NOW);
    expect(await pruneToRetention(db, 7, NOW)).toEqual(counted);
    expect(await db.mentions.get(['x', 'edge'])).toBeDefined();
  });

  test('a retention longer than everything stored deletes nothing', async () => {
    expect(await prunableAt(db, 90, NOW)).toEqual({ mentions: 0, posts: 0 });
  });
});

// QA: the cutoff fell inside an hour, the prune deleted that hour's older mentions but kept its hourly (and
// 5-minute) aggregate whole, so the dashboard's chart counted mentions its lists and key terms no longer had.
describe('the hour the cutoff falls in', () => {
  const MIN = 60_000;
  const AT = NOW + 30 * MIN; // 12:30: the 7-day cutoff falls half-way through an hour
  let db: FirebreakDb;
  beforeEach(async () => {
    db = new FirebreakDb('retention-hour-test');
    await db.mentions.clear();
    await db.buckets.clear();
    await db.posts.clear();
    const cutoff = AT - 7 * DAY_MS;
    await recordMentions(db, [
      storedMention('hours-before', cutoff - 3 * 60 * MIN, { sentiment: 'neutral' }),
      storedMention('same-hour-before', cutoff - 20 * MIN, { sentiment: 'neutral' }),
      storedMention('same-hour-after', cutoff + 10 * MIN, { sentiment: 'neutral' }),
      storedMention('recent', AT - DAY_MS, { sentiment: 'neutral' }),
    ]);
  });

  const total = (buckets: { count: number }[]) => buckets.reduce((sum, bucket) => sum + bucket.count, 0);

  test('the aggregates left count exactly the mentions left, in every bucket size', async () => {
    await pruneToRetention(db, 7, AT);
    const left = await db.mentions.count();
    expect(total(await bucketsSince(db, '1h', 0))).toBe(left);
    expect(total(await bucketsSince(db, '5m', 0))).toBe(left);
  });

  test('never less than the days promised: every mention of the last 7 days stays, older hours go', async () => {
    await pruneToRetention(db, 7, AT);
    const left = (await db.mentions.toArray()).map((stored) => stored.postId).sort();
    expect(left).toContain('same-hour-after');
    expect(left).toContain('recent');
    expect(left).not.toContain('hours-before');
    expect(retentionCutoff(7, AT)).toBeLessThanOrEqual(AT - 7 * DAY_MS);
  });

  test('the count the options page asks with is still what the prune deletes', async () => {
    const counted = await prunableAt(db, 7, AT);
    expect(await pruneToRetention(db, 7, AT)).toEqual(counted);
  });
});
