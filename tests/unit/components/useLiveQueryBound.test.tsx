// @vitest-environment happy-dom
// Dexie's live query keeps, until it runs again, what every write since its last run changed (its accumMuts):
// one that no write concerns never runs again, and an open dashboard held the keys of every mention written
// (some 7 MB for each idle live query per 20,000 mentions). A live query no write concerns is renewed.
import { Dexie } from 'dexie';
import { afterEach, expect, test, vi } from 'vitest';
import { useLiveQuery, type LiveState } from '@/components/useLiveQuery';
import { RENEW_AFTER_WRITES } from '@/utils/liveQuery';
import { database, type AlertRecord } from '@/utils/tracking/db';
import { mount, settle, unmountAll } from '../options/helpers';
import { mention } from '../dashboard/mention';

/** Each open live query, with how many writes it has been told of since it last gave a result. */
const live = vi.hoisted(() => ({ open: new Set<{ told: number }>(), made: 0 }));
vi.mock('dexie', async (importOriginal) => (await import('../trackedLiveQueries')).tracked(await importOriginal(), live));

afterEach(unmountAll);

const NOW = Date.UTC(2026, 2, 10, 12, 30);

let shown: LiveState<number[]> = { status: 'loading' };
function Alerts() {
  shown = useLiveQuery(async () => (await database().alerts.toArray()).map((alert) => alert.time));
  return null;
}

const alert = (time: number): AlertRecord => ({ time, platform: 'x', level: 'watch', previousLevel: 'normal', reason: 'r', keyTerms: [] });

test('a live query no write concerns holds what at most a bounded number of writes changed', async () => {
  await mount(<Alerts />);
  await vi.waitFor(() => expect(shown.status).toBe('ready'));
  for (let batch = 0; batch < 200; batch++) {
    await database().mentions.bulkPut(Array.from({ length: 5 }, (_, index) => mention(`m-${batch}-${index}`, NOW + batch * 10 + index)));
  }
  await settle();
  expect(live.open.size).toBeGreaterThan(0);
  // 200 writes, none of them to the alerts: without renewal the query has been told of all 200.
  expect(Math.max(...[...live.open].map((query) => query.told))).toBeLessThan(50);
});

test('renewing loses no write: one just before, during and after a renewal is shown', async () => {
  await mount(<Alerts />);
  await vi.waitFor(() => expect(shown.status).toBe('ready'));
  const db = database();
  const made = live.made;
  const written: number[] = [];
  const write = (time: number) => {
    written.push(time);
    void db.alerts.add(alert(time));
  };
  // During: as soon as a renewal has started (the new live query is made, it has not run yet).
  let renewals = live.made;
  const duringRenewal = () => {
    if (live.made === renewals) return;
    renewals = live.made;
    write(1000 + renewals);
  };
  Dexie.on('storagemutated', duringRenewal);
  try {
    // Just before and after: an alert among a run of writes to the mentions, at each point around the
    // RENEW_AFTER_WRITES-th write since the query last ran.
    for (let gap = RENEW_AFTER_WRITES - 3; gap <= RENEW_AFTER_WRITES + 2; gap++) {
      await vi.waitFor(() => expect(shown).toEqual({ status: 'ready', value: written }));
      await settle();
      for (let index = 0; index < 2 * RENEW_AFTER_WRITES; index++) {
        if (index === gap) write(gap);
        await db.mentions.put(mention(`m-${gap}-${index}`, NOW + gap * 100 + index));
      }
    }
    await vi.waitFor(() => expect(shown).toEqual({ status: 'ready', value: written }));
    await settle();
    expect(shown).toEqual({ status: 'ready', value: written });
  } finally {
    Dexie.on('storagemutated').unsubscribe(duringRenewal);
  }
  // Renewed along the way, and written to during renewals.
  expect(live.made - made).toBeGreaterThan(5);
  expect(written.filter((time) => time > 1000).length).toBeGreaterThan(5);
});
