// @vitest-environment happy-dom
// The dashboard reads its range in slices of time, each a live query of its own: a new mention is read with the
// newest slice alone, not with the whole range again.
import type { DBCoreQueryRequest } from 'dexie';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { firstOf } from '@/components/dashboard/digest';
import { useRangeDigest, type RangeDigest } from '@/components/dashboard/useRangeDigest';
import { database } from '@/utils/tracking/db';
import { mount, settle, unmountAll } from '../options/helpers';
import { mention } from './mention';
import { quiet } from './quiet';

/** Slices starting before `before` are read only once `until` resolves (the last test). */
const hold = vi.hoisted(() => ({ before: -Infinity, until: Promise.resolve() }));
vi.mock('@/components/dashboard/digest', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/dashboard/digest')>();
  return {
    ...actual,
    digestSlice: async (...args: Parameters<typeof actual.digestSlice>) => {
      if (args[1].lo < hold.before) await hold.until;
      return actual.digestSlice(...args);
    },
  };
});

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 10, 12, 30);

afterEach(unmountAll);

/** Where each read of the mentions starts (the time index, or the platform's), from the first test on. */
const reads: number[] = [];

test('a new mention is read with the newest slice only; the lists take it in', async () => {
  database().use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'mentions') return table;
        return {
          ...table,
          query: (request: DBCoreQueryRequest) => {
            const lower: unknown = request.query.range.lower;
            reads.push(Array.isArray(lower) ? (lower[1] as number) : (lower as number));
            return table.query(request);
          },
        };
      },
    }),
  });
  await database().mentions.bulkPut(Array.from({ length: 48 }, (_, index) => mention(`old-${index}`, NOW - DAY + index * 30 * 60_000)));

  let shown: RangeDigest | undefined;
  function Lists() {
    shown = useRangeDigest(NOW, DAY);
    return null;
  }
  await mount(<Lists />);
  await vi.waitFor(() => expect(shown?.complete).toBe(true));
  // 24 hours in 25 slices (the oldest reaches back to the hour), each read once.
  expect(new Set(reads).size).toBe(25);
  // All 48 (the oldest slice reaches before the window: the lists leave those out, see firstOf).
  expect(shown!.talk).toBe(48);
  // The lists are whole before every slice's live query has taken its first look, and a write during one
  // makes Dexie run it again (in CI, once: the oldest slice read again). Nothing being read any more first.
  for (let before = -1; before !== reads.length; ) {
    before = reads.length;
    await settle();
  }

  reads.length = 0;
  await database().mentions.put(mention('new', NOW - 60_000));
  await vi.waitFor(() => expect(shown!.talk).toBe(49));
  await settle();
  // What the slice's live query follows (watchSlice), and its read.
  expect(new Set(reads)).toEqual(new Set([Date.UTC(2026, 2, 10, 12)]));
  expect(shown!.negative.map(({ mention: { postId } }) => postId)).toContain('new');
});

test('the newest slices are shown while older ones are read, their lists exact for the mentions since the oldest of them', async () => {
  // The slices before the newest hour are read only once let go: the newest hour alone is read.
  let letGo!: () => void;
  hold.until = new Promise<void>((resolve) => (letGo = resolve));
  const newestHour = Date.UTC(2026, 2, 10, 12);
  hold.before = newestHour;
  await database().mentions.clear();
  // Every 10 minutes of the day, more negative the older: the day's most negative are all before the newest hour.
  const all = Array.from({ length: 144 }, (_, index) => ({ ...mention(`m${index}`, NOW - DAY + index * 10 * 60_000 + 1), score: -1 + index / 200 }));
  await database().mentions.bulkPut(all);

  let shown: RangeDigest | undefined;
  function Lists() {
    shown = useRangeDigest(NOW, DAY);
    return null;
  }
  await mount(<Lists />);
  await vi.waitFor(() => expect(shown).toBeDefined());
  await settle();
  expect(shown!.complete).toBe(false);
  expect(shown!.readFrom).toBe(newestHour);
  const since = (from: number) =>
    all
      .filter((m) => m.time > from)
      .sort((a, b) => a.score - b.score)
      .slice(0, 8)
      .map((m) => m.postId);
  expect(firstOf(shown!.negative, shown!.readFrom - 1).map(({ mention: { postId } }) => postId)).toEqual(since(newestHour - 1));

  letGo();
  await vi.waitFor(() => expect(shown!.complete).toBe(true));
  expect(firstOf(shown!.negative, NOW - DAY).map(({ mention: { postId } }) => postId)).toEqual(since(NOW - DAY));
});

test("another platform's lists are never shown as this one's: nothing until its newest slice is read", async () => {
  hold.before = -Infinity;
  hold.until = Promise.resolve();
  await database().mentions.clear();
  await database().mentions.bulkPut([
    ...Array.from({ length: 6 }, (_, index) => mention(`x${index}`, NOW - index * HOUR)),
    ...Array.from({ length: 3 }, (_, index) => ({ ...mention(`r${index}`, NOW - index * HOUR), platform: 'reddit' as const })),
  ]);
  let shown: RangeDigest | undefined;
  let choose!: (platform: 'x' | 'reddit') => void;
  function Lists() {
    const [platform, setPlatform] = useState<'x' | 'reddit'>('x');
    choose = setPlatform;
    shown = useRangeDigest(NOW, DAY, platform);
    return null;
  }
  await mount(<Lists />);
  await vi.waitFor(() => expect(shown?.complete).toBe(true));
  expect(shown!.talk).toBe(6);

  // Reddit's slices, the newest too, are read only once let go.
  let letGo!: () => void;
  hold.until = new Promise<void>((resolve) => (letGo = resolve));
  hold.before = Infinity;
  choose('reddit');
  await settle();
  expect(shown).toBeUndefined();

  letGo();
  await vi.waitFor(() => expect(shown?.complete).toBe(true));
  expect(shown!.talk).toBe(3);
  expect(firstOf(shown!.negative, NOW - DAY, 'reddit').map(({ mention: { postId } }) => postId)).toEqual(['r0', 'r1', 'r2']);
});

test('in a 30-day range, the lists show once the newest hour is read, and a new mention reads that hour again only', async () => {
  // A crisis: 30 hours of the newest 30-hour slice held 125,000 mentions, all read before the first list showed
  // (6 s), and again on every new mention. Slices before the newest hour are read only once let go.
  let letGo!: () => void;
  hold.until = new Promise<void>((resolve) => (letGo = resolve));
  // The newest 30-hour slice started 27½ hours before.
  const now = Date.UTC(2026, 2, 11, 15, 30);
  const newestHour = Date.UTC(2026, 2, 11, 15);
  hold.before = newestHour;
  await database().mentions.clear();
  const all = Array.from({ length: 120 }, (_, index) => ({ ...mention(`m${index}`, now - 30 * DAY + index * 6 * HOUR + 1), score: -1 + index / 200 }));
  await database().mentions.bulkPut([...all, mention('newest', now - 60_000)]);

  let shown: RangeDigest | undefined;
  function Lists() {
    shown = useRangeDigest(now, 30 * DAY);
    return null;
  }
  try {
    await mount(<Lists />);
    await vi.waitFor(() => expect(shown).toBeDefined());
    expect(shown!.complete).toBe(false);
    expect(shown!.readFrom).toBe(newestHour);
    expect(firstOf(shown!.negative, shown!.readFrom - 1).map(({ mention: { postId } }) => postId)).toEqual(['newest']);

    letGo();
    await vi.waitFor(() => expect(shown!.complete).toBe(true));
    expect(shown!.talk).toBe(121);
    expect(firstOf(shown!.negative, now - 30 * DAY).map(({ mention: { postId } }) => postId)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);

    // Whatever the reading before the new mention still does is done (CI, under load, once saw the oldest slice
    // read again after the whole range was shown, before this put): what is counted is what the put reads.
    await quiet(() => reads.length);
    reads.length = 0;
    await database().mentions.put(mention('new', now - 30_000));
    await vi.waitFor(() => expect(shown!.talk).toBe(122));
    await settle();
    expect(new Set(reads)).toEqual(new Set([newestHour]));
  } finally {
    hold.before = -Infinity;
    letGo();
  }
});
