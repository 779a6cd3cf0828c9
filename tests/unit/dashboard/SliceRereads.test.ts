// An open dashboard during a crisis: the worker writes new mentions in batches (recordMentions, one
// transaction), all in the newest hour. Each slice of the range follows its own time and kept mentions
// (followSlice), so a batch re-reads the newest slice only, whatever its size: Dexie told its live queries
// that every key of every index had changed for a bulkPut of 50 rows or more, and every slice of a 30-day
// dashboard (some 50) was read again for each batch.
import { RangeSet, rangesOverlap } from 'dexie';
import { expect, test, vi } from 'vitest';
import type { SliceDigest } from '@/components/dashboard/digest';
import { followSlice, slicesOf } from '@/components/dashboard/useRangeDigest';
import { FirebreakDb, type Mention } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { mention } from './mention';
import { quiet } from './quiet';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 11, 15, 30);

test.each([10, 200])('a batch of %i new mentions in the newest hour re-reads the newest slice only', async (size) => {
  const db = new FirebreakDb(`slice-rereads-${size}`);
  // Two mentions in each of the range's 30 days' hours, some engaged: every slice keeps some.
  const history: Mention[] = Array.from({ length: 30 * 24 * 2 }, (_, index) => ({
    ...mention(`old-${index}`, NOW - 30 * DAY + index * 30 * 60_000 + 1, { sentiment: index % 3 === 0 ? 'neutral' : 'negative' }),
    score: index % 3 === 0 ? 0 : -0.1 - (index % 7) / 10,
    ...(index % 2 === 0 ? { engagement: { likes: index % 11, reposts: 0, replies: 0 } } : {}),
  }));
  await recordMentions(db, history);

  const slices = slicesOf(NOW, 30 * DAY);
  const reads = slices.map(() => 0);
  const digests: Array<SliceDigest | undefined> = slices.map(() => undefined);
  const subscriptions = slices.map((slice, index) =>
    followSlice(db, slice, {
      next: (digest) => {
        reads[index]!++;
        digests[index] = digest;
      },
      error: (error) => expect.fail(String(error)),
    }),
  );
  const total = () => reads.reduce((sum, count) => sum + count, 0);
  try {
    await quiet(total);
    expect(reads.every((count) => count >= 1)).toBe(true);

    for (let batch = 0; batch < 3; batch++) {
      reads.fill(0);
      const talk = digests[0]!.talk;
      const newest = Array.from({ length: size }, (_, index) => mention(`new-${batch}-${index}`, NOW - HOUR / 4 + batch * 60_000 + index));
      await recordMentions(db, newest);
      await quiet(total);
      // The newest hour (the first slice) holds them all, read once; no other slice is read again.
      expect(digests[0]!.talk).toBe(talk + size);
      expect(reads).toEqual(slices.map((_, index) => (index === 0 ? 1 : 0)));
    }
  } finally {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    db.close();
  }
});

test("what a batch's write tells the other contexts (the dashboard page, from the worker) names the new mentions only", async () => {
  // Dexie broadcasts what a transaction changed, as its own live queries are told of it: the page's slices
  // compare it with what each of them follows, as in the context that wrote.
  const db = new FirebreakDb('slice-rereads-told');
  // Created and upgraded first: what the upgrade changed (every store) is told before the channel listens.
  await db.open();
  const channel = new BroadcastChannel('x-storagemutated-1');
  const told: Array<Record<string, Parameters<typeof rangesOverlap>[0]>> = [];
  channel.onmessage = (event: MessageEvent<(typeof told)[number]>) => told.push(event.data);
  try {
    await recordMentions(db, Array.from({ length: 200 }, (_, index) => mention(`new-${index}`, NOW - HOUR / 4 + index)));
    await vi.waitFor(() => expect(told.some((parts) => 'idb://slice-rereads-told/mentions/time' in parts)).toBe(true));
    const parts = told.find((parts) => 'idb://slice-rereads-told/mentions/time' in parts)!;
    const part = (name: string) => parts[`idb://slice-rereads-told/mentions/${name}`]!;
    // An older slice's time, its mentions' keys (what its watch follows by key), and the newest hour.
    expect(rangesOverlap(part('time'), new RangeSet(NOW - 30 * DAY, NOW - HOUR))).toBe(false);
    expect(rangesOverlap(part('[platform+time]'), new RangeSet(['x', NOW - 30 * DAY], ['x', NOW - HOUR]))).toBe(false);
    expect(rangesOverlap(part(''), new RangeSet(['x', 'old-0']))).toBe(false);
    expect(rangesOverlap(part(':dels'), new RangeSet(['x', 'old-0']))).toBe(false);
    expect(rangesOverlap(part('time'), new RangeSet(NOW - HOUR / 2, Infinity))).toBe(true);
  } finally {
    channel.close();
    db.close();
  }
});

test.each([
  ['its first watch', 1, [31]],
  ['the watch of the mentions its lists keep', 2, [30, 31]],
])('a write landing while %s takes its first look is read once, after it', async (_, look, talks) => {
  // Dexie runs a live query again before giving its first result when a write it follows lands meanwhile; the
  // slice is read once per state it is seen in, never twice for one write.
  const name = `slice-rereads-look-${look}`;
  const db = new FirebreakDb(name);
  const writer = new FirebreakDb(name);
  let looks = 0;
  // The watch's look at its range reads keys only (the slice's own read, whole mentions).
  db.use({
    stack: 'dbcore',
    name: 'write-during-look',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          query: async (request) => {
            const result = await table.query(request);
            // From another connection and a timer (outside the live query, which may not write), before the look ends.
            if (tableName === 'mentions' && !request.values && ++looks === look) {
              await new Promise((resolve) => setTimeout(() => void writer.mentions.put(mention('new', NOW - 1000)).then(resolve), 0));
            }
            return result;
          },
        };
      },
    }),
  });
  await db.mentions.bulkPut(Array.from({ length: 30 }, (_, index) => mention(`m${index}`, NOW - HOUR + index * 60_000)));
  const read: number[] = [];
  const subscription = followSlice(db, { lo: NOW - 2 * HOUR, hi: Infinity }, { next: (digest) => read.push(digest.talk), error: (error) => expect.fail(String(error)) });
  try {
    await quiet(() => read.length);
    expect(read).toEqual(talks);
  } finally {
    subscription.unsubscribe();
    db.close();
    writer.close();
  }
});

test.each([undefined, 'x' as const])('a mention on the hour is news to its own slice, not to the one ending there (platform %s)', async (platform) => {
  // Dexie takes a range a live query reads as closed at both ends; a slice holds lo <= time < hi.
  const db = new FirebreakDb(`slice-rereads-edge-${platform ?? 'all'}`);
  const hour = Math.floor(NOW / HOUR) * HOUR;
  await recordMentions(db, [mention('before', hour - 10 * 60_000), mention('after', hour + 10 * 60_000)]);
  const slices = [
    { lo: hour - HOUR, hi: hour, ...(platform ? { platform } : {}) },
    { lo: hour, hi: Infinity, ...(platform ? { platform } : {}) },
  ];
  const reads = [0, 0];
  const talks = [0, 0];
  const subscriptions = slices.map((slice, index) =>
    followSlice(db, slice, {
      next: (digest) => {
        reads[index]!++;
        talks[index] = digest.talk;
      },
      error: (error) => expect.fail(String(error)),
    }),
  );
  const total = () => reads[0]! + reads[1]!;
  try {
    await quiet(total);
    reads.fill(0);
    await recordMentions(db, [mention('on-the-hour', hour)]);
    await quiet(total);
    expect(reads).toEqual([0, 1]);
    expect(talks).toEqual([1, 2]);
    // A mention a fraction of a millisecond before the hour is the older slice's (times are read from pages).
    await recordMentions(db, [mention('just-before', hour - 0.25)]);
    await quiet(total);
    expect(reads).toEqual([1, 1]);
    expect(talks).toEqual([2, 2]);
  } finally {
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    db.close();
  }
});
