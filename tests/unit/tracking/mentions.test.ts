import { beforeEach, describe, expect, test } from 'vitest';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { bucketStart, bucketsSince, pruneBefore, recordMentions } from '@/utils/tracking/mentions';
import { recordPosts } from '@/utils/tracking/posts';

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const MIN = 60_000;

function mention(postId: string, minutes: number, overrides: Partial<Mention> = {}): Mention {
  return {
    platform: 'x',
    postId,
    time: T0 + minutes * MIN,
    firstSeen: T0 + minutes * MIN,
    sentiment: 'neutral',
    score: 0,
    signals: [],
    excerpt: `post ${postId}`,
    brandTerms: ['Brewly'],
    source: 'page',
    ...overrides,
  };
}

describe('recordMentions', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('mentions-test');
  });

  test('buckets by the post’s own time, in 5-minute and hourly aggregates', async () => {
    await recordMentions(db, [
      mention('a', 1, { sentiment: 'negative', score: -0.8 }),
      mention('b', 3),
      mention('c', 7, { sentiment: 'negative', score: -0.5 }),
      mention('d', 65, { platform: 'reddit' }),
    ]);
    const fiveMinute = await bucketsSince(db, '5m', T0);
    expect(fiveMinute.map(({ platform, start, count, negatives }) => [platform, (start - T0) / MIN, count, negatives])).toEqual([
      ['x', 0, 2, 1],
      ['x', 5, 1, 1],
      ['reddit', 65, 1, 0],
    ]);
    const hourly = await bucketsSince(db, '1h', T0);
    expect(hourly.map(({ platform, count, negatives, sentimentSum }) => [platform, count, negatives, sentimentSum])).toEqual([
      ['x', 3, 2, -1.3],
      ['reddit', 1, 0, 0],
    ]);
  });

  test('a mention seen again counts once; a changed verdict moves its weight', async () => {
    expect(await recordMentions(db, [mention('a', 1, { sentiment: 'negative', score: -0.8 })])).toEqual({ added: 1, updated: 0 });
    expect(await recordMentions(db, [mention('a', 1, { sentiment: 'negative', score: -0.8 })])).toEqual({ added: 0, updated: 1 });
    // Seen later (first seen moves on), and corrected to positive.
    await recordMentions(db, [mention('a', 30, { sentiment: 'positive', score: 0.6 })]);
    expect(await db.mentions.count()).toBe(1);
    const [bucket] = await bucketsSince(db, '5m', T0);
    expect(bucket).toMatchObject({ start: bucketStart(T0 + MIN, '5m'), count: 1, negatives: 0 });
    expect(bucket?.sentimentSum).toBeCloseTo(0.6, 9);
    expect((await bucketsSince(db, '5m', T0)).filter((b) => b.count > 0)).toHaveLength(1);
    expect((await db.mentions.get(['x', 'a']))?.time).toBe(T0 + MIN);
  });

  test('retention prunes old mentions, their buckets and old seen posts', async () => {
    await recordMentions(db, [mention('old', -120), mention('new', 10)]);
    await recordPosts(db, [{ platform: 'x', id: 'p', kind: 'post', text: 'x', sentiment: 'neutral', score: 0 }], T0 - 120 * MIN);
    const removed = await pruneBefore(db, T0);
    expect(removed).toEqual({ mentions: 1, posts: 1 });
    expect((await db.mentions.toArray()).map((m) => m.postId)).toEqual(['new']);
    expect((await bucketsSince(db, '5m', 0)).map((b) => b.start)).toEqual([bucketStart(T0 + 10 * MIN, '5m')]);
    expect((await bucketsSince(db, '1h', 0)).map((b) => b.start)).toEqual([T0]);
  });

  test('a prune from inside an hour keeps that hour whole: its aggregates count only mentions still stored', async () => {
    await recordMentions(db, [mention('older', -90), mention('same-hour', 10), mention('later', 50)]);
    expect(await pruneBefore(db, T0 + 30 * MIN)).toEqual({ mentions: 1, posts: 0 });
    expect((await db.mentions.toArray()).map((m) => m.postId).sort()).toEqual(['later', 'same-hour']);
    const counted = async (size: '5m' | '1h') => (await bucketsSince(db, size, 0)).reduce((sum, b) => sum + b.count, 0);
    expect(await counted('1h')).toBe(2);
    expect(await counted('5m')).toBe(2);
  });
});
