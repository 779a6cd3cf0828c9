import { engagementPart, parseCount, queryAllOf, textOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

// bsky.app is React Native Web: no semantic classes, but stable data-testid values.
const FEED_ITEM = '[data-testid^="feedItem-by-"]';
const THREAD_ITEM = '[data-testid^="postThreadItem-by-"]';
const CONTAINER = [FEED_ITEM, THREAD_ITEM].join(',');
const TEXT = ['[data-testid="postText"]'];
const COUNTS: Array<[keyof Engagement, string[]]> = [
  ['replies', ['[data-testid="replyBtn"]']],
  ['reposts', ['[data-testid="repostCount-expanded"]', '[data-testid="repostCount"]', '[data-testid="repostBtn"]']],
  ['likes', ['[data-testid="likeCount-expanded"]', '[data-testid="likeCount"]', '[data-testid="likeBtn"]']],
];
const EDITOR_HOSTS = ['[data-testid="composerTextInput"]'];
const EDITABLE = ['.ProseMirror[contenteditable="true"]', '[contenteditable="true"]', 'textarea'];
const REPLY_BOX = ['.ProseMirror[contenteditable="true"]'];
// A post's own link, and on a thread's focused post the links to its likes, reposts and quotes.
const POST_PATH = /^(?:https:\/\/bsky\.app)?\/profile\/([^/?#]+)\/post\/([a-z2-7]{3,20})(?:\/(?:liked-by|reposted-by|quotes))?\/?$/;
const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const BLUESKY_LAUNCH = Date.UTC(2022, 0, 1);

function own(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(element.querySelectorAll(selector))) {
      if (found.closest(CONTAINER) === element) return found;
    }
  }
  return null;
}

/**
 * The post's own link. The feed item's timestamp link comes before any quoted post's link, so
 * the first match in document order is the post's own.
 */
function ownPostLink(item: Element): { actor: string; rkey: string } | null {
  for (const link of Array.from(item.querySelectorAll('a[href*="/post/"]'))) {
    if (link.closest(CONTAINER) !== item) continue;
    const match = POST_PATH.exec(link.getAttribute('href') ?? '');
    if (match?.[1] && match[2]) return { actor: decodeURIComponent(match[1]), rkey: match[2] };
  }
  return null;
}

/** The handle in a container's own test id (`postThreadItem-by-<handle>`). */
function handleOf(item: Element): string | undefined {
  return /-by-(.+)$/.exec(item.getAttribute('data-testid') ?? '')?.[1];
}

/**
 * The post a thread page is about, for its anchor item when that has no link of its own: bsky.app
 * prints the opened post's date as plain text, and its reposted-by / quotes / liked-by links only
 * when it has any. Only the first thread item without an own post link whose author is the page
 * URL's (`/profile/<handle>/post/<rkey>`) is the anchor; any other item without a link is not read.
 */
function anchorFromPage(item: Element): { actor: string; rkey: string } | null {
  if (!item.matches(THREAD_ITEM)) return null;
  const doc = item.ownerDocument;
  const match = /^\/profile\/([^/?#]+)\/post\/([a-z2-7]{3,20})\/?$/.exec(doc.location?.pathname ?? '');
  if (!match?.[1] || !match[2]) return null;
  const actor = decodeURIComponent(match[1]);
  const sameAuthor = (element: Element) => handleOf(element)?.toLowerCase() === actor.toLowerCase();
  if (!sameAuthor(item)) return null;
  // The thread lists parents, then the anchor, then replies: the first such item is the anchor.
  const root = item.getRootNode() as ParentNode;
  const anchor = Array.from(root.querySelectorAll?.(THREAD_ITEM) ?? []).find((element) => sameAuthor(element) && !ownPostLink(element));
  return anchor === item ? { actor, rkey: match[2] } : null;
}

/** A record key is a TID: microseconds since 1970 in sortable base32, shifted left by ten bits. */
function timeFromRkey(rkey: string): number | undefined {
  if (!/^[2-7a-j][2-7a-z]{12}$/.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = value * 32n + BigInt(TID_ALPHABET.indexOf(char));
  const ms = Number((value >> 10n) / 1000n);
  return ms > BLUESKY_LAUNCH && ms < Date.now() + 86_400_000 ? ms : undefined;
}

function engagementOf(item: Element): Engagement {
  const engagement: Engagement = {};
  for (const [key, selectors] of COUNTS) {
    const count = parseCount(textOf(own(item, selectors)));
    if (count !== undefined) engagement[key] = count;
  }
  return engagement;
}

/**
 * In a thread, the first item shown is the thread's post and every item after it replies to it.
 * In a feed, every item is a post.
 */
function kindOf(item: Element): 'post' | 'comment' {
  if (!item.matches(THREAD_ITEM)) return 'post';
  const root = item.getRootNode() as ParentNode;
  return root.querySelector?.(THREAD_ITEM) === item ? 'post' : 'comment';
}

function editorsIn(root: ParentNode): Element[] {
  const boxes = new Set<Element>();
  for (const host of queryAllOf(root, EDITOR_HOSTS)) {
    const inner = host.matches('[contenteditable="true"], textarea') ? host : queryAllOf(host, EDITABLE)[0];
    boxes.add(inner ?? host);
  }
  for (const box of queryAllOf(root, REPLY_BOX)) boxes.add(box);
  return Array.from(boxes);
}

export const blueskyAdapter: PlatformAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  matches: ['https://bsky.app/*'],
  findPosts(root) {
    return queryAllOf(root, [FEED_ITEM, THREAD_ITEM]);
  },
  postSelector: [FEED_ITEM, THREAD_ITEM].join(', '),
  findReplyBoxes(root) {
    return editorsIn(root);
  },
  badgeAnchor(item) {
    return own(item, TEXT);
  },
  extract(item, options): ExtractedPost | null {
    try {
      const link = ownPostLink(item) ?? anchorFromPage(item);
      if (!link) return null;
      const actor = link.actor;
      // The author's handle is also in the container's own test id; the link's actor may be a DID.
      const byHandle = handleOf(item);
      return {
        platform: 'bluesky',
        id: `at://${actor}/app.bsky.feed.post/${link.rkey}`,
        kind: kindOf(item),
        text: textOf(own(item, TEXT)),
        author: `@${byHandle ?? actor}`,
        permalink: `https://bsky.app/profile/${actor}/post/${link.rkey}`,
        time: timeFromRkey(link.rkey),
        ...engagementPart(options, () => engagementOf(item)),
      };
    } catch {
      return null;
    }
  },
};
