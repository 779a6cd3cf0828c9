// Response bodies in the documented shapes of each API, for the loopback server.
import type { BrandProfile } from '@/utils/tracking/brand';

export const PROFILE: BrandProfile = {
  names: ['Brewly'],
  handles: ['@brewly'],
  hashtags: ['#BrewlyPro'],
  products: ['Kettle One'],
  exclusions: [],
};

export const NOW = Date.UTC(2025, 5, 2, 12, 0, 0);
export const iso = (msAgo: number) => new Date(NOW - msAgo).toISOString();

export const blueskyPost = (rkey: string, text: string, handle = 'alice.bsky.social', msAgo = 60_000) => ({
  uri: `at://did:plc:abc123xyz/app.bsky.feed.post/${rkey}`,
  cid: `bafy${rkey}`,
  author: { did: 'did:plc:abc123xyz', handle, displayName: 'Alice' },
  record: { $type: 'app.bsky.feed.post', text, createdAt: iso(msAgo), langs: ['en'] },
  indexedAt: iso(msAgo - 1000),
  likeCount: 4,
  repostCount: 2,
  replyCount: 1,
});

export const BLUESKY_BODY = {
  posts: [
    blueskyPost('3lbrewly0001a', 'Brewly broke my kettle again and support ignores me. Never buying from them. #BoycottBrewly'),
    blueskyPost('3lcoffee0002b', 'Lovely morning coffee with friends', 'bob.bsky.social'),
    { uri: 'at://did:plc:zzz/app.bsky.feed.post/3lbroken003c', author: { handle: 'carol.bsky.social' } },
  ],
  cursor: 'abc',
};

export const MASTODON_BODY = [
  {
    id: '113000000000000001',
    created_at: iso(120_000),
    in_reply_to_id: null,
    url: 'https://mastodon.example/@dana/113000000000000001',
    uri: 'https://mastodon.example/users/dana/statuses/113000000000000001',
    spoiler_text: '',
    content:
      '<p>My <a href="https://mastodon.example/tags/brewly" class="mention hashtag" rel="tag">#<span>Brewly</span></a> machine &amp; its app are broken &lt;again&gt;.</p><p>Terrible service, I&#39;m furious.</p>',
    account: { id: '1', acct: 'dana', username: 'dana' },
    favourites_count: 3,
    reblogs_count: 1,
    replies_count: 0,
  },
  {
    id: '113000000000000002',
    created_at: iso(60_000),
    url: 'https://mastodon.example/@erin@other.example/113000000000000002',
    content: '<p>Tea is better anyway <a href="https://other.example/tags/tea">#tea</a></p>',
    account: { acct: 'erin@other.example' },
    favourites_count: 0,
    reblogs_count: 0,
    replies_count: 0,
  },
];

export const REDDIT_BODY = {
  kind: 'Listing',
  data: {
    after: null,
    children: [
      {
        kind: 't3',
        data: {
          name: 't3_1abcde',
          id: '1abcde',
          created_utc: (NOW - 300_000) / 1000,
          author: 'frank',
          title: 'Brewly customer service is a joke',
          selftext: 'Waited three weeks for a refund on my Kettle One. Avoid.',
          permalink: '/r/coffee/comments/1abcde/brewly_customer_service_is_a_joke/',
          score: 42,
          num_comments: 17,
        },
      },
      {
        kind: 't3',
        data: { name: 't3_2fghij', id: '2fghij', created_utc: (NOW - 200_000) / 1000, author: 'gina', title: 'Best grinders?', selftext: '', permalink: '/r/coffee/comments/2fghij/x/', score: 3, num_comments: 2 },
      },
    ],
  },
};

export const HN_BODY = {
  hits: [
    {
      objectID: '40001',
      created_at_i: Math.floor((NOW - 90_000) / 1000),
      created_at: iso(90_000),
      author: 'hal',
      title: null,
      story_text: null,
      comment_text: '<p>Brewly&#x27;s outage took down every machine. <i>Not</i> great.</p>',
      url: null,
      points: null,
      num_comments: null,
    },
    {
      objectID: '40002',
      created_at_i: Math.floor((NOW - 30_000) / 1000),
      author: 'ivy',
      title: 'Show HN: a coffee scale',
      story_text: null,
      url: 'https://example.com',
      points: 12,
      num_comments: 3,
    },
  ],
};
