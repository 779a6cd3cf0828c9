// A listening source's posts older than the retention period are stored all the same: the page path
// drops them (ingestPosts' keepFrom), pollSources hands every mention to recordMentions.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { pollSources } from '@/utils/sources/background';
import { DEFAULT_SOURCES, sourcesSettings, withAllSources } from '@/utils/sources/settings';
import { brandProfile, retentionDays } from '@/utils/settings';
import { FirebreakDb } from '@/utils/tracking/db';

const DAY = 24 * 60 * 60_000;
let db: FirebreakDb;
beforeEach(() => {
  db = new FirebreakDb(`qa-retention-${Math.random()}`);
});
afterEach(() => db.close());

test('a Reddit post 20 days old is not kept when retention is 7 days', async () => {
  const now = Date.now();
  const settings = withAllSources(DEFAULT_SOURCES);
  settings.reddit.enabled = true;
  await sourcesSettings.setValue(settings);
  await retentionDays.setValue(7);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });

  // A quiet brand: Reddit's newest-first search reaches far back on the first poll.
  const body = {
    kind: 'Listing',
    data: {
      after: null,
      children: [
        { kind: 't3', data: { name: 't3_old001', created_utc: (now - 20 * DAY) / 1000, author: 'a', title: 'Brewly is awful, refund now', selftext: '', permalink: '/r/x/comments/old001/x/' } },
        { kind: 't3', data: { name: 't3_new001', created_utc: (now - 60_000) / 1000, author: 'b', title: 'Brewly broke again', selftext: '', permalink: '/r/x/comments/new001/x/' } },
      ],
    },
  };
  const summary = await pollSources(db, undefined, {
    fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    hasPermission: async () => true,
  });
  expect(summary.polled[0]?.ok).toBe(true);

  const keepFrom = now - 7 * DAY;
  const tooOld = (await db.mentions.toArray()).filter((mention) => mention.time < keepFrom).map((mention) => mention.postId);
  expect(tooOld, 'mentions older than the retention period were stored').toEqual([]);
});

test('a Reddit post the prune would keep is kept, as a page’s is: one cut-off, the start of its hour', async () => {
  // Half past the hour: with 7 days' retention the prune keeps from the start of that hour, 7 days back.
  const now = Date.UTC(2026, 10, 23, 12, 30);
  const settings = withAllSources(DEFAULT_SOURCES);
  settings.reddit.enabled = true;
  await sourcesSettings.setValue(settings);
  await retentionDays.setValue(7);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
  const listing = (name: string, ageMs: number) => ({
    kind: 't3',
    data: { name: `t3_${name}`, created_utc: (now - ageMs) / 1000, author: name, title: 'Brewly broke again', selftext: '', permalink: `/r/x/comments/${name}/x/` },
  });
  const body = { kind: 'Listing', data: { after: null, children: [listing('in20m', 7 * DAY + 20 * 60_000), listing('out40m', 7 * DAY + 40 * 60_000)] } };
  const summary = await pollSources(db, undefined, {
    now,
    fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    hasPermission: async () => true,
  });
  expect(summary.polled[0]?.ok).toBe(true);
  expect((await db.mentions.toArray()).map((mention) => mention.postId)).toEqual(['t3_in20m']);
});
