import { describe, expect, it } from 'vitest';
import { blueskyClient, hackerNewsClient, mastodonClient, mastodonHashtags, redditClient } from '@/utils/sources/clients';
import { BLUESKY_BODY, HN_BODY, MASTODON_BODY, PROFILE, REDDIT_BODY } from './fixtures';

const BASE = 'https://api.example';

describe('requests', () => {
  it('Bluesky: one term per query, newest first, since when known', () => {
    // "@brewly" adds nothing: "brewly" is already searched (terms are unique whatever their case).
    expect(blueskyClient.queries(PROFILE, {})).toEqual(['Brewly', 'Kettle One', '#BrewlyPro']);
    const request = blueskyClient.request('Kettle One', { base: BASE, since: '2025-06-02T11:00:00.000Z' });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe(`${BASE}/xrpc/app.bsky.feed.searchPosts`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'Kettle One', limit: '25', sort: 'latest', since: '2025-06-02T11:00:00.000Z' });
    expect(request.headers).toEqual({ Accept: 'application/json' });
  });

  it('sends the user’s own token as a bearer token when there is one', () => {
    expect(redditClient.request('"Brewly"', { base: BASE, token: 't0ken' }).headers.Authorization).toBe('Bearer t0ken');
  });

  it('Mastodon: the first tag in the path, the others as any[], min_id (the statuses just after it) when known', () => {
    const [query] = mastodonClient.queries(PROFILE, {});
    expect(query).toBe('BrewlyPro,Brewly');
    const url = new URL(mastodonClient.request(query!, { base: 'https://mastodon.example', since: '113' }).url);
    expect(url.pathname).toBe('/api/v1/timelines/tag/BrewlyPro');
    expect(url.searchParams.getAll('any[]')).toEqual(['Brewly']);
    expect(url.searchParams.get('min_id')).toBe('113');
    expect(url.searchParams.has('since_id')).toBe(false);
    expect(url.searchParams.get('limit')).toBe('40');
  });

  it('Mastodon: hashtags the user gave win, cleaned to what the path takes', () => {
    expect(mastodonHashtags(PROFILE, '#brewly, Brewly Fail,  ../etc')).toEqual(['brewly', 'Fail', 'etc']);
  });

  it('Reddit: one OR query of quoted terms, newest first, raw text', () => {
    const [query] = redditClient.queries(PROFILE, {});
    expect(query).toBe('"Brewly" OR "Kettle One" OR "BrewlyPro"');
    const url = new URL(redditClient.request(query!, { base: BASE }).url);
    expect(url.pathname).toBe('/search.json');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: query, sort: 'new', limit: '25', raw_json: '1' });
  });

  it('Hacker News: stories and comments by date, newer than since', () => {
    expect(hackerNewsClient.queries(PROFILE, {})).toEqual(['Brewly', 'Kettle One']);
    const url = new URL(hackerNewsClient.request('Brewly', { base: BASE, since: '1700000000' }).url);
    expect(url.pathname).toBe('/api/v1/search_by_date');
    expect(url.searchParams.get('tags')).toBe('(story,comment)');
    expect(url.searchParams.get('numericFilters')).toBe('created_at_i>1700000000');
  });

  it('going back for a gap: Bluesky between since and just past the oldest post read, Reddit after the last fullname, Hacker News between two seconds', () => {
    const bluesky = new URL(blueskyClient.gaps!.request('Brewly', { base: BASE, since: '2025-06-02T11:00:00.000Z', resume: '2025-06-02T11:30:00.000Z', page: '25' }).url);
    expect(Object.fromEntries(bluesky.searchParams)).toEqual({
      q: 'Brewly',
      limit: '25',
      sort: 'latest',
      since: '2025-06-02T11:00:00.000Z',
      // `until` is exclusive: the posts of that very millisecond are read (again) and counted once.
      until: '2025-06-02T11:30:00.001Z',
      cursor: '25',
    });
    const reddit = new URL(redditClient.gaps!.request('"Brewly"', { base: BASE, since: '1700000000000', resume: 't3_abc' }).url);
    expect(reddit.searchParams.get('after')).toBe('t3_abc');
    expect(new URL(redditClient.gaps!.request('"Brewly"', { base: BASE, since: '1', resume: 't3_abc', page: 't3_def' }).url).searchParams.get('after')).toBe('t3_def');
    const hn = new URL(hackerNewsClient.gaps!.request('Brewly', { base: BASE, since: '1700000000', resume: '1700000600', page: '1' }).url);
    expect(hn.searchParams.get('numericFilters')).toBe('created_at_i>1700000000,created_at_i<=1700000600');
    expect(hn.searchParams.get('page')).toBe('1');
    // Mastodon reads forward from its position: nothing to go back for.
    expect(mastodonClient.gaps).toBeUndefined();
  });

  it('where a gap goes on: the oldest post read (Bluesky, Hacker News), the next page (Reddit)', () => {
    const bluesky = blueskyClient.parse(BLUESKY_BODY)!;
    const oldest = Math.min(...bluesky.map((item) => item.time!));
    expect(blueskyClient.gaps!.resume(bluesky, 'abc')).toBe(new Date(oldest).toISOString());
    // Both posts of the fixture were made in the same millisecond: both lie at the resume position.
    expect(bluesky.filter((item) => blueskyClient.gaps!.atResume!(item, new Date(oldest).toISOString()))).toHaveLength(2);
    expect(blueskyClient.gaps!.atResume!({ ...bluesky[0]!, time: oldest - 1 }, new Date(oldest).toISOString())).toBe(false);
    const hn = hackerNewsClient.parse(HN_BODY)!;
    expect(hackerNewsClient.gaps!.resume(hn, undefined)).toBe(String(HN_BODY.hits[0]!.created_at_i));
    expect(redditClient.gaps!.resume(redditClient.parse(REDDIT_BODY)!, 't3_2fghij')).toBe('t3_2fghij');
    expect(blueskyClient.gaps!.resume([], undefined)).toBeUndefined();
  });

  it('no terms, no queries', () => {
    const empty = { names: [], handles: [], hashtags: [], products: [], exclusions: [] };
    for (const client of [blueskyClient, mastodonClient, redditClient, hackerNewsClient]) expect(client.queries(empty, {})).toEqual([]);
  });
});

describe('responses', () => {
  it('Bluesky: post ids as the adapter writes them (at://handle/…), odd entries skipped', () => {
    const items = blueskyClient.parse(BLUESKY_BODY)!;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      postId: 'at://alice.bsky.social/app.bsky.feed.post/3lbrewly0001a',
      platform: 'bluesky',
      author: '@alice.bsky.social',
      permalink: 'https://bsky.app/profile/alice.bsky.social/post/3lbrewly0001a',
      engagement: { replies: 1, reposts: 2, likes: 4 },
    });
    expect(blueskyClient.nextSince(items, undefined, BLUESKY_BODY)).toBe(new Date(Math.max(...items.map((item) => item.time!))).toISOString());
  });

  it('Bluesky: an invalid handle falls back to the DID', () => {
    const body = { posts: [{ ...BLUESKY_BODY.posts[0], author: { handle: 'handle.invalid' } }] };
    expect(blueskyClient.parse(body)![0]!.postId).toBe('at://did:plc:abc123xyz/app.bsky.feed.post/3lbrewly0001a');
  });

  it('Mastodon: HTML content as plain text, the instance’s status id', () => {
    const items = mastodonClient.parse(MASTODON_BODY)!;
    expect(items[0]).toMatchObject({
      postId: '113000000000000001',
      platform: 'mastodon',
      text: "My #Brewly machine & its app are broken <again>.\nTerrible service, I'm furious.",
      author: '@dana',
      engagement: { replies: 0, reposts: 1, likes: 3 },
    });
    expect(mastodonClient.nextSince(items, '99', MASTODON_BODY)).toBe('113000000000000002');
  });

  it('Reddit: fullnames, title and body, canonical permalink', () => {
    const items = redditClient.parse(REDDIT_BODY)!;
    expect(items[0]).toMatchObject({
      postId: 't3_1abcde',
      platform: 'reddit',
      kind: 'post',
      text: 'Brewly customer service is a joke Waited three weeks for a refund on my Kettle One. Avoid.',
      author: 'u/frank',
      permalink: 'https://www.reddit.com/r/coffee/comments/1abcde/brewly_customer_service_is_a_joke/',
      engagement: { likes: 42, replies: 17 },
    });
  });

  it('Reddit: a markdown body (and a comment’s) is read as the page shows it', () => {
    const body = {
      data: {
        children: [
          { kind: 't3', data: { name: 't3_md1', title: 'Brewly Kettle Pro review', selftext: 'Honestly it **kills** the competition, boiling is *insanely* fast. [video](https://youtu.be/abc)' } },
          { kind: 't1', data: { name: 't1_c1', body: '> Brewly &amp; co\n\n~~never~~ **again**' } },
        ],
      },
    };
    const [post, comment] = redditClient.parse(body)!;
    expect(post!.text).toBe('Brewly Kettle Pro review Honestly it kills the competition, boiling is insanely fast. video');
    expect(comment!.text).toBe('Brewly & co\nnever again');
  });

  it('Hacker News: comments as plain text, no platform of its own', () => {
    const items = hackerNewsClient.parse(HN_BODY)!;
    expect(items[0]).toMatchObject({ postId: '40001', platform: null, kind: 'comment', text: "Brewly's outage took down every machine. Not great.", author: 'hal' });
    expect(items[1]).toMatchObject({ kind: 'post', text: 'Show HN: a coffee scale' });
  });

  it.each([
    ['Bluesky', blueskyClient, [{ posts: 'nope' }, [], null, 'text']],
    ['Mastodon', mastodonClient, [{ error: 'x' }, null, 'text']],
    ['Reddit', redditClient, [{ data: {} }, [], null]],
    ['Hacker News', hackerNewsClient, [{ hits: {} }, [], null]],
  ] as const)('%s: a body of the wrong shape is refused, not half-read', (_name, client, bodies) => {
    for (const body of bodies) expect(client.parse(body)).toBeNull();
  });
});
