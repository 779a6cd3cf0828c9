// The poller against a loopback server that impersonates each API: polling, deduplication with
// pages and across polls, backoff on 429 and 5xx, bad bodies, timeouts, and no network at all
// while every source is off or not allowed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_GAP_AGE_MS, MAX_GAPS_PER_QUERY, MAX_PAGES_PER_POLL, mentionsFromItems, pollDueSources, type PollDeps } from '@/utils/sources/poller';
import { compileBrandMatcher } from '@/utils/tracking/brand';
import { DEFAULT_SOURCES, withAllSources, type SourcesSettings, type SourcesState } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';
import { FirebreakDb } from '@/utils/tracking/db';
import { analysisRules, ingestPosts, saveCorrection } from '@/utils/tracking/ingest';
import { redditClient } from '@/utils/sources/clients';
import { BLUESKY_BODY, blueskyPost, HN_BODY, MASTODON_BODY, NOW, PROFILE, REDDIT_BODY } from './fixtures';
import { json, startServer, type TestServer } from './server';

const MIN = 60_000;
const BLUESKY_PATH = '/xrpc/app.bsky.feed.searchPosts';
const REDDIT_PATH = '/search.json';
const HN_PATH = '/api/v1/search_by_date';
const MASTODON_PATH = '/api/v1/timelines/tag/BrewlyPro';

let server: TestServer;
let db: FirebreakDb;
let stored: SourcesState;

beforeEach(async () => {
  server = await startServer();
  db = new FirebreakDb(`sources-${Math.random()}`);
  stored = {};
});
afterEach(async () => {
  db.close();
  await server.close();
});

function settingsWith(...on: SourceId[]): SourcesSettings {
  const settings = withAllSources(DEFAULT_SOURCES);
  for (const id of on) settings[id].enabled = true;
  settings.mastodon.instance = 'mastodon.example';
  return settings;
}

function deps(overrides: Partial<PollDeps> = {}): PollDeps {
  return {
    db,
    now: NOW,
    settings: settingsWith(),
    profile: PROFILE,
    // The real fetch, to the loopback server.
    fetch: (input, init) => fetch(input, init),
    hasPermission: async () => true,
    loadState: async () => structuredClone(stored),
    saveState: async (state) => {
      stored = structuredClone(state);
    },
    baseUrls: { bluesky: server.base, mastodon: server.base, reddit: server.base, hackernews: server.base },
    random: () => 1,
    timeoutMs: 2_000,
    ...overrides,
  };
}

describe('with every source off', () => {
  it('makes no request and asks for no permission (default settings)', async () => {
    const fetchSpy = vi.fn<PollDeps['fetch']>();
    const permissionSpy = vi.fn(async () => true);
    const loadSpy = vi.fn(async () => ({}));
    const result = await pollDueSources(deps({ settings: withAllSources(DEFAULT_SOURCES), fetch: fetchSpy, hasPermission: permissionSpy, loadState: loadSpy }));
    expect(result).toEqual({ polled: [], mentionsAdded: 0 });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(permissionSpy).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(0);
  });

  it('every source is off by default', () => {
    expect(Object.values(withAllSources(undefined)).map((source) => source.enabled)).toEqual([false, false, false, false]);
  });
});

describe('polling', () => {
  it('Bluesky: records only the posts that name the brand, as listening mentions, and persists the state', async () => {
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect(result.mentionsAdded).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.query.get('q')).toBe('Brewly');
    expect(server.requests[0]!.headers.cookie).toBeUndefined();

    const mentions = await db.mentions.toArray();
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      platform: 'bluesky',
      postId: 'at://alice.bsky.social/app.bsky.feed.post/3lbrewly0001a',
      source: 'listening',
      sentiment: 'negative',
      firstSeen: NOW,
      brandTerms: ['Brewly'],
    });
    expect(mentions[0]!.signals).toContain('boycott');
    expect(await db.buckets.count()).toBe(2);

    expect(stored.bluesky).toMatchObject({
      lastPoll: NOW,
      lastSuccess: NOW,
      nextPoll: NOW + 10 * MIN,
      itemsFetched: 2,
      brandItems: 1,
      mentionsAdded: 1,
      consecutiveFailures: 0,
      queryIndex: 1,
    });
    expect(stored.bluesky!.since.Brewly).toBeDefined();
  });

  it('waits for the interval, then takes the next term and sends since', async () => {
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect((await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 9 * MIN }))).polled).toEqual([]);
    await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 10 * MIN }));
    await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 20 * MIN }));
    await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 30 * MIN }));
    expect(server.requests.map((request) => request.query.get('q'))).toEqual(['Brewly', 'Kettle One', '#BrewlyPro', 'Brewly']);
    expect(server.requests[3]!.query.get('since')).toBe(stored.bluesky!.since.Brewly);
  });

  it('the same post on two polls is one mention', async () => {
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    const again = await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 10 * MIN }));
    expect(again.mentionsAdded).toBe(0);
    expect(await db.mentions.count()).toBe(1);
    const buckets = await db.buckets.toArray();
    expect(buckets.map((bucket) => bucket.count)).toEqual([1, 1]);
    expect(stored.bluesky).toMatchObject({ itemsFetched: 4, mentionsAdded: 1, lastMentions: 0 });
  });

  it('a post seen in a page and then by the source is one mention (the page’s)', async () => {
    await ingestPosts(
      db,
      [
        {
          platform: 'bluesky',
          // What the Bluesky adapter reads from the post's own link on bsky.app.
          id: 'at://alice.bsky.social/app.bsky.feed.post/3lbrewly0001a',
          kind: 'post',
          text: 'Brewly broke my kettle again and support ignores me. Never buying from them. #BoycottBrewly',
          sentiment: 'negative',
          score: -0.7,
          brandTerms: ['Brewly'],
          time: NOW - 60_000,
        },
      ],
      NOW - 30_000,
    );
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect(result.mentionsAdded).toBe(0);
    const mentions = await db.mentions.toArray();
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ source: 'page', firstSeen: NOW - 30_000 });
    expect((await db.buckets.toArray()).every((bucket) => bucket.count === 1)).toBe(true);
  });

  it('a Reddit post seen in a page (t3_ fullname) and by the source is one mention', async () => {
    await ingestPosts(db, [{ platform: 'reddit', id: 't3_1abcde', kind: 'post', text: 'Brewly customer service is a joke', sentiment: 'negative', score: -0.5, brandTerms: ['Brewly'] }], NOW);
    server.on(REDDIT_PATH, json(200, REDDIT_BODY));
    const result = await pollDueSources(deps({ settings: settingsWith('reddit') }));
    expect(result.polled[0]).toMatchObject({ ok: true, items: 2, brandItems: 1, mentionsAdded: 0 });
    expect(await db.mentions.count()).toBe(1);
  });

  it('Mastodon: the hashtag timeline of the chosen instance, HTML read as text', async () => {
    server.on(MASTODON_PATH, json(200, MASTODON_BODY));
    await pollDueSources(deps({ settings: settingsWith('mastodon') }));
    expect(server.requests[0]!.path).toBe(MASTODON_PATH);
    const [mention] = await db.mentions.toArray();
    expect(mention).toMatchObject({ platform: 'mastodon', postId: '113000000000000001', source: 'listening', sentiment: 'negative' });
    expect(mention!.excerpt).toBe("My #Brewly machine & its app are broken <again>.\nTerrible service, I'm furious.");
    expect(stored.mastodon!.since['BrewlyPro,Brewly']).toBe('113000000000000002');
    await pollDueSources(deps({ settings: settingsWith('mastodon'), now: NOW + 10 * MIN }));
    expect(server.requests[1]!.query.get('min_id')).toBe('113000000000000002');
  });

  it('Mastodon without an instance is not set up: no request', async () => {
    const settings = settingsWith('mastodon');
    settings.mastodon.instance = '';
    const fetchSpy = vi.fn<PollDeps['fetch']>();
    const result = await pollDueSources(deps({ settings, fetch: fetchSpy, baseUrls: {} }));
    expect(result.polled[0]!.problem).toEqual({ code: 'not-configured' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('Hacker News: counted, not stored, unless the caller maps it to a platform', async () => {
    server.on(HN_PATH, json(200, HN_BODY));
    const counted = await pollDueSources(deps({ settings: settingsWith('hackernews') }));
    expect(counted.polled[0]).toMatchObject({ ok: true, items: 2, brandItems: 1, mentionsAdded: 0 });
    expect(await db.mentions.count()).toBe(0);
    expect(stored.hackernews!.since.Brewly).toBe(String(HN_BODY.hits[1]!.created_at_i));

    stored = {};
    const mapped = await pollDueSources(deps({ settings: settingsWith('hackernews'), toPlatform: (source, item) => (source === 'hackernews' ? 'x' : item.platform) }));
    expect(mapped.mentionsAdded).toBe(1);
    expect((await db.mentions.toArray())[0]).toMatchObject({ platform: 'x', postId: '40001', permalink: 'https://news.ycombinator.com/item?id=40001' });
  });

  it('polls every due source in one run and saves after each', async () => {
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    server.on(REDDIT_PATH, json(200, REDDIT_BODY));
    server.on(HN_PATH, json(200, HN_BODY));
    server.on(MASTODON_PATH, json(200, MASTODON_BODY));
    const saves: SourcesState[] = [];
    const result = await pollDueSources(
      deps({
        settings: settingsWith('bluesky', 'mastodon', 'reddit', 'hackernews'),
        saveState: async (state) => {
          saves.push(structuredClone(state));
          stored = structuredClone(state);
        },
      }),
    );
    expect(result.polled.map((poll) => poll.source)).toEqual(['bluesky', 'mastodon', 'reddit', 'hackernews']);
    expect(result.mentionsAdded).toBe(3);
    expect(saves).toHaveLength(4);
    expect(Object.keys(saves[0]!)).toEqual(['bluesky']);
  });
});

describe('the brand’s own posts', () => {
  it('are not mentions: a post by one of the brand’s handles is left out', async () => {
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    const profile = { ...PROFILE, handles: [...PROFILE.handles, '@alice.bsky.social'] };
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky'), profile }));
    expect(result.mentionsAdded).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });
});

describe('permissions', () => {
  it('never fetches without the host permission, and says why', async () => {
    const fetchSpy = vi.fn<PollDeps['fetch']>();
    const asked: string[] = [];
    const result = await pollDueSources(
      deps({
        settings: settingsWith('bluesky', 'mastodon', 'reddit', 'hackernews'),
        fetch: fetchSpy,
        hasPermission: async (pattern) => {
          asked.push(pattern);
          return false;
        },
      }),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(asked).toEqual(['https://public.api.bsky.app/*', 'https://mastodon.example/*', 'https://www.reddit.com/*', 'https://hn.algolia.com/*']);
    expect(result.polled.every((poll) => poll.problem?.code === 'permission')).toBe(true);
    expect(stored.bluesky).toMatchObject({ lastError: { code: 'permission', at: NOW }, consecutiveFailures: 0, nextPoll: NOW + 10 * MIN });
  });

  it('a profile with no terms makes no request', async () => {
    const fetchSpy = vi.fn<PollDeps['fetch']>();
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky'), profile: { names: [], handles: [], hashtags: [], products: [], exclusions: [] }, fetch: fetchSpy }));
    expect(result.polled[0]!.problem).toEqual({ code: 'no-terms' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('backoff', () => {
  it('429 with Retry-After in seconds: no request before then, whatever the interval', async () => {
    server.on(BLUESKY_PATH, json(429, { error: 'RateLimitExceeded' }, { 'Retry-After': '3600' }));
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect(result.polled[0]!.problem).toEqual({ code: 'rate-limited', status: 429, retryAfterMs: 3_600_000 });
    expect(stored.bluesky).toMatchObject({ nextPoll: NOW + 60 * MIN, consecutiveFailures: 1, lastError: { code: 'rate-limited', status: 429, at: NOW } });
    await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 59 * MIN }));
    expect(server.requests).toHaveLength(1);

    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    await pollDueSources(deps({ settings: settingsWith('bluesky'), now: NOW + 60 * MIN }));
    expect(server.requests).toHaveLength(2);
    expect(stored.bluesky).toMatchObject({ consecutiveFailures: 0, lastError: undefined, nextPoll: NOW + 70 * MIN, queryIndex: 1 });
  });

  it('429 with Retry-After as an HTTP date', async () => {
    server.on(REDDIT_PATH, json(429, '{}', { 'Retry-After': new Date(NOW + 2 * 60 * MIN).toUTCString() }));
    await pollDueSources(deps({ settings: settingsWith('reddit') }));
    expect(stored.reddit!.nextPoll).toBe(NOW + 120 * MIN);
  });

  it('5xx: exponential backoff with jitter, capped at an hour, reset by a success', async () => {
    server.on(HN_PATH, json(503, { message: 'down' }));
    const settings = settingsWith('hackernews');
    let now = NOW;
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pollDueSources(deps({ settings, now }));
      delays.push((stored.hackernews!.nextPoll! - now) / MIN);
      now = stored.hackernews!.nextPoll!;
    }
    expect(delays).toEqual([10, 20, 40, 60, 60]);
    expect(stored.hackernews).toMatchObject({ consecutiveFailures: 5, lastError: { code: 'server', status: 503 } });
    // The failed polls did not move on to the next term.
    expect(new Set(server.requests.map((request) => request.query.get('query')))).toEqual(new Set(['Brewly']));

    const jittered = await (async () => {
      stored = {};
      await pollDueSources(deps({ settings, random: () => 0 }));
      return (stored.hackernews!.nextPoll! - NOW) / MIN;
    })();
    expect(jittered).toBe(5);
  });

  it('a body that is not JSON is a failure, recorded, never thrown', async () => {
    server.on(REDDIT_PATH, (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html>Our CDN is having a moment</html>');
    });
    const result = await pollDueSources(deps({ settings: settingsWith('reddit') }));
    expect(result.polled[0]).toMatchObject({ ok: false, problem: { code: 'bad-response', status: 200 } });
    expect(stored.reddit).toMatchObject({ consecutiveFailures: 1, lastError: { code: 'bad-response' }, nextPoll: NOW + 10 * MIN });
    expect(await db.mentions.count()).toBe(0);
  });

  it('JSON of the wrong shape is a failure too', async () => {
    server.on(BLUESKY_PATH, json(200, { error: 'InvalidRequest' }));
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect(result.polled[0]!.problem).toEqual({ code: 'bad-response', status: 200 });
  });

  it('a server that never answers times out', async () => {
    server.on(BLUESKY_PATH, () => {
      // Never answers.
    });
    const started = Date.now();
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky'), timeoutMs: 200 }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.polled[0]!.problem).toEqual({ code: 'timeout' });
    expect(stored.bluesky!.consecutiveFailures).toBe(1);
  });

  it('a host that refuses connections is a network failure', async () => {
    const closed = await startServer();
    const base = closed.base;
    await closed.close();
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky'), baseUrls: { bluesky: base } }));
    expect(result.polled[0]!.problem).toEqual({ code: 'network' });
  });

  it('one failing source does not stop the others', async () => {
    server.on(BLUESKY_PATH, json(500, {}));
    server.on(REDDIT_PATH, json(200, REDDIT_BODY));
    const result = await pollDueSources(deps({ settings: settingsWith('bluesky', 'reddit') }));
    expect(result.polled.map((poll) => poll.ok)).toEqual([false, true]);
    expect(result.mentionsAdded).toBe(1);
  });

  it('turning a source on again starts over: due at once, no backoff left', async () => {
    server.on(BLUESKY_PATH, json(429, {}, { 'Retry-After': '86400' }));
    await pollDueSources(deps({ settings: settingsWith('bluesky') }));
    expect(stored.bluesky!.nextPoll).toBe(NOW + 24 * 60 * MIN);
    server.on(BLUESKY_PATH, json(200, { posts: [blueskyPost('3lbrewly0009z', 'Brewly is fine actually')] }));
    const settings = settingsWith('bluesky');
    settings.bluesky.enabledAt = NOW + MIN;
    const result = await pollDueSources(deps({ settings, now: NOW + 2 * MIN }));
    expect(result.polled[0]!.ok).toBe(true);
    expect(stored.bluesky).toMatchObject({ enabledAt: NOW + MIN, consecutiveFailures: 0 });
  });
});

describe('analysis rules', () => {
  it('are read only when a source is due, and applied', async () => {
    const loadRules = vi.fn(async () => ({ overrides: {}, lexicon: { broke: 'ignore' as const, ignores: 'ignore' as const, never: 'ignore' as const } }));
    await pollDueSources(deps({ loadRules }));
    expect(loadRules).not.toHaveBeenCalled();
    server.on(BLUESKY_PATH, json(200, { posts: [blueskyPost('3lbrewly0005e', 'Brewly is awful')] }));
    await pollDueSources(deps({ settings: settingsWith('bluesky'), loadRules }));
    expect(loadRules).toHaveBeenCalledTimes(1);
    await pollDueSources(deps({ settings: settingsWith('bluesky'), loadRules, now: NOW + MIN }));
    expect(loadRules).toHaveBeenCalledTimes(1);
  });

  it('a background-style run with the real storage items', async () => {
    const { pollSources } = await import('@/utils/sources/background');
    const { sourcesSettings, sourcesState } = await import('@/utils/sources/settings');
    const { brandProfile } = await import('@/utils/settings');
    await brandProfile.setValue(PROFILE);
    await sourcesSettings.setValue(settingsWith('bluesky'));
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    const summary = await pollSources(db, undefined, { baseUrls: { bluesky: server.base }, hasPermission: async () => true, now: NOW });
    expect(summary.mentionsAdded).toBe(1);
    expect((await sourcesState.getValue()).bluesky).toMatchObject({ mentionsAdded: 1, lastPoll: NOW });
  });

  it('a background-style run sends the token from the secrets store, never one from the settings', async () => {
    const { pollSources } = await import('@/utils/sources/background');
    const { sourcesSettings } = await import('@/utils/sources/settings');
    const { setSourceToken } = await import('@/utils/sources/secrets');
    const { brandProfile } = await import('@/utils/settings');
    await brandProfile.setValue(PROFILE);
    await sourcesSettings.setValue(settingsWith('bluesky'));
    await setSourceToken('bluesky', 'tok-from-secrets');
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    await pollSources(db, undefined, { baseUrls: { bluesky: server.base }, hasPermission: async () => true, now: NOW });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer tok-from-secrets']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tok-from-secrets');
  });

  it('a token an earlier version kept in storage.local is still sent, and moved out of it', async () => {
    const { pollSources } = await import('@/utils/sources/background');
    const { getSourceToken } = await import('@/utils/sources/secrets');
    const { brandProfile } = await import('@/utils/settings');
    await brandProfile.setValue(PROFILE);
    const legacy = settingsWith('bluesky');
    await fakeBrowser.storage.local.set({ sources: { ...legacy, bluesky: { ...legacy.bluesky, token: 'tok-legacy' } } });
    server.on(BLUESKY_PATH, json(200, BLUESKY_BODY));
    await pollSources(db, undefined, { baseUrls: { bluesky: server.base }, hasPermission: async () => true, now: NOW });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer tok-legacy']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('tok-legacy');
    expect(await getSourceToken('bluesky')).toBe('tok-legacy');
  });
});

describe('a label the user corrected on the page', () => {
  const MARKDOWN_POST = { name: 't3_md1', title: 'Brewly Kettle Pro review', selftext: 'Honestly it **kills** the competition, boiling is *insanely* fast. [video](https://youtu.be/abc)' };
  // What the Reddit page shows for that post, and what the correction is keyed on.
  const PAGE_TEXT = 'Brewly Kettle Pro review Honestly it kills the competition, boiling is insanely fast. video';
  const redditWith = (data: Record<string, unknown>) =>
    json(200, { kind: 'Listing', data: { children: [{ kind: 't3', data: { author: 'bob', permalink: '/r/k/comments/md1/x/', created_utc: (NOW - 600_000) / 1000, ...data } }] } });

  async function correctAfterFirstPoll(): Promise<string> {
    await pollDueSources(deps({ settings: settingsWith('reddit') }));
    const [mention] = await db.mentions.toArray();
    const label = mention!.sentiment === 'positive' ? 'negative' : 'positive';
    await saveCorrection(db, { platform: 'reddit', postId: 't3_md1', text: PAGE_TEXT, label, previous: mention!.sentiment }, NOW + MIN);
    return label;
  }

  it('matches the source’s text (markdown read as the page shows it), so the analysis agrees with it', async () => {
    server.on(REDDIT_PATH, redditWith(MARKDOWN_POST));
    const label = await correctAfterFirstPoll();
    const [mention] = await db.mentions.toArray();
    expect(mention!.excerpt).toBe(PAGE_TEXT);
    const rules = await analysisRules(db, {});
    const { mentions } = mentionsFromItems('reddit', redditClient.parse({ data: { children: [{ kind: 't3', data: MARKDOWN_POST }] } })!, compileBrandMatcher(PROFILE), NOW, { rules });
    expect(mentions[0]!.sentiment).toBe(label);
  });

  it('is kept when the source polls the post again, even when the source’s text differs from the page’s', async () => {
    server.on(REDDIT_PATH, redditWith(MARKDOWN_POST));
    const label = await correctAfterFirstPoll();
    // The author edited the post: the correction's text no longer matches, the user's label still stands.
    server.on(REDDIT_PATH, redditWith({ ...MARKDOWN_POST, selftext: `${MARKDOWN_POST.selftext} Edit: still boiling.` }));
    await pollDueSources(deps({ settings: settingsWith('reddit'), now: NOW + 10 * MIN, loadRules: () => analysisRules(db, {}) }));
    const [mention] = await db.mentions.toArray();
    expect(mention!.sentiment).toBe(label);
    const buckets = await db.buckets.toArray();
    expect(buckets.map((bucket) => [bucket.count, bucket.negatives])).toEqual(buckets.map(() => [1, label === 'negative' ? 1 : 0]));
  });
});

describe('mentionsFromItems', () => {
  it('a post that leaves the brand for another is a negative mention, though mixed as a whole', () => {
    const text = 'Switched from Brewly to KettleCo last week. KettleCo is amazing, Brewly is trash.';
    const { mentions } = mentionsFromItems(
      'bluesky',
      [{ postId: 'at://sam/1', platform: 'bluesky', kind: 'post', text, author: 'sam.bsky.social' }],
      compileBrandMatcher(PROFILE),
      NOW,
    );
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ sentiment: 'negative' });
    expect(mentions[0]!.score).toBeLessThan(0);
  });
});

describe('more new posts than one page holds', () => {
  /** Bluesky's search as the AppView answers it: newest first, `since` inclusive, `until` not, 25 a page, a cursor while more remain. */
  function blueskyFeed(posts: ReturnType<typeof blueskyPost>[]) {
    return json200((query) => {
      const since = query.get('since');
      const until = query.get('until');
      const limit = Number(query.get('limit'));
      const offset = Number(query.get('cursor') ?? 0);
      const matching = posts
        .filter((post) => (!since || post.record.createdAt >= since) && (!until || post.record.createdAt < until))
        .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt));
      const page = matching.slice(offset, offset + limit);
      return { posts: page, ...(offset + limit < matching.length ? { cursor: String(offset + limit) } : {}) };
    });
  }
  function json200(answer: (query: URLSearchParams) => unknown) {
    return (request: { query: URLSearchParams }, response: import('node:http').ServerResponse) => json(200, answer(request.query))(request as never, response);
  }
  const burst = (count: number, offsetMs = 0) =>
    Array.from({ length: count }, (_, index) => blueskyPost(`3lburst${String(index).padStart(4, '0')}`, `Brewly post number ${index}`, `user${index}.bsky.social`, offsetMs - index * 1000));

  it('Bluesky: follows the cursor back to the previous position, so 60 new posts are 60 mentions', async () => {
    const settings = settingsWith('bluesky');
    const profile = { ...PROFILE, products: [], hashtags: [] };
    const posts = [blueskyPost('3lold00001', 'Brewly, an old post', 'old.bsky.social', 20 * MIN)];
    server.on(BLUESKY_PATH, blueskyFeed(posts));
    await pollDueSources(deps({ settings, profile }));
    expect(await db.mentions.count()).toBe(1);

    // 60 posts arrive before the next poll, 10 minutes later.
    posts.push(...burst(60, -9 * MIN));
    const result = await pollDueSources(deps({ settings, profile, now: NOW + 10 * MIN }));
    expect(await db.mentions.count()).toBe(61);
    // `since` is inclusive: the old post comes back on the last page, read but not counted again.
    expect(result.polled[0]).toMatchObject({ ok: true, items: 61, mentionsAdded: 60 });
    expect(result.polled[0]!.truncated).toBeUndefined();
    expect(server.requests.slice(1).map((request) => request.query.get('cursor'))).toEqual([null, '25', '50']);
    expect(stored.bluesky).toMatchObject({ lastItems: 61, lastMentions: 60, itemsFetched: 61, mentionsAdded: 61, lastTruncated: undefined });
  });

  it('Bluesky: stops at the page budget and records that the poll was cut short', async () => {
    const settings = settingsWith('bluesky');
    const profile = { ...PROFILE, products: [], hashtags: [] };
    const posts = [blueskyPost('3lold00001', 'Brewly, an old post', 'old.bsky.social', 20 * MIN)];
    server.on(BLUESKY_PATH, blueskyFeed(posts));
    await pollDueSources(deps({ settings, profile }));
    posts.push(...burst(150, -9 * MIN));
    const result = await pollDueSources(deps({ settings, profile, now: NOW + 10 * MIN }));
    expect(server.requests).toHaveLength(1 + MAX_PAGES_PER_POLL);
    expect(result.polled[0]).toMatchObject({ ok: true, items: 25 * MAX_PAGES_PER_POLL, truncated: 'gap' });
    expect(stored.bluesky!.lastTruncated).toBe('gap');
    // The posts between the oldest one read and the old position: a gap the next polls go back for.
    const oldest = new Date(NOW + 9 * MIN + 50_000).toISOString();
    expect(stored.bluesky!.gaps).toEqual({
      Brewly: [{ since: new Date(NOW - 20 * MIN).toISOString(), resume: oldest, seen: ['at://user50.bsky.social/app.bsky.feed.post/3lburst0050'], newest: Date.parse(oldest), openedAt: NOW + 10 * MIN }],
    });
  });

  /** A Mastodon tag timeline: newest first; min_id gives the statuses just after it, since_id the newest after it. */
  function mastodonFeed(ids: number[]) {
    return json200((query) => {
      const limit = Math.min(Number(query.get('limit') ?? 20), 40);
      const minId = query.get('min_id');
      const sinceId = query.get('since_id');
      const after = ids.filter((id) => id > Number(minId ?? sinceId ?? 0)).sort((a, b) => a - b);
      const page = minId ? after.slice(0, limit) : after.slice(-limit);
      return page.reverse().map((id) => ({ ...MASTODON_BODY[0], id: String(id), url: `https://mastodon.example/@dana/${id}` }));
    });
  }

  it('Mastodon: reads forward from the previous status, page by page, and an early stop loses nothing', async () => {
    const settings = settingsWith('mastodon');
    const ids = [1000];
    server.on(MASTODON_PATH, mastodonFeed(ids));
    await pollDueSources(deps({ settings }));
    expect(stored.mastodon!.since['BrewlyPro,Brewly']).toBe('1000');

    for (let index = 1; index <= 200; index++) ids.push(1000 + index);
    const first = await pollDueSources(deps({ settings, now: NOW + 10 * MIN }));
    expect(first.polled[0]).toMatchObject({ ok: true, items: 160, mentionsAdded: 160, truncated: 'deferred' });
    expect(stored.mastodon!.lastTruncated).toBe('deferred');
    const second = await pollDueSources(deps({ settings, now: NOW + 20 * MIN }));
    expect(second.polled[0]).toMatchObject({ ok: true, items: 40, mentionsAdded: 40 });
    expect(second.polled[0]!.truncated).toBeUndefined();
    expect(await db.mentions.count()).toBe(201);
    expect(stored.mastodon).toMatchObject({ itemsFetched: 201, since: { 'BrewlyPro,Brewly': '1200' } });
  });

  /** Reddit's search: newest first, `limit` a page, `after` the fullname to continue from; `listed`, how far back it lists. */
  function redditFeed(things: Array<{ id: string; time: number }>, listed = Infinity) {
    return json200((query) => {
      const limit = Number(query.get('limit'));
      const sorted = [...things].sort((a, b) => b.time - a.time).slice(0, listed);
      const start = query.get('after') ? sorted.findIndex((thing) => `t3_${thing.id}` === query.get('after')) + 1 : 0;
      const page = sorted.slice(start, start + limit);
      return {
        kind: 'Listing',
        data: {
          after: start + limit < sorted.length ? `t3_${page.at(-1)!.id}` : null,
          children: page.map((thing) => ({
            kind: 't3',
            data: { name: `t3_${thing.id}`, title: `Brewly thread ${thing.id}`, selftext: '', author: 'poster', permalink: `/r/x/comments/${thing.id}/x/`, created_utc: thing.time / 1000 },
          })),
        },
      };
    });
  }

  it('Reddit: pages back until it meets a post it had read, and counts each post once in the totals', async () => {
    const settings = settingsWith('reddit');
    const things = [1, 2, 3].map((index) => ({ id: `old${index}`, time: NOW - 60 * MIN + index * 1000 }));
    server.on(REDDIT_PATH, redditFeed(things));
    await pollDueSources(deps({ settings }));
    // The same three posts, twice more: read, not counted again.
    await pollDueSources(deps({ settings, now: NOW + 10 * MIN }));
    await pollDueSources(deps({ settings, now: NOW + 20 * MIN }));
    expect(server.requests).toHaveLength(3);
    expect(stored.reddit).toMatchObject({ itemsFetched: 3, brandItems: 3, mentionsAdded: 3, lastItems: 3, lastMentions: 0 });

    for (let index = 0; index < 60; index++) things.push({ id: `new${index}`, time: NOW + 21 * MIN + index * 1000 });
    const result = await pollDueSources(deps({ settings, now: NOW + 30 * MIN }));
    expect(result.polled[0]).toMatchObject({ ok: true, mentionsAdded: 60 });
    expect(server.requests.slice(3).map((request) => request.query.get('after'))).toEqual([null, 't3_new35', 't3_new10']);
    expect(await db.mentions.count()).toBe(63);
    expect(stored.reddit).toMatchObject({ itemsFetched: 63, brandItems: 63, mentionsAdded: 63 });
  });

  it('Hacker News: reads the further pages Algolia reports, within the budget', async () => {
    const settings = settingsWith('hackernews');
    server.on(HN_PATH, json(200, HN_BODY));
    await pollDueSources(deps({ settings, profile: { ...PROFILE, products: [] } }));
    server.on(
      HN_PATH,
      json200((query) => {
        const page = Number(query.get('page') ?? 0);
        const hits = Array.from({ length: 50 }, (_, index) => ({ objectID: String(50_000 + page * 50 + index), title: `Brewly story ${page}-${index}`, created_at_i: Math.floor(NOW / 1000) + 600 - page * 50 - index, author: 'a' }));
        return { hits, page, nbPages: 6 };
      }),
    );
    const result = await pollDueSources(deps({ settings, profile: { ...PROFILE, products: [] }, now: NOW + 10 * MIN }));
    expect(server.requests.slice(1).map((request) => request.query.get('page'))).toEqual([null, '1', '2', '3']);
    expect(result.polled[0]).toMatchObject({ ok: true, items: 200, brandItems: 200, truncated: 'gap' });
  });

  it('a later page that fails: what was read is kept, the position stays, and the status shows the failure', async () => {
    const settings = settingsWith('bluesky');
    const profile = { ...PROFILE, products: [], hashtags: [] };
    const posts = [blueskyPost('3lold00001', 'Brewly, an old post', 'old.bsky.social', 20 * MIN)];
    const feed = blueskyFeed(posts);
    server.on(BLUESKY_PATH, feed);
    await pollDueSources(deps({ settings, profile }));
    const position = stored.bluesky!.since.Brewly;
    posts.push(...burst(60, -9 * MIN));
    server.on(BLUESKY_PATH, (request, response) => (request.query.get('cursor') ? json(502, {})(request, response) : feed(request, response)));
    const result = await pollDueSources(deps({ settings, profile, now: NOW + 10 * MIN }));
    expect(result.polled[0]).toMatchObject({ ok: false, mentionsAdded: 25, problem: { code: 'server', status: 502 } });
    expect(await db.mentions.count()).toBe(26);
    expect(stored.bluesky).toMatchObject({ lastError: { code: 'server', status: 502 }, consecutiveFailures: 1, itemsFetched: 1, mentionsAdded: 26 });
    expect(stored.bluesky!.since.Brewly).toBe(position);
  });

  describe('a poll cut short: the next polls go back for the gap', () => {
    const profile = { ...PROFILE, products: [], hashtags: [] };
    const settings = settingsWith('bluesky');
    const OLD = blueskyPost('3lold00001', 'Brewly, an old post', 'old.bsky.social', 20 * MIN);
    const OLD_POSITION = new Date(NOW - 20 * MIN).toISOString();
    /** Burst post `index` is posted at NOW + 9 minutes + index seconds: index 0 is the oldest. */
    const burstTime = (index: number) => NOW + 9 * MIN + index * 1000;
    const poll = (now: number) => pollDueSources(deps({ settings, profile, now }));
    const requestsFrom = (start: number) => server.requests.slice(start).map((request) => ({ until: request.query.get('until'), cursor: request.query.get('cursor') }));

    /** A first poll that reads the old post, then `count` new posts and a poll that reads 4 pages of them and leaves the rest. */
    async function cutShort(count: number) {
      const posts = [OLD];
      server.on(BLUESKY_PATH, blueskyFeed(posts));
      await poll(NOW);
      posts.push(...burst(count, -9 * MIN));
      const cut = await poll(NOW + 10 * MIN);
      expect(cut.polled[0]).toMatchObject({ ok: true, items: 100, mentionsAdded: 100 });
      return posts;
    }

    it('Bluesky: 150 new posts, 4 pages read; the next poll reads the new posts first, then the 50 left, and says the gap is closed', async () => {
      await cutShort(150);
      expect(await db.mentions.count()).toBe(101);

      const before = server.requests.length;
      const result = await poll(NOW + 20 * MIN);
      // New posts first (none but the newest already read), then the gap: `since` the old position, `until` just past the oldest post read.
      const until = new Date(burstTime(50) + 1).toISOString();
      expect(requestsFrom(before)).toEqual([
        { until: null, cursor: null },
        { until, cursor: null },
        { until, cursor: '25' },
        { until, cursor: '50' },
      ]);
      expect(server.requests.slice(before + 1).every((request) => request.query.get('since') === OLD_POSITION)).toBe(true);
      expect(result.polled[0]).toMatchObject({ ok: true, mentionsAdded: 50, gap: { items: 50, closed: true } });
      expect(result.polled[0]!.truncated).toBeUndefined();

      // Every post once: 1 old + 150 new, no mention twice, each counted once in the totals.
      const mentions = await db.mentions.toArray();
      expect(mentions).toHaveLength(151);
      expect(new Set(mentions.map((mention) => mention.postId)).size).toBe(151);
      expect(mentions.filter((mention) => mention.postId.includes('3lburst')).map((mention) => mention.postId).sort()).toEqual(
        Array.from({ length: 150 }, (_, index) => `at://user${index}.bsky.social/app.bsky.feed.post/3lburst${String(index).padStart(4, '0')}`).sort(),
      );
      expect(stored.bluesky).toMatchObject({ itemsFetched: 151, brandItems: 151, mentionsAdded: 151, lastGap: { items: 50, closed: true } });
      expect(stored.bluesky!.gaps).toBeUndefined();
      expect(stored.bluesky!.lastTruncated).toBeUndefined();

      // Closed: the poll after reads one page and nothing more.
      const after = server.requests.length;
      const quiet = await poll(NOW + 30 * MIN);
      expect(server.requests.length - after).toBe(1);
      expect(quiet.polled[0]!.gap).toBeUndefined();
      expect(stored.bluesky!.lastGap).toBeUndefined();
    });

    it('Bluesky: new posts still come first; the gap shares what is left of the budget and is read over several polls', async () => {
      const posts = await cutShort(200);
      // 30 more arrive before the next poll: two pages for them, two left for the gap.
      posts.push(...Array.from({ length: 30 }, (_, index) => blueskyPost(`3lmore${String(index).padStart(4, '0')}`, `Brewly again ${index}`, `more${index}.bsky.social`, -15 * MIN - index * 1000)));
      const before = server.requests.length;
      const second = await poll(NOW + 20 * MIN);
      expect(server.requests.length - before).toBe(MAX_PAGES_PER_POLL);
      expect(requestsFrom(before).map((request) => request.until !== null)).toEqual([false, false, true, true]);
      expect(second.polled[0]).toMatchObject({ ok: true, mentionsAdded: 30 + 49, gap: { items: 49 } });
      expect(second.polled[0]!.gap!.closed).toBeUndefined();
      // Where the gap goes on is stored: a worker stopped now loses nothing.
      expect(stored.bluesky!.gaps!.Brewly).toEqual([
        expect.objectContaining({ since: OLD_POSITION, resume: new Date(burstTime(51)).toISOString(), seen: ['at://user51.bsky.social/app.bsky.feed.post/3lburst0051'] }),
      ]);
      expect(stored.bluesky!.lastGap).toEqual({ items: 49 });

      const third = await poll(NOW + 30 * MIN);
      expect(third.polled[0]).toMatchObject({ ok: true, mentionsAdded: 51, gap: { items: 51, closed: true } });
      expect(await db.mentions.count()).toBe(1 + 200 + 30);
      expect(stored.bluesky).toMatchObject({ itemsFetched: 231, brandItems: 231, mentionsAdded: 231 });
      expect(stored.bluesky!.gaps).toBeUndefined();
    });

    it('Bluesky: a gap page that fails keeps what was read, moves the gap down, and the next poll closes it', async () => {
      const posts = await cutShort(150);
      const feed = blueskyFeed(posts);
      server.on(BLUESKY_PATH, (request, response) => (request.query.get('until') && request.query.get('cursor') ? json(502, {})(request, response) : feed(request, response)));
      const failed = await poll(NOW + 20 * MIN);
      expect(failed.polled[0]).toMatchObject({ ok: false, mentionsAdded: 24, problem: { code: 'server', status: 502 }, gap: { items: 24 } });
      expect(stored.bluesky).toMatchObject({ lastError: { code: 'server', status: 502 }, consecutiveFailures: 1, itemsFetched: 125, mentionsAdded: 125 });
      expect(stored.bluesky!.gaps!.Brewly![0]).toMatchObject({ resume: new Date(burstTime(26)).toISOString() });

      server.on(BLUESKY_PATH, feed);
      const next = await poll(stored.bluesky!.nextPoll!);
      expect(next.polled[0]).toMatchObject({ ok: true, mentionsAdded: 26, gap: { items: 26, closed: true } });
      expect(await db.mentions.count()).toBe(151);
      expect(stored.bluesky).toMatchObject({ itemsFetched: 151, mentionsAdded: 151, consecutiveFailures: 0 });
      expect(stored.bluesky!.gaps).toBeUndefined();
    });

    it('Bluesky: a gap whose posts are more than a day old is given up, with no request for it, and the status says so', async () => {
      await cutShort(150);
      const before = server.requests.length;
      // A day and an hour later: the gap's posts are more than a day old (MAX_GAP_AGE_MS).
      expect(MAX_GAP_AGE_MS).toBe(24 * 60 * MIN);
      const late = await poll(NOW + 10 * MIN + 25 * 60 * MIN);
      expect(server.requests.length - before).toBe(1);
      expect(late.polled[0]).toMatchObject({ ok: true, mentionsAdded: 0, gap: { items: 0, givenUp: 'age' } });
      expect(stored.bluesky!.gaps).toBeUndefined();
      expect(stored.bluesky!.lastGap).toEqual({ items: 0, givenUp: 'age' });
      expect(await db.mentions.count()).toBe(101);
    });

    it('Bluesky: a flood that cuts short poll after poll keeps the newest gaps and gives up the oldest past the limit', async () => {
      const posts = [OLD];
      server.on(BLUESKY_PATH, blueskyFeed(posts));
      await poll(NOW);
      for (let round = 1; round <= MAX_GAPS_PER_QUERY + 1; round++) {
        const now = NOW + round * 10 * MIN;
        // 500 a round: more than the page kept for gaps each poll (GAP_RESERVE_PAGES) can close.
        posts.push(...Array.from({ length: 500 }, (_, index) => blueskyPost(`3lr${round}p${String(index).padStart(4, '0')}`, `Brewly flood ${round}-${index}`, `flood${index}.bsky.social`, NOW - now + 5 * MIN - index * 1000)));
        const result = await poll(now);
        expect(result.polled[0]).toMatchObject({ truncated: 'gap' });
      }
      const gaps = stored.bluesky!.gaps!.Brewly!;
      expect(gaps).toHaveLength(MAX_GAPS_PER_QUERY);
      // The oldest gap (back to the first position) is the one given up.
      expect(gaps.some((gap) => gap.since === OLD_POSITION)).toBe(false);
      // The page kept for gaps went to the oldest one left: 24 new posts (the 25th had been read).
      expect(stored.bluesky!.lastGap).toEqual({ items: 24, givenUp: 'limit' });
    });

    it('Reddit: goes on after the last fullname read, back to the old position, and says the gap is closed', async () => {
      const reddit = settingsWith('reddit');
      const things = [1, 2, 3].map((index) => ({ id: `old${index}`, time: NOW - 60 * MIN + index * 1000 }));
      server.on(REDDIT_PATH, redditFeed(things));
      await pollDueSources(deps({ settings: reddit }));
      for (let index = 0; index < 150; index++) things.push({ id: `new${index}`, time: NOW + MIN + index * 1000 });
      const cut = await pollDueSources(deps({ settings: reddit, now: NOW + 10 * MIN }));
      expect(cut.polled[0]).toMatchObject({ ok: true, mentionsAdded: 100, truncated: 'gap' });
      const query = Object.keys(stored.reddit!.since)[0]!;
      expect(stored.reddit!.gaps![query]).toEqual([expect.objectContaining({ resume: 't3_new50', newest: NOW + MIN + 50_000 })]);

      const before = server.requests.length;
      const result = await pollDueSources(deps({ settings: reddit, now: NOW + 20 * MIN }));
      expect(server.requests.slice(before).map((request) => request.query.get('after'))).toEqual([null, 't3_new50', 't3_new25', 't3_new0']);
      expect(result.polled[0]).toMatchObject({ ok: true, mentionsAdded: 50, gap: { items: 50, closed: true } });
      expect(await db.mentions.count()).toBe(153);
      expect(stored.reddit).toMatchObject({ itemsFetched: 153, brandItems: 153, mentionsAdded: 153 });
      expect(stored.reddit!.gaps).toBeUndefined();
    });

    it('Reddit: a listing that ends before the old position gives the gap up (the service lists no further back)', async () => {
      const reddit = settingsWith('reddit');
      const things = [1, 2, 3].map((index) => ({ id: `old${index}`, time: NOW - 60 * MIN + index * 1000 }));
      server.on(REDDIT_PATH, redditFeed(things, 110));
      await pollDueSources(deps({ settings: reddit }));
      for (let index = 0; index < 150; index++) things.push({ id: `new${index}`, time: NOW + MIN + index * 1000 });
      await pollDueSources(deps({ settings: reddit, now: NOW + 10 * MIN }));
      const result = await pollDueSources(deps({ settings: reddit, now: NOW + 20 * MIN }));
      expect(result.polled[0]).toMatchObject({ ok: true, mentionsAdded: 10, gap: { items: 10, givenUp: 'reach' } });
      expect(stored.reddit!.gaps).toBeUndefined();
      expect(await db.mentions.count()).toBe(113);
    });

    /** Algolia's search_by_date: newest first, `numericFilters` on created_at_i (ANDed), pages from 0. */
    function hnFeed(hits: Array<{ id: number; t: number }>) {
      return json200((query) => {
        const perPage = Number(query.get('hitsPerPage'));
        const page = Number(query.get('page') ?? 0);
        const filters = (query.get('numericFilters') ?? '').split(',').filter(Boolean);
        const test = (t: number) =>
          filters.every((filter) => {
            const [, op, value] = /^created_at_i(<=|>=|<|>)(\d+)$/.exec(filter)!;
            const bound = Number(value);
            return op === '>' ? t > bound : op === '>=' ? t >= bound : op === '<' ? t < bound : t <= bound;
          });
        const matching = hits.filter((hit) => test(hit.t)).sort((a, b) => b.t - a.t || b.id - a.id);
        return {
          hits: matching.slice(page * perPage, (page + 1) * perPage).map((hit) => ({ objectID: String(hit.id), title: `Brewly story ${hit.id}`, created_at_i: hit.t, author: 'a' })),
          page,
          nbPages: Math.ceil(matching.length / perPage),
          hitsPerPage: perPage,
        };
      });
    }

    it('Hacker News: reads the gap between two created_at_i bounds; posts of the same second read before are not counted twice', async () => {
      const hn = settingsWith('hackernews');
      const hnProfile = { ...PROFILE, products: [] };
      const toPlatform: PollDeps['toPlatform'] = () => 'x';
      const base = Math.floor(NOW / 1000);
      const hits = [{ id: 1, t: base - 3600 }];
      server.on(HN_PATH, hnFeed(hits));
      await pollDueSources(deps({ settings: hn, profile: hnProfile, toPlatform }));
      // 261 new, three to a second: the fourth page ends inside a second (two of its three read).
      for (let index = 0; index <= 260; index++) hits.push({ id: 1000 + index, t: base + 60 + Math.floor(index / 3) });
      const cut = await pollDueSources(deps({ settings: hn, profile: hnProfile, toPlatform, now: NOW + 10 * MIN }));
      expect(cut.polled[0]).toMatchObject({ ok: true, items: 200, truncated: 'gap' });
      expect(stored.hackernews!.gaps!.Brewly).toEqual([expect.objectContaining({ since: String(base - 3600), resume: String(base + 80), seen: ['1062', '1061'] })]);

      const before = server.requests.length;
      const result = await pollDueSources(deps({ settings: hn, profile: hnProfile, toPlatform, now: NOW + 20 * MIN }));
      expect(server.requests.slice(before).map((request) => [request.query.get('numericFilters'), request.query.get('page')])).toEqual([
        [`created_at_i>${base + 146}`, null],
        [`created_at_i>${base - 3600},created_at_i<=${base + 80}`, null],
        [`created_at_i>${base - 3600},created_at_i<=${base + 80}`, '1'],
      ]);
      expect(result.polled[0]).toMatchObject({ ok: true, mentionsAdded: 61, gap: { items: 61, closed: true } });
      expect(await db.mentions.count()).toBe(262);
      expect(stored.hackernews).toMatchObject({ itemsFetched: 262, brandItems: 262, mentionsAdded: 262 });
      expect(stored.hackernews!.gaps).toBeUndefined();
    });
  });
});
