// A platform that fell back to normal and rose again within the cool-down raises no second alert (one a
// spike), but the level did rise while the team was at work: an incident being worked on writes it on its
// timeline, which its post-mortem tells. Nobody is notified of it: no desktop notification, no team chat.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultPlan } from '@/utils/plan/plan';
import { declareIncident } from '@/utils/plan/incident';
import { database } from '@/utils/tracking/db';
import { useEnglishMessages } from '../messages';
import { startWorker, stubLocks, stubMissingApis, teamChat } from './start-worker';

let settled: () => Promise<unknown>;

beforeEach(() => {
  settled = stubLocks();
  stubMissingApis();
  useEnglishMessages();
});

test('a rise within the cool-down goes on the open incident’s timeline, and to no one else', async () => {
  const posts = await teamChat(false);
  const shown = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');

  const now = Date.now();
  const incident = declareIncident(createDefaultPlan(), { title: 'Spike on X', level: 'watch', platform: 'x' }, now - 3 * 60 * 60_000);
  await database().incidents.put(incident);
  // Recorded by a worker stopped before it could tell it: told by the next one, as any alert.
  await database().alerts.add({
    time: now - 60_000,
    platform: 'x',
    level: 'watch',
    previousLevel: 'normal',
    reason: '95 mentions in the last hour, 3.1× normal',
    keyTerms: [],
    notified: false,
    withinCoolDown: true,
  });

  await startWorker();
  await vi.waitFor(async () => expect((await database().alerts.toArray()).every((alert) => alert.notified)).toBe(true));
  await settled();
  const timeline = (await database().incidents.get(incident.id))!.timeline.filter((entry) => entry.kind === 'alert');
  expect(timeline.map((entry) => [entry.at, entry.data?.level, entry.data?.reason])).toEqual([[now - 60_000, 'watch', '95 mentions in the last hour, 3.1× normal']]);
  // Told for what it was: no alert went out.
  expect(timeline[0]!.text).toBe('Rose again to watch, within the cool-down (no one alerted): 95 mentions in the last hour, 3.1× normal');
  expect(shown).not.toHaveBeenCalled();
  expect(posts).toEqual([]);
});
