// An open dashboard during a crisis: each slice's watch is a Dexie live query (followSlice), and a live query
// keeps what every write since its last run changed until it runs again. An older slice's watch, which no new
// mention concerns, never ran again: it held the keys of every mention written since the page opened (some
// 7 MB per 20,000 mentions for each of a 30-day range's 55 slices). Each watch is renewed, and the slice is
// still read again for every write that concerns it, and for no other.
import { Dexie } from 'dexie';
import { expect, test, vi } from 'vitest';
import type { SliceDigest } from '@/components/dashboard/digest';
import { followSlice } from '@/components/dashboard/useRangeDigest';
import { FirebreakDb } from '@/utils/tracking/db';
import { recordMentions } from '@/utils/tracking/mentions';
import { mention } from './mention';
import { quiet } from './quiet';

const live = vi.hoisted(() => ({ open: new Set<{ told: number }>(), made: 0 }));
vi.mock('dexie', async (importOriginal) => (await import('../trackedLiveQueries')).tracked(await importOriginal(), live));

const HOUR = 60 * 60_000;
const NOW = Date.UTC(2026, 2, 11, 15, 30);

/** An older hour of 20 mentions (some engaged: its lists keep them) followed, and the newest hour written to. */
async function olderSlice(name: string) {
  const db = new FirebreakDb(name);
  await recordMentions(
    db,
    Array.from({ length: 20 }, (_, index) => ({ ...mention(`old-${index}`, NOW - 5 * HOUR + index * 60_000), engagement: { likes: index + 1, reposts: 0, replies: 0 } })),
  );
  const digests: SliceDigest[] = [];
  const subscription = followSlice(db, { lo: NOW - 5 * HOUR, hi: NOW - 4 * HOUR }, { next: (digest) => digests.push(digest), error: (error) => expect.fail(String(error)) });
  await quiet(() => digests.length);
  let written = 0;
  const writeNewest = () => recordMentions(db, Array.from({ length: 5 }, (_, index) => mention(`new-${written++}-${index}`, NOW - HOUR / 4 + written * 10 + index)));
  return { db, digests, subscription, writeNewest };
}

test("an older slice's watch holds what a bounded number of writes changed, and is not read again for them", async () => {
  const { db, digests, subscription, writeNewest } = await olderSlice('slice-bound');
  try {
    expect(digests).toHaveLength(1);
    for (let batch = 0; batch < 200; batch++) await writeNewest();
    await quiet(() => digests.length);
    expect(live.open.size).toBeGreaterThan(0);
    // 200 writes, none to the slice: without renewal its watch has been told of all 200.
    expect(Math.max(...[...live.open].map((query) => query.told))).toBeLessThan(50);
    // Renewing reads nothing: none of them concerned the slice.
    expect(digests).toHaveLength(1);
  } finally {
    subscription.unsubscribe();
    db.close();
  }
});

test.each([
  ['a new mention in its range', 'add'],
  ['a kept mention deleted', 'delete'],
])('%s just before, during or after a renewal of the watch is read', async (_, change) => {
  const { db, digests, subscription, writeNewest } = await olderSlice(`slice-bound-${change}`);
  let changes = 0;
  const changeSlice = () => {
    changes++;
    return change === 'add'
      ? db.mentions.put({ ...mention(`late-${changes}`, NOW - 5 * HOUR + 30 * 60_000 + changes), engagement: { likes: 1000 - changes, reposts: 0, replies: 0 } })
      : db.mentions.delete(['x', `old-${20 - changes}`]);
  };
  // During: as soon as a renewal has started (a new live query made, not run yet).
  let made = live.made;
  let during = 0;
  const duringRenewal = () => {
    if (live.made === made) return;
    made = live.made;
    if (during++ < 3) void changeSlice();
  };
  Dexie.on('storagemutated', duringRenewal);
  try {
    for (let gap = 0; gap < 30; gap += 3) {
      // Just before and after: among a run of writes to the newest hour, at every point of the renewals' cycle.
      for (let index = 0; index < 40; index++) {
        if (index === gap) void changeSlice();
        await writeNewest();
      }
      await quiet(() => digests.length);
      const last = digests.at(-1)!;
      const engaged = last.engaged.map(({ mention }) => mention.postId);
      if (change === 'add') expect(engaged.filter((id) => id.startsWith('late-'))).toHaveLength(changes);
      else expect(engaged.filter((id) => Number(id.slice(4)) >= 20 - changes)).toEqual([]);
      expect(last.talk).toBe(change === 'add' ? 20 + changes : 20 - changes);
    }
    expect(during).toBeGreaterThan(2);
  } finally {
    Dexie.on('storagemutated').unsubscribe(duringRenewal);
    subscription.unsubscribe();
    db.close();
  }
});
