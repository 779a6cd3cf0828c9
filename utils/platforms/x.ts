import { engagementPart, parseCount, queryAllOf, textOf, timeOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

// Ordered fallbacks: stable test ids and roles first.
// Only the article: X has drawn tweets as article[data-testid="tweet"] for years, and matching every
// div of its large pages on each scan as well cost more than the rest of the scan.
const POST = ['article[data-testid="tweet"]'];
const TEXT = ['[data-testid="tweetText"]'];
const REPLY_BOX = ['[data-testid^="tweetTextarea_"][contenteditable="true"]', 'div[role="textbox"][contenteditable="true"]'];
const COUNTS = { replies: 'reply', reposts: 'retweet', likes: 'like' } as const;
/** A tweet's permalink, relative or on any of X's hosts: `/<handle>/status/<id>`, nothing after. */
const STATUS_HREF = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/status\/(\d+)\/?$/;

/**
 * The tweet's own permalink is the `/status/<id>` link that wraps its `<time>`; a quoted tweet's
 * time is not inside such a link, and other status links (photos, analytics) have extra segments.
 */
function ownStatusLink(article: Element): { id: string; handle: string; time?: number } | null {
  // A live collection: no list is built for the one or two times a tweet shows.
  const times = article.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const time = times[i]!;
    const match = STATUS_HREF.exec(time.closest('a[href]')?.getAttribute('href') ?? '');
    if (match?.[1] && match[2]) return { handle: match[1], id: match[2], time: timeOf(time) };
  }
  return null;
}

/**
 * The tweet's own text block. A quoted tweet sits in a `role="link"` card inside the article with its
 * own text block; a quote with no words of its own has only that one, which is not the quoting
 * tweet's text (it was read as if the quoting account had written it).
 */
function ownText(article: Element): Element | null {
  const blocks = article.querySelectorAll(TEXT.join(','));
  for (let i = 0; i < blocks.length; i++) {
    const card = blocks[i]!.closest('[role="link"]');
    if (!card || !article.contains(card)) return blocks[i]!;
  }
  return null;
}

/** Counts from the action bar: the buttons' labels read "12 Likes. Like" and their text "12". */
const COUNT_KEYS = new Map<string, keyof Engagement>(
  Object.entries(COUNTS).flatMap(([key, testId]) => [
    [testId, key as keyof typeof COUNTS],
    [`un${testId}`, key as keyof typeof COUNTS],
  ]),
);

/**
 * The counts of the action bar and the views of the analytics link. Read for every post, so the
 * buttons come from one plain attribute query (a list of seven selectors costs several times more).
 */
function engagementOf(article: Element): Engagement {
  const engagement: Engagement = {};
  const read = (key: keyof Engagement, element: Element | null) => {
    // The first in document order counts: the tweet's own bar comes before anything nested.
    if (!element || engagement[key] !== undefined) return;
    const count = parseCount(element.getAttribute('aria-label')) ?? parseCount(textOf(element));
    if (count !== undefined) engagement[key] = count;
  };
  for (const element of Array.from(article.querySelectorAll('[data-testid]'))) {
    const key = COUNT_KEYS.get(element.getAttribute('data-testid')!);
    if (key) read(key, element);
  }
  read('views', article.querySelector('a[href$="/analytics"]'));
  return engagement;
}

export const xAdapter: PlatformAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  findPosts(root) {
    return queryAllOf(root, POST);
  },
  postSelector: POST.join(', '),
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(article) {
    return ownText(article);
  },
  extract(article, options): ExtractedPost | null {
    const status = ownStatusLink(article);
    if (!status) return null;
    // The tweet's own words only: a quote tweet carries the quoted one in a card after them.
    const text = textOf(ownText(article));
    return {
      platform: 'x',
      id: status.id,
      kind: 'post',
      text,
      author: `@${status.handle}`,
      // Canonical permalink: the same post read on twitter.com or mobile.x.com is one post.
      permalink: `https://x.com/${status.handle}/status/${status.id}`,
      time: status.time,
      ...engagementPart(options, () => engagementOf(article)),
    };
  },
};
