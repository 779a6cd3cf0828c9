// A sustained flood: poll after poll brings more new posts than one poll's page budget reads. The
// posts each poll cannot reach are gaps; these tests check that the gaps are read while the flood
// lasts (not only after it), that a quiet period after it brings every post in exactly once, and
// that what is given up (a flood longer than the gaps kept) is exactly what is missing, and said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_GAPS_PER_QUERY, MAX_PAGES_PER_POLL, pollDueSources, type PollDeps, type SourcePollResult } from '@/utils/sources/poller';
import { DEFAULT_SOURCES, withAllSources, type SourceGap, type SourcesSettings, type SourcesState } from '@/utils/sources/settings';
import type { BrandProfile } from '@/utils/tracking/brand';
import { FirebreakDb } from '@/utils/tracking/db';
import { blueskyPost, NOW } from './fixtures';
import { json, startServer, type Recorded, type TestServer } from './server';

const MIN = 60_000;
const INTERVAL = 10 * MIN;
const BLUESKY_PATH = '/xrpc/app.bsky.feed.searchPosts';
const PAGE = 25;

let server: TestServer;
let db: FirebreakDb;
let stored: SourcesState;

beforeEach(async () => {
  server = await startServer();
  db = new FirebreakDb(`flood-${Math.random()}`);
  stored = {};
});
afterEach(async () => {
  db.close();
  await server.close();
});

function settings(): SourcesSettings {
  const out = withAllSources(DEFAULT_SOURCES);
  out.bluesky.enabled = true;
  return out;
}

const ONE_QUERY: BrandProfile = { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] };
const TWO_QUERIES: BrandProfile = { names: ['Brewly'], handles: [], hashtags: [], products: ['Kettle One'], exclusions: [] };

interface Post {
  id: string;
  time: number;
  body: ReturnType<typeof blueskyPost>;
}

/** A post at an absolute time (ms), with a text that one query finds. */
function post(key: string, text: string, time: number): Post {
  const handle = `${key}.bsky.social`;
  return { id: `at://${handle}/app.bsky.feed.post/3l${key}`, time, body: blueskyPost(`3l${key}`, text, handle, NOW - time) };
}

/**
 * Bluesky's search as the AppView answers it: the posts whose text holds `q`, newest first,
 * `since` inclusive, `until` exclusive, 25 a page, a cursor while more remain.
 */
function blueskyFeed(posts: Post[]) {
  return (request: Recorded, response: Parameters<ReturnType<typeof json>>[1]) => {
    const query = request.query;
    const q = (query.get('q') ?? '').toLowerCase();
    const since = query.get('since');
    const until = query.get('until');
    const limit = Number(query.get('limit'));
    const offset = Number(query.get('cursor') ?? 0);
    const matching = posts
      .map((entry) => entry.body)
      .filter((body) => body.record.text.toLowerCase().includes(q))
      .filter((body) => (!since || body.record.createdAt >= since) && (!until || body.record.createdAt < until))
      .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt));
    const page = matching.slice(offset, offset + limit);
    json(200, { posts: page, ...(offset + limit < matching.length ? { cursor: String(offset + limit) } : {}) })(request, response);
  };
}

function deps(profile: BrandProfile, now: number): PollDeps {
  return {
    db,
    now,
    settings: settings(),
    profile,
    fetch: (input, init) => fetch(input, init),
    hasPermission: async () => true,
    // Every poll starts from what was stored: a worker stopped between two polls loses nothing.
    loadState: async () => structuredClone(stored),
    saveState: async (state) => {
      stored = structuredClone(state);
    },
    baseUrls: { bluesky: server.base },
    random: () => 1,
    timeoutMs: 2_000,
  };
}

async function poll(profile: BrandProfile, now: number): Promise<SourcePollResult> {
  const summary = await pollDueSources(deps(profile, now));
  expect(summary.polled).toHaveLength(1);
  return summary.polled[0]!;
}

const ingested = async () => new Set((await db.mentions.toArray()).map((mention) => mention.postId));

/** Round `round`'s posts: `count` of them, at most two seconds apart, within the nine minutes before the poll at NOW + round * INTERVAL. */
function round(round: number, count: number, term = 'Brewly'): Post[] {
  const start = NOW + round * INTERVAL - 9 * MIN;
  const tag = term === 'Brewly' ? 'b' : 'k';
  const step = Math.min(2000, Math.floor((9 * MIN) / count));
  return Array.from({ length: count }, (_, index) => post(`${tag}${round}x${index}`, `${term} flood ${round}-${index}`, start + index * step));
}

/** The posts of a stored gap that are still not ingested: after its old end, up to and including where it resumes. */
function unreadIn(gap: SourceGap, posts: readonly Post[], have: Set<string>): string[] {
  const since = Date.parse(gap.since);
  const resume = Date.parse(gap.resume);
  return posts.filter((entry) => entry.time > since && entry.time <= resume && !have.has(entry.id)).map((entry) => entry.id);
}

describe('a sustained flood on one query', () => {
  it('gaps are read during the flood, and after it every post is a mention exactly once, counted once', async () => {
    // More polls of 150 new posts each (a budget of 100) than MAX_GAPS_PER_QUERY: more gaps than are kept, were none of them read.
    const FLOOD = MAX_GAPS_PER_QUERY + 1;
    const PER_POLL = 150;
    expect(FLOOD).toBeGreaterThan(MAX_GAPS_PER_QUERY);
    expect(PER_POLL).toBeGreaterThan(MAX_PAGES_PER_POLL * PAGE);
    const posts: Post[] = [post('old0', 'Brewly, before the wave', NOW - 20 * MIN)];
    server.on(BLUESKY_PATH, blueskyFeed(posts));
    await poll(ONE_QUERY, NOW);
    expect(await db.mentions.count()).toBe(1);

    let earlierUnread: string[] = [];
    for (let k = 1; k <= FLOOD; k++) {
      const earlier = posts.slice(1);
      posts.push(...round(k, PER_POLL));
      const before = await ingested();
      const result = await poll(ONE_QUERY, NOW + k * INTERVAL);
      const after = await ingested();
      // Every flood poll is cut short, and says so.
      expect(result).toMatchObject({ ok: true, truncated: 'gap' });
      expect(result.gap?.givenUp).toBeUndefined();
      expect(stored.bluesky!.gaps!.Brewly!.length).toBeLessThanOrEqual(MAX_GAPS_PER_QUERY);
      // What the report says it read from gaps is exactly the earlier posts this poll brought in.
      const fromGaps = earlier.filter((entry) => after.has(entry.id) && !before.has(entry.id)).length;
      expect(result.gap?.items ?? 0).toBe(fromGaps);
      expect(result.mentionsAdded).toBe(after.size - before.size);
      if (k >= 2) {
        // Progress while the flood lasts: the posts earlier polls could not reach are fewer after every poll.
        const unread = earlier.filter((entry) => !after.has(entry.id)).map((entry) => entry.id);
        expect(fromGaps).toBeGreaterThan(0);
        expect(unread.length).toBeLessThan(earlierUnread.length);
      }
      earlierUnread = posts.slice(1).filter((entry) => !after.has(entry.id)).map((entry) => entry.id);
    }
    expect(earlierUnread.length).toBeGreaterThan(0);

    // The quiet after the wave: no new posts; the polls read the gaps to their end.
    let now = NOW + FLOOD * INTERVAL;
    let quiet = 0;
    let last: SourcePollResult | undefined;
    while (stored.bluesky!.gaps && quiet < 20) {
      now += INTERVAL;
      quiet++;
      last = await poll(ONE_QUERY, now);
      expect(last.ok).toBe(true);
      expect(last.truncated).toBeUndefined();
      expect(last.gap?.givenUp).toBeUndefined();
    }
    expect(stored.bluesky!.gaps).toBeUndefined();
    expect(last!.gap).toMatchObject({ closed: true });

    const mentions = await db.mentions.toArray();
    expect(mentions).toHaveLength(posts.length);
    expect(new Set(mentions.map((mention) => mention.postId))).toEqual(new Set(posts.map((entry) => entry.id)));
    // Counted once each: the totals are the number of posts, not the number of reads.
    expect(stored.bluesky).toMatchObject({ itemsFetched: posts.length, brandItems: posts.length, mentionsAdded: posts.length });
    // And once in the aggregates the level is computed from.
    const buckets = (await db.buckets.toArray()).filter((bucket) => bucket.size === '5m');
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(posts.length);
  });

  it('a flood longer than the gaps kept: what is given up is exactly what is missing, and the status says so when it happens', async () => {
    // 400 a poll: the gaps open faster than the page kept for them closes them, so the limit is reached.
    const FLOOD = MAX_GAPS_PER_QUERY + 4;
    const PER_POLL = 400;
    const posts: Post[] = [post('old0', 'Brewly, before the wave', NOW - 20 * MIN)];
    server.on(BLUESKY_PATH, blueskyFeed(posts));
    await poll(ONE_QUERY, NOW);

    const abandoned = new Set<string>();
    let gaveUp = 0;
    let now = NOW;
    for (let k = 1; ; k++) {
      if (k <= FLOOD) posts.push(...round(k, PER_POLL));
      else if (!stored.bluesky!.gaps || k > FLOOD + 80) break;
      now = NOW + k * INTERVAL;
      const open = structuredClone(stored.bluesky?.gaps?.Brewly ?? []);
      const result = await poll(ONE_QUERY, now);
      const have = await ingested();
      const still = new Set((stored.bluesky!.gaps?.Brewly ?? []).map((gap) => gap.since));
      // A gap gone from the state with posts of it still unread was given up: those posts are lost.
      const lost = open.filter((gap) => !still.has(gap.since)).flatMap((gap) => unreadIn(gap, posts, have));
      for (const id of lost) abandoned.add(id);
      if (lost.length > 0) {
        gaveUp++;
        expect(result.gap).toMatchObject({ givenUp: 'limit' });
        expect(stored.bluesky!.lastGap).toMatchObject({ givenUp: 'limit' });
        // The oldest unread posts are the ones given up: every gap kept is newer than what was lost.
        const lostTimes = posts.filter((entry) => lost.includes(entry.id)).map((entry) => entry.time);
        for (const gap of stored.bluesky!.gaps?.Brewly ?? []) expect(Date.parse(gap.since)).toBeGreaterThanOrEqual(Math.max(...lostTimes));
      } else {
        expect(result.gap?.givenUp).toBeUndefined();
      }
      // Reading goes on while the flood lasts.
      if (k >= 2 && k <= FLOOD) expect(result.gap?.items ?? 0).toBeGreaterThan(0);
      expect((stored.bluesky!.gaps?.Brewly ?? []).length).toBeLessThanOrEqual(MAX_GAPS_PER_QUERY);
    }
    expect(stored.bluesky!.gaps).toBeUndefined();
    expect(gaveUp).toBeGreaterThan(0);

    // Exactly the posts of the gaps given up are missing; every other post is a mention, counted once.
    const have = await ingested();
    const missing = posts.filter((entry) => !have.has(entry.id)).map((entry) => entry.id);
    expect(new Set(missing)).toEqual(abandoned);
    expect(stored.bluesky).toMatchObject({ itemsFetched: have.size, brandItems: have.size, mentionsAdded: have.size });
    expect(have.size).toBe(posts.length - abandoned.size);
  }, 60_000);
});

describe('a flood on two queries that share the budget', () => {
  it('each poll goes back for the oldest gap, whichever query it belongs to; after the flood every post is in once', async () => {
    const FLOOD = 8;
    const posts: Post[] = [post('oldb', 'Brewly, before the wave', NOW - 30 * MIN), post('oldk', 'Kettle One, before the wave', NOW - 30 * MIN + 1000)];
    server.on(BLUESKY_PATH, blueskyFeed(posts));
    // The first two polls take one query each.
    await poll(TWO_QUERIES, NOW - INTERVAL);
    await poll(TWO_QUERIES, NOW);
    expect(await db.mentions.count()).toBe(2);

    for (let k = 1; k <= FLOOD; k++) {
      posts.push(...round(k, 110, 'Brewly'), ...round(k, 110, 'Kettle One'));
      const gaps = structuredClone(stored.bluesky?.gaps ?? {});
      const start = server.requests.length;
      const result = await poll(TWO_QUERIES, NOW + k * INTERVAL);
      expect(result).toMatchObject({ ok: true, truncated: 'gap' });
      expect(result.gap?.givenUp).toBeUndefined();
      const gapRequests = server.requests.slice(start).filter((request) => request.query.get('until') !== null);
      const open = Object.entries(gaps).flatMap(([query, list]) => list.map((gap) => ({ query, gap })));
      if (open.length > 0) {
        // The budget kept for gaps goes to the oldest one, of either query.
        const oldest = open.reduce((a, b) => (b.gap.newest < a.gap.newest ? b : a));
        expect(gapRequests.length).toBeGreaterThan(0);
        expect(gapRequests[0]!.query.get('q')).toBe(oldest.query);
        expect(gapRequests[0]!.query.get('since')).toBe(oldest.gap.since);
        expect(result.gap!.items).toBeGreaterThan(0);
      }
    }
    // Both queries have gaps open when the flood ends.
    expect(Object.keys(stored.bluesky!.gaps ?? {}).sort()).toEqual(['Brewly', 'Kettle One']);

    let now = NOW + FLOOD * INTERVAL;
    for (let quiet = 0; stored.bluesky!.gaps && quiet < 30; quiet++) {
      now += INTERVAL;
      const result = await poll(TWO_QUERIES, now);
      expect(result.gap?.givenUp).toBeUndefined();
    }
    expect(stored.bluesky!.gaps).toBeUndefined();
    const have = await ingested();
    expect(posts.filter((entry) => !have.has(entry.id))).toEqual([]);
    expect(have.size).toBe(posts.length);
    expect(stored.bluesky).toMatchObject({ itemsFetched: posts.length, brandItems: posts.length, mentionsAdded: posts.length });
  });
});
