// The four listening sources: public search or timeline endpoints that need no login. Each turns
// the brand profile into queries, builds its request and reads its response into SourceItems whose
// postId is exactly the id the page adapter gives the same post (see utils/platforms/).
import type { BrandProfile } from '../tracking/brand';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import {
  countOf,
  engagementOf,
  headersFor,
  isRecord,
  oldestTime,
  stringOf,
  uniqueTerms,
  type GapSupport,
  type SourceClient,
  type SourceId,
  type SourceItem,
  type RequestOptions,
} from './types';

const MAX_TERMS = 10;
/** How far a post's own time may run ahead of the clock before it is not believed. */
const FUTURE_SLACK_MS = 5 * 60_000;

const handleless = (handle: string) => handle.replace(/^@+/, '');
const tagless = (tag: string) => tag.replace(/^#+/, '');

function searchTerms(profile: BrandProfile, options: { hashtags: boolean; handles: boolean }): string[] {
  return uniqueTerms(
    [
      ...profile.names,
      ...profile.products,
      ...(options.hashtags ? profile.hashtags.map((tag) => `#${tagless(tag)}`) : profile.hashtags.map(tagless)),
      ...(options.handles ? profile.handles.map(handleless) : []),
    ],
    MAX_TERMS,
  );
}

const timeOf = (iso: unknown): number | undefined => {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/** An item newer than a time position (ms or an ISO date); one without a time of its own cannot be ruled out. */
function newerThanTime(item: SourceItem, since: number | undefined): boolean {
  return item.time === undefined || since === undefined || !Number.isFinite(since) || item.time > since;
}

function withQuery(base: string, path: string, params: Array<[string, string]>): string {
  const search = new URLSearchParams(params).toString();
  return `${base.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
}

/** Items that could not be read are left out; the rest of the page still counts. */
function readAll<T>(list: readonly unknown[], read: (entry: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const entry of list) {
    try {
      const item = read(entry);
      if (item) out.push(item);
    } catch {
      // One odd entry must not lose the page.
    }
  }
  return out;
}

// --- Bluesky: app.bsky.feed.searchPosts on the public AppView -------------------------------------

const AT_URI = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]{1,512})$/;

function readBlueskyPost(entry: unknown): SourceItem | null {
  if (!isRecord(entry) || !isRecord(entry.record) || !isRecord(entry.author)) return null;
  const match = AT_URI.exec(stringOf(entry.uri) ?? '');
  const text = stringOf(entry.record.text);
  if (!match || text === undefined) return null;
  const [, did, rkey] = match;
  const handle = stringOf(entry.author.handle);
  // bsky.app links name the author by handle, and so does the Bluesky adapter's post id.
  const actor = handle && handle !== 'handle.invalid' ? handle : did!;
  const created = timeOf(entry.record.createdAt);
  const indexed = timeOf(entry.indexedAt);
  // createdAt is written by the poster's app; the AppView's indexedAt is the check on it.
  const time = created !== undefined && (indexed === undefined || created <= indexed + FUTURE_SLACK_MS) ? created : indexed;
  return {
    postId: `at://${actor}/app.bsky.feed.post/${rkey}`,
    platform: 'bluesky',
    kind: isRecord(entry.record.reply) ? 'comment' : 'post',
    text,
    author: `@${actor}`,
    permalink: `https://bsky.app/profile/${actor}/post/${rkey}`,
    time,
    engagement: engagementOf({ replies: countOf(entry.replyCount), reposts: countOf(entry.repostCount), likes: countOf(entry.likeCount) }),
  };
}

function blueskyRequest(query: string, options: RequestOptions & { until?: string }) {
  const params: Array<[string, string]> = [
    ['q', query],
    ['limit', '25'],
    ['sort', 'latest'],
  ];
  if (options.since) params.push(['since', options.since]);
  if (options.until) params.push(['until', options.until]);
  if (options.page) params.push(['cursor', options.page]);
  return { url: withQuery(options.base, '/xrpc/app.bsky.feed.searchPosts', params), headers: headersFor(options) };
}

/**
 * A gap is the search between two times: `since` (inclusive) the old position, `until` (exclusive)
 * just past the oldest post read so far. The bound moves down poll by poll; the cursor is used only
 * within one poll (the API says it may not reach through a whole result set, and new posts move it).
 */
const blueskyGaps: GapSupport = {
  bounded: true,
  request: (query, options) => blueskyRequest(query, { ...options, until: new Date((timeOf(options.resume) ?? 0) + 1).toISOString() }),
  resume(items) {
    const oldest = oldestTime(items);
    return oldest !== undefined ? new Date(oldest).toISOString() : undefined;
  },
  atResume: (item, resume) => item.time !== undefined && item.time === timeOf(resume),
};

export const blueskyClient: SourceClient = {
  id: 'bluesky',
  defaultBase: 'https://public.api.bsky.app',
  // The search's boolean syntax is not specified, so each term is its own query, taken in turn.
  queries: (profile) => searchTerms(profile, { hashtags: true, handles: true }),
  request: (query, options) => blueskyRequest(query, options),
  parse(body) {
    if (!isRecord(body) || !Array.isArray(body.posts)) return null;
    return readAll(body.posts, readBlueskyPost);
  },
  nextSince(items, previous) {
    const times = items.map((item) => item.time).filter((time): time is number => time !== undefined);
    const newest = Math.max(timeOf(previous) ?? 0, ...times);
    return newest > 0 ? new Date(newest).toISOString() : previous;
  },
  // The response's cursor leads to the next, older page; none (or an empty page) is the end.
  nextPage(body) {
    if (!isRecord(body) || !Array.isArray(body.posts) || body.posts.length === 0) return undefined;
    const cursor = stringOf(body.cursor);
    return cursor ? cursor : undefined;
  },
  isNewer: (item, since) => newerThanTime(item, timeOf(since)),
  gaps: blueskyGaps,
};

// --- Mastodon: an instance's hashtag timeline -----------------------------------------------------

const STATUS_ID = /^\d{1,20}$/;

/** A hashtag as the API's path takes it: letters, digits and underscores only. */
export function cleanHashtag(tag: string): string {
  let out = '';
  for (const char of tagless(tag.trim())) if (/[\p{L}\p{N}_]/u.test(char)) out += char;
  return out;
}

/** The hashtags to follow: the ones the user gave the source, else the brand's own and its one-word names. */
export function mastodonHashtags(profile: BrandProfile, configured = ''): string[] {
  const given = configured.split(/[\s,]+/).map(cleanHashtag).filter(Boolean);
  const fromProfile = [...profile.hashtags, ...[...profile.names, ...profile.products].filter((term) => !/\s/.test(term.trim()))].map(cleanHashtag);
  return uniqueTerms(given.length > 0 ? given : fromProfile.filter(Boolean), 5);
}

/** Mastodon's default page: a page this long may have more after it (instances cap `limit` at 40, some lower). */
const MASTODON_FULL_PAGE = 20;

const compareIds = (a: string, b: string) => (a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0);

function readStatus(entry: unknown): SourceItem | null {
  if (!isRecord(entry)) return null;
  const id = stringOf(entry.id);
  const content = stringOf(entry.content);
  if (!id || !STATUS_ID.test(id) || content === undefined) return null;
  const account = isRecord(entry.account) ? stringOf(entry.account.acct) : undefined;
  const warning = stringOf(entry.spoiler_text)?.trim();
  // A content warning comes first, as the page shows it.
  const text = [warning, htmlToText(content)].filter(Boolean).join('\n');
  return {
    // The instance's own status id: what the Mastodon adapter reads from data-id on the same instance.
    postId: id,
    platform: 'mastodon',
    kind: stringOf(entry.in_reply_to_id) ? 'comment' : 'post',
    text,
    author: account ? `@${account}` : undefined,
    permalink: stringOf(entry.url) ?? stringOf(entry.uri),
    time: timeOf(entry.created_at),
    engagement: engagementOf({ replies: countOf(entry.replies_count), reposts: countOf(entry.reblogs_count), likes: countOf(entry.favourites_count) }),
  };
}

export const mastodonClient: SourceClient = {
  id: 'mastodon',
  defaultBase: '',
  // One query: the first tag in the path, the others as any[] (a post with any of them).
  queries: (profile, settings) => {
    const tags = mastodonHashtags(profile, settings.hashtags);
    return tags.length > 0 ? [tags.join(',')] : [];
  },
  request(query, options) {
    const [first = '', ...others] = query.split(',');
    const params: Array<[string, string]> = [['limit', '40'], ...others.map((tag): [string, string] => ['any[]', tag])];
    // min_id: the statuses just after that id, so a busy hour is read page by page from where the
    // last poll got to (since_id would give the newest 40 and skip the rest).
    const after = options.page ?? options.since;
    if (after) params.push(['min_id', after]);
    return { url: withQuery(options.base, `/api/v1/timelines/tag/${encodeURIComponent(first)}`, params), headers: headersFor(options) };
  },
  parse(body) {
    if (!Array.isArray(body)) return null;
    return readAll(body, readStatus);
  },
  nextSince(items, previous) {
    let newest = previous;
    for (const item of items) if (newest === undefined || compareIds(item.postId, newest) > 0) newest = item.postId;
    return newest;
  },
  // A full page may have newer statuses after it: the next page starts after its newest.
  nextPage(body, items) {
    if (!Array.isArray(body) || body.length < MASTODON_FULL_PAGE) return undefined;
    return mastodonClient.nextSince(items, undefined, body);
  },
  isNewer: (item, since) => compareIds(item.postId, since) > 0,
  pagesForward: true,
};

// --- Reddit: site-wide search, newest first -------------------------------------------------------

const FULLNAME = /^t[13]_[a-z0-9]{1,16}$/i;

function readThing(entry: unknown): SourceItem | null {
  if (!isRecord(entry) || !isRecord(entry.data)) return null;
  const data = entry.data;
  const name = stringOf(data.name) ?? (stringOf(data.id) ? `t3_${stringOf(data.id)}` : undefined);
  if (!name || !FULLNAME.test(name)) return null;
  const author = stringOf(data.author);
  const permalink = stringOf(data.permalink);
  const created = typeof data.created_utc === 'number' && Number.isFinite(data.created_utc) ? data.created_utc * 1000 : undefined;
  // The body is markdown; the page shows it rendered, and so must the text analysed and stored.
  const body = stringOf(data.selftext) ?? stringOf(data.body);
  const text = [stringOf(data.title), body === undefined ? undefined : markdownToText(body)].filter((part) => part && part.trim()).join(' ');
  return {
    // The fullname (t3_…, t1_…) is what both Reddit sites carry and what the adapter stores.
    postId: name,
    platform: 'reddit',
    kind: name.startsWith('t1_') ? 'comment' : 'post',
    text,
    author: author && author !== '[deleted]' ? `u/${author}` : undefined,
    permalink: permalink?.startsWith('/') ? `https://www.reddit.com${permalink}` : undefined,
    time: created,
    engagement: engagementOf({ likes: countOf(data.score), replies: countOf(data.num_comments) }),
  };
}

const quoted = (term: string) => `"${term.replace(/"/g, '')}"`;

export const redditClient: SourceClient = {
  id: 'reddit',
  defaultBase: 'https://www.reddit.com',
  // Reddit's search takes OR: one query for every term.
  queries: (profile) => {
    const terms = searchTerms(profile, { hashtags: false, handles: false }).filter((term) => term.replace(/"/g, '').trim());
    return terms.length > 0 ? [terms.map(quoted).join(' OR ').slice(0, 500)] : [];
  },
  request(query, options) {
    // raw_json=1: the text as written, not HTML-escaped.
    const params: Array<[string, string]> = [
      ['q', query],
      ['sort', 'new'],
      ['limit', '25'],
      ['raw_json', '1'],
    ];
    if (options.page) params.push(['after', options.page]);
    return { url: withQuery(options.base, '/search.json', params), headers: headersFor(options) };
  },
  parse(body) {
    if (!isRecord(body) || !isRecord(body.data) || !Array.isArray(body.data.children)) return null;
    return readAll(body.data.children, readThing);
  },
  // Search has no "newer than" for arbitrary queries: the poller pages back until it meets a post
  // no newer than this, and recordMentions drops what was seen before.
  nextSince: (items, previous) => {
    const newest = Math.max(Number(previous ?? 0) || 0, ...items.map((item) => item.time ?? 0));
    return newest > 0 ? String(newest) : previous;
  },
  nextPage(body) {
    if (!isRecord(body) || !isRecord(body.data)) return undefined;
    const after = stringOf(body.data.after);
    return after && FULLNAME.test(after) ? after : undefined;
  },
  isNewer: (item, since) => newerThanTime(item, Number(since)),
  // Search takes no time bounds, but `after` (a fullname) holds its place in the listing whatever
  // arrives above it: a gap goes on after the last post read. Reddit lists a search only so far
  // back (some hundreds of posts): a listing that ends before the old position gives the gap up.
  gaps: {
    bounded: false,
    request: (query, options) => redditClient.request(query, { base: options.base, token: options.token, page: options.page ?? options.resume }),
    resume: (_items, next) => next,
  },
};

// --- Hacker News: Algolia's search by date --------------------------------------------------------

function readHit(entry: unknown): SourceItem | null {
  if (!isRecord(entry)) return null;
  const id = stringOf(entry.objectID);
  if (!id || !/^\d{1,12}$/.test(id)) return null;
  const comment = stringOf(entry.comment_text);
  const text = [stringOf(entry.title), htmlToText(stringOf(entry.story_text) ?? ''), htmlToText(comment ?? '')].filter(Boolean).join('\n');
  const created = countOf(entry.created_at_i);
  return {
    postId: id,
    platform: null,
    kind: comment !== undefined ? 'comment' : 'post',
    text,
    author: stringOf(entry.author),
    permalink: `https://news.ycombinator.com/item?id=${id}`,
    time: created !== undefined ? created * 1000 : timeOf(entry.created_at),
    engagement: engagementOf({ likes: countOf(entry.points), replies: countOf(entry.num_comments) }),
  };
}

const SECONDS = /^\d+$/;

function hackerNewsRequest(query: string, options: RequestOptions & { until?: string }) {
  const params: Array<[string, string]> = [
    ['query', query],
    ['tags', '(story,comment)'],
    ['hitsPerPage', '50'],
  ];
  // Algolia ANDs comma-separated numeric filters.
  const filters = [
    ...(options.since && SECONDS.test(options.since) ? [`created_at_i>${options.since}`] : []),
    ...(options.until && SECONDS.test(options.until) ? [`created_at_i<=${options.until}`] : []),
  ];
  if (filters.length > 0) params.push(['numericFilters', filters.join(',')]);
  if (options.page && /^\d{1,4}$/.test(options.page)) params.push(['page', options.page]);
  return { url: withQuery(options.base, '/api/v1/search_by_date', params), headers: headersFor(options) };
}

/**
 * A gap is the search between two times, in whole seconds: after `since`, up to and including the
 * oldest second read so far (the posts of that second already read are not counted again). The
 * bound moves down poll by poll, so Algolia's page limit never stands in the way.
 */
const hackerNewsGaps: GapSupport = {
  bounded: true,
  request: (query, options) => hackerNewsRequest(query, { ...options, until: options.resume }),
  resume(items) {
    const oldest = oldestTime(items);
    return oldest !== undefined ? String(Math.floor(oldest / 1000)) : undefined;
  },
  atResume: (item, resume) => item.time !== undefined && Math.floor(item.time / 1000) === Number(resume),
};

export const hackerNewsClient: SourceClient = {
  id: 'hackernews',
  defaultBase: 'https://hn.algolia.com',
  // Algolia matches every word of a query, so each term is its own query, taken in turn.
  queries: (profile) => uniqueTerms([...profile.names, ...profile.products], MAX_TERMS),
  request: (query, options) => hackerNewsRequest(query, options),
  parse(body) {
    if (!isRecord(body) || !Array.isArray(body.hits)) return null;
    return readAll(body.hits, readHit);
  },
  nextSince(items, previous) {
    const newest = Math.max(Number(previous ?? 0) || 0, ...items.map((item) => Math.floor((item.time ?? 0) / 1000)));
    return newest > 0 ? String(newest) : previous;
  },
  // Algolia numbers its pages from 0 and says how many there are.
  nextPage(body) {
    if (!isRecord(body)) return undefined;
    const page = countOf(body.page);
    const pages = countOf(body.nbPages);
    return page !== undefined && pages !== undefined && page + 1 < pages ? String(page + 1) : undefined;
  },
  // Positions are whole seconds (created_at_i).
  isNewer: (item, since) => newerThanTime(item, (Number(since) + 1) * 1000 - 1),
  gaps: hackerNewsGaps,
};

export const SOURCE_CLIENTS: Record<SourceId, SourceClient> = {
  bluesky: blueskyClient,
  mastodon: mastodonClient,
  reddit: redditClient,
  hackernews: hackerNewsClient,
};
