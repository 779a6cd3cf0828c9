// Retention: lowering it deletes older mentions at once, not at the next prune alarm hours later.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { retentionDays } from '@/utils/settings';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { bucketsSince, recordMentions } from '@/utils/tracking/mentions';
import { DAY_MS } from '@/utils/tracking/baseline';
import { pruneOnRetentionChange, type RetentionPruning } from '@/utils/tracking/retention';
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
