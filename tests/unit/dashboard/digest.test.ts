// The dashboard's lists from its range read in slices (digest.ts, useRangeDigest.ts): the same as sorting every
// mention of the range, for the range read and for any window the clock moves it on to, while holding only a few.
import { Dexie, liveQuery, RangeSet } from 'dexie';
import { beforeEach, expect, test, vi } from 'vitest';
import { digestSlice, firstOf, LIST_LENGTH, mergeDigests, type SliceDigest } from '@/components/dashboard/digest';
import { followSlice, slicesOf } from '@/components/dashboard/useRangeDigest';
import { MAX_TEXTS } from '@/utils/plan/about';
import type { PlatformId } from '@/utils/platforms/types';
import { suggestedAction } from '@/utils/plan/actions';
import { database, type Mention } from '@/utils/tracking/db';

const HOUR = 60 * 60_000;
const NOW = Date.UTC(2026, 2, 10, 12, 0);
const FROM = NOW - 24 * HOUR;
const PLATFORMS: PlatformId[] = ['x', 'reddit', 'bluesky'];
const LABELS = ['negative', 'negative', 'mixed', 'neutral', 'positive'] as const;
const SIGNALS: Mention['signals'][] = [[], [], [], ['boycott'], ['complaint:service']];

/** A pseudo-random number in [0, 1), the same for the same seed. */
const noise = (seed: number) => {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

function mentions(count: number, shape: (index: number) => number = (index) => Math.round(noise(index) * 20) / 20): Mention[] {
  return Array.from({ length: count }, (_, index) => {
    const sentiment = LABELS[Math.floor(noise(index + 0.5) * LABELS.length)]!;
    return {
      platform: PLATFORMS[index % PLATFORMS.length]!,
      postId: `p${index}`,
      // Some share a time: ties are ordered as the lists order them.
      time: FROM - 2 * HOUR + Math.floor((index * 27 * HOUR) / count / 1000) * 1000,
      firstSeen: NOW,
      sentiment,
      score: sentiment === 'negative' ? -shape(index) : 0,
      signals: SIGNALS[Math.floor(noise(index + 0.25) * SIGNALS.length)]!,
      excerpt: `post ${index}`,
      brandTerms: ['Brewly'],
      ...(noise(index + 0.75) < 0.6 ? { engagement: { likes: Math.floor(noise(index + 0.1) * 50), reposts: Math.floor(noise(index + 0.2) * 5) } } : {}),
      source: 'page',
    };
  });
}

const URGENCY = { escalate: 0, 'reply-dm': 1, reply: 2, thank: 3, none: 3 } as const;
const action = (m: Mention) => suggestedAction({ label: m.sentiment, score: m.score, intensity: 0, confidence: 1, signals: m.signals, reasons: [] }, { mentionsBrand: true, responseTargetMinutes: 60 }).kind;
/** The lists as the dashboard made them, from every mention of the window, newest first. */
function sortedAll(all: readonly Mention[], from: number, platform?: PlatformId) {
  const shown = all.filter((m) => m.time > from && (!platform || m.platform === platform)).sort((a, b) => b.time - a.time || (a.platform === b.platform ? (a.postId < b.postId ? 1 : -1) : a.platform < b.platform ? 1 : -1));
  const engagement = (m: Mention) => (m.engagement?.likes ?? 0) + 2 * (m.engagement?.reposts ?? 0) + 2 * (m.engagement?.replies ?? 0);
  return {
    negative: shown
      .filter((m) => m.sentiment === 'negative')
      .sort((a, b) => URGENCY[action(a)] - URGENCY[action(b)] || a.score - b.score)
      .slice(0, LIST_LENGTH)
      .map((m) => m.postId),
    engaged: shown.filter((m) => engagement(m) > 0).sort((a, b) => engagement(b) - engagement(a)).slice(0, LIST_LENGTH).map((m) => m.postId),
  };
}

/** The range after FROM, read as the dashboard reads it: in slices, merged. */
async function digestRange(platform?: PlatformId, maxContenders?: number) {
  const slices = slicesOf(FROM + 24 * HOUR, 24 * HOUR, platform);
  expect(slices.at(-1)!.lo).toBeLessThanOrEqual(FROM);
  return mergeDigests(await Promise.all(slices.map((slice) => digestSlice(database(), slice, maxContenders))));
}

beforeEach(async () => {
  await database().mentions.clear();
});

test.each([
  ['in no particular order', undefined],
  // The worst case for what is kept: every older mention more negative than all newer ones.
  ['more negative the older', (index: number) => 1 - index / 4000],
])('the lists are those of every mention, for the range read and as the window moves on (%s)', async (_name, shape) => {
  const all = mentions(4000, shape);
  await database().mentions.bulkPut(all);
  for (const platform of [undefined, 'reddit' as const]) {
    const digest = await digestRange(platform);
    for (const later of [0, HOUR, 6 * HOUR, 23 * HOUR]) {
      const expected = sortedAll(all, FROM + later, platform);
      expect(firstOf(digest.negative, FROM + later, platform).map(({ mention }) => mention.postId)).toEqual(expected.negative);
      expect(firstOf(digest.engaged, FROM + later, platform).map(({ mention }) => mention.postId)).toEqual(expected.engaged);
    }
    // Only the contenders are held, not the range.
    if (!shape) expect(digest.negative.length + digest.engaged.length).toBeLessThan(300);
    expect(digest.exactUntil).toBe(Infinity);
  }
});

test('over 7 and 30 days, the newest slice read in hours, the lists are those of every mention', async () => {
  const all = mentions(4000);
  await database().mentions.bulkPut(all);
  for (const days of [7, 30]) {
    const slices = slicesOf(NOW, days * 24 * HOUR);
    // The newest hour first, open-ended; then the hours back to the newest slice's start, then whole slices.
    expect(slices[0]).toEqual({ lo: Math.floor(NOW / HOUR) * HOUR, hi: Infinity });
    expect(slices.slice(1).every((slice, index) => slice.hi === slices[index]!.lo)).toBe(true);
    const digest = mergeDigests(await Promise.all(slices.map((slice) => digestSlice(database(), slice))));
    for (const later of [-2 * HOUR, 0, 6 * HOUR, 23 * HOUR]) {
      const expected = sortedAll(all, FROM + later);
      expect(firstOf(digest.negative, FROM + later).map(({ mention }) => mention.postId)).toEqual(expected.negative);
      expect(firstOf(digest.engaged, FROM + later).map(({ mention }) => mention.postId)).toEqual(expected.engaged);
    }
  }
});

test('past the most contenders it keeps, the lists are right until the window moves past one of theirs', async () => {
  // Every older mention beats all newer ones: each is a contender.
  const all = mentions(4000, (index) => 1 - index / 4000).map((m) => ({ ...m, signals: [], engagement: { likes: 4000 - Number(m.postId.slice(1)) } }));
  await database().mentions.bulkPut(all);
  // Some 60 negative mentions and 150 engaged ones an hour, each slice keeping 20 contenders a list at most.
  const digest = await digestRange(undefined, 20);
  expect(digest.negative.length).toBeLessThanOrEqual(25 * 20);
  expect(digest.engaged.length).toBeLessThanOrEqual(25 * 20);
  expect(digest.exactUntil).toBeGreaterThan(FROM);
  expect(digest.exactUntil).toBeLessThan(FROM + HOUR);
  for (const later of [0, digest.exactUntil - FROM - 1]) {
    const expected = sortedAll(all, FROM + later);
    expect(firstOf(digest.negative, FROM + later).map(({ mention }) => mention.postId)).toEqual(expected.negative);
    expect(firstOf(digest.engaged, FROM + later).map(({ mention }) => mention.postId)).toEqual(expected.engaged);
  }
});

test('the key terms read at most MAX_TEXTS negative or mixed mentions, spread over the whole range', async () => {
  const all = mentions(12_000);
  await database().mentions.bulkPut(all);
  const { sample: read } = await digestRange();
  const sample = read.filter((m) => m.time > FROM);
  const talk = all.filter((m) => m.time > FROM && (m.sentiment === 'negative' || m.sentiment === 'mixed'));
  expect(talk.length).toBeGreaterThan(MAX_TEXTS);
  expect(sample.length).toBeLessThanOrEqual(MAX_TEXTS);
  expect(sample.length).toBeGreaterThan(MAX_TEXTS - 50);
  expect(sample.every((m) => m.sentiment === 'negative' || m.sentiment === 'mixed')).toBe(true);
  expect(new Set(sample.map((m) => m.postId)).size).toBe(sample.length);
  // Each quarter of the day holds about a quarter of the sample, as it holds a quarter of the talk.
  for (let quarter = 0; quarter < 4; quarter++) {
    const within = (m: Pick<Mention, 'time'>) => m.time > FROM + quarter * 6 * HOUR && m.time <= FROM + (quarter + 1) * 6 * HOUR;
    const share = sample.filter(within).length / sample.length;
    expect(share).toBeCloseTo(talk.filter(within).length / talk.length, 1);
  }
});

test('a wave in one hour gets its share of the sample, as it has its share of the talk', async () => {
  // A quiet day, and 3,000 negative mentions in one hour of it.
  const quiet = mentions(2_400);
  const wave = Array.from({ length: 3_000 }, (_, index) => ({ ...quiet[0]!, postId: `wave-${index}`, time: FROM + 10 * HOUR + index * 1_000, sentiment: 'negative' as const }));
  await database().mentions.bulkPut([...quiet, ...wave]);
  const { sample } = await digestRange();
  const talk = [...quiet, ...wave].filter((m) => m.time >= FROM && (m.sentiment === 'negative' || m.sentiment === 'mixed'));
  expect(sample.filter((m) => m.postId.startsWith('wave-')).length / sample.length).toBeCloseTo(wave.length / talk.length, 1);
});

test('a new mention changes the key-term sample by a few texts, not all of them', async () => {
  // Key terms tag each text they have not read before (keyTerms keeps the rest): in a crisis a batch a second
  // reached the newest slice, and a sample drawn again by position over the whole range was a new sample.
  const quietDay = mentions(6_000);
  const wave = Array.from({ length: 8_000 }, (_, index) => ({ ...quietDay[0]!, postId: `wave-${index}`, time: NOW - HOUR / 2 + index * 100, sentiment: 'negative' as const }));
  await database().mentions.bulkPut([...quietDay, ...wave]);
  const before = (await digestRange()).sample.map((m) => m.postId);
  expect(before.length).toBeGreaterThan(MAX_TEXTS - 50);
  for (let batch = 0; batch < 3; batch++) {
    await database().mentions.bulkPut(Array.from({ length: 20 }, (_, index) => ({ ...wave[0]!, postId: `new-${batch}-${index}`, time: NOW - HOUR / 2 + 800_000 + batch * 1000 + index })));
  }
  const after = (await digestRange()).sample.map((m) => m.postId);
  const kept = new Set(before);
  // 60 new mentions in 11,000: about 9 of the sample's 1,500 change hands (and as many leave).
  expect(after.filter((id) => !kept.has(id)).length).toBeLessThan(40);
  expect(Math.abs(after.length - before.length)).toBeLessThan(5);
});

test('more mentions at one time than a page holds are each read once', async () => {
  const same = Array.from({ length: 1_300 }, (_, index) => ({ ...mentions(1)[0]!, postId: `same-${index}`, time: FROM + HOUR, sentiment: 'negative' as const, score: -index / 1_300 }));
  await database().mentions.bulkPut([...mentions(700), ...same]);
  const digest = await digestSlice(database(), { lo: FROM, hi: Infinity });
  expect(digest.talk).toBe([...mentions(700), ...same].filter((m) => m.time >= FROM && (m.sentiment === 'negative' || m.sentiment === 'mixed')).length);
  expect(firstOf(digest.negative, FROM).map(({ mention }) => mention.postId)).toEqual(sortedAll([...mentions(700), ...same], FROM).negative);
});

test('a slice read as a live query leaves no page of mentions in the query cache, and still follows new data', async () => {
  // Dexie keeps what a live query read outside a transaction of its own, for as long as it is subscribed (and
  // deep-copies it on every read): every mention of a 30-day range, held while the dashboard is open.
  const all = mentions(1200);
  await database().mentions.bulkPut(all);
  const slice = { lo: FROM - 2 * HOUR, hi: Infinity };
  const digests: Array<{ talk: number }> = [];
  const subscription = liveQuery(() => digestSlice(database(), slice)).subscribe((digest) => digests.push(digest));
  try {
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    const cached = Object.entries(Dexie.cache)
      .filter(([name]) => name.endsWith('/mentions'))
      .flatMap(([, table]) => Object.values(table.queries.query).flat())
      .reduce((rows, entry) => rows + ((entry.res as unknown[] | undefined)?.length ?? 0), 0);
    expect(cached).toBe(0);

    const talk = digests[0]!.talk;
    await database().mentions.put({ ...all[0]!, postId: 'new', time: NOW - 1000, sentiment: 'negative', score: -1 });
    await vi.waitFor(() => expect(digests.at(-1)!.talk).toBe(talk + 1));
  } finally {
    subscription.unsubscribe();
  }
});

test('a slice followed as new data comes is followed by its range of time and the few mentions it keeps, not each of its mentions by key', async () => {
  // A live query's reads note the key of every row they return, held for as long as it is subscribed: 30 days
  // of 20,000 mentions a day were 600,000 keys in balanced trees, each put in with array comparisons (a third
  // of the time a row took, and most of the heap the dashboard held). New data is in the range of the time
  // index read; a deletion is known by key only, and only a deleted mention the lists keep changes them.
  const all = mentions(1200);
  await database().mentions.bulkPut(all);
  const keys = vi.spyOn(RangeSet.prototype, 'addKeys');
  const digests: SliceDigest[] = [];
  const subscription = followSlice(database(), { lo: FROM - 2 * HOUR, hi: Infinity }, { next: (digest) => digests.push(digest), error: (error) => expect.fail(String(error)) });
  try {
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    const noted = keys.mock.calls.reduce((sum, [added]) => sum + [...(added as Iterable<unknown>)].length, 0);
    const kept = digests[0]!.negative.length + digests[0]!.engaged.length;
    expect(kept).toBeLessThan(all.length / 10);
    expect(noted).toBeLessThanOrEqual(kept + 5);

    // New data is read: a mention put in the slice's time.
    const talk = digests[0]!.talk;
    await database().mentions.put({ ...all[0]!, postId: 'new', time: NOW - 1000, sentiment: 'negative', score: -1, signals: ['boycott'] });
    await vi.waitFor(() => expect(digests.at(-1)!.talk).toBe(talk + 1));
    expect(firstOf(digests.at(-1)!.negative, FROM)[0]!.mention.postId).toBe('new');
    // And a mention the lists keep, deleted (the prune), leaves them.
    await database().mentions.delete([all[0]!.platform, 'new']);
    await vi.waitFor(() => expect(firstOf(digests.at(-1)!.negative, FROM).map(({ mention }) => mention.postId)).toEqual(sortedAll(all, FROM).negative));
  } finally {
    subscription.unsubscribe();
  }
});

test('a kept mention deleted before the watch that follows it by key has taken its first look still leaves the lists', async () => {
  // CI: the prune deleting a mention just read into the lists, while the watch for the new kept mentions was
  // being put in place. The last watch no longer followed it by key and the new one never saw it.
  const all = mentions(300);
  await database().mentions.bulkPut(all);
  const digests: SliceDigest[] = [];
  let deleted = false;
  const subscription = followSlice(database(), { lo: FROM - 2 * HOUR, hi: Infinity }, {
    next: (digest) => {
      digests.push(digest);
      // Right as the first digest is given: its watch is being replaced by one that follows its kept mentions.
      if (!deleted) {
        deleted = true;
        void database().mentions.delete([digest.negative[0]!.mention.platform, digest.negative[0]!.mention.postId]);
      }
    },
    error: (error) => expect.fail(String(error)),
  });
  try {
    await vi.waitFor(() => expect(digests.length).toBeGreaterThan(1));
    const remaining = await database().mentions.toArray();
    expect(remaining).toHaveLength(all.length - 1);
    expect(firstOf(digests.at(-1)!.negative, FROM).map(({ mention }) => mention.postId)).toEqual(sortedAll(remaining, FROM).negative);
  } finally {
    subscription.unsubscribe();
  }
});
