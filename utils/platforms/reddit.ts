import { webUrl, countsAsAsked, parseCount, queryAllOf, textOf, timeOf } from './dom';
import { joinParts } from './placeholders';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

// Two sites behind one adapter: www.reddit.com (shreddit web components, whose attributes carry
// the data) and old.reddit.com (server-rendered `.thing` rows with data-* attributes).
// Ordered fallbacks: custom element names and data attributes, never generated classes.
const NEW_POST = 'shreddit-post';
const NEW_COMMENT = 'shreddit-comment';
const OLD_THING = 'div.thing[data-fullname]';
const POSTS = [NEW_POST, NEW_COMMENT, `${OLD_THING}[data-type="link"]`, `${OLD_THING}[data-type="comment"]`];
const CONTAINER = [NEW_POST, NEW_COMMENT, OLD_THING].join(',');

const NEW_POST_BODY = ['[slot="text-body"]', '[id$="-post-rtjson-content"]'];
const NEW_POST_TITLE = ['[slot="title"]', 'h1[id^="post-title-"]', 'h3[id^="post-title-"]'];
const NEW_COMMENT_BODY = ['[slot="comment"]', '[id$="-comment-rtjson-content"]'];
const OLD_BODY = ['.usertext-body .md', '.usertext-body'];
const OLD_TITLE = ['a.title', 'p.title'];

// Lexical editors live in light DOM (slot="rte") inside shreddit-composer; old reddit has plain textareas.
const COMPOSER_HOSTS = ['shreddit-composer'];
const EDITABLE = ['[contenteditable="true"]', 'textarea'];
const REPLY_BOX = ['div[contenteditable="true"][data-lexical-editor="true"]', 'textarea[name="text"]'];

const THING_ID = /^t[13]_[a-z0-9]+$/i;
const CANONICAL_ORIGIN = 'https://www.reddit.com/';

/** The first match of the list that belongs to `element` itself, not to a nested post or comment. */
function own(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(element.querySelectorAll(selector))) {
      if (found.closest(CONTAINER) === element) return found;
    }
  }
  return null;
}

/** shreddit writes offsets as +0000, which not every engine's Date.parse accepts. */
function parseTimestamp(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const ms = Date.parse(raw.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : undefined;
}

/** One canonical permalink for both sites: the same thread read on old reddit is the same post. */
function canonicalPermalink(href: string | null | undefined): string | undefined {
  const absolute = webUrl(href, CANONICAL_ORIGIN);
  if (!absolute) return undefined;
  const url = new URL(absolute);
  if (!/(^|\.)reddit\.com$/.test(url.hostname)) return absolute;
  return webUrl(url.pathname, CANONICAL_ORIGIN);
}

function countsOf(pairs: Array<[keyof Engagement, string | null | undefined]>): Engagement {
  const engagement: Engagement = {};
  for (const [key, raw] of pairs) {
    const count = parseCount(raw);
    if (count !== undefined) engagement[key] = count;
  }
  return engagement;
}

function authorOf(raw: string | null | undefined): string | undefined {
  const name = raw?.trim();
  return name ? `u/${name}` : undefined;
}

function extractNewPost(post: Element): ExtractedPost | null {
  const id = post.getAttribute('id') ?? post.getAttribute('thingid') ?? '';
  if (!THING_ID.test(id)) return null;
  const title = post.getAttribute('post-title')?.trim() || textOf(own(post, NEW_POST_TITLE));
  const body = textOf(own(post, NEW_POST_BODY));
  return {
    platform: 'reddit',
    id,
    kind: 'post',
    // A removed post keeps its title over a "[removed]" body: the title is what is read.
    text: joinParts([title, body]),
    author: authorOf(post.getAttribute('author')),
    permalink: canonicalPermalink(post.getAttribute('permalink')),
    time: parseTimestamp(post.getAttribute('created-timestamp')) ?? timeOf(own(post, ['time[datetime]'])),
    engagement: countsOf([
      ['likes', post.getAttribute('score')],
      ['replies', post.getAttribute('comment-count')],
    ]),
  };
}

function extractNewComment(comment: Element): ExtractedPost | null {
  const id = comment.getAttribute('thingid') ?? '';
  if (!THING_ID.test(id)) return null;
  return {
    platform: 'reddit',
    id,
    kind: 'comment',
    text: textOf(own(comment, NEW_COMMENT_BODY)),
    author: authorOf(comment.getAttribute('author')),
    permalink: canonicalPermalink(comment.getAttribute('permalink')),
    time: parseTimestamp(comment.getAttribute('created')) ?? timeOf(own(comment, ['time[datetime]'])),
    engagement: countsOf([['likes', comment.getAttribute('score')]]),
  };
}

function extractOldThing(thing: Element): ExtractedPost | null {
  const id = thing.getAttribute('data-fullname') ?? '';
  if (!THING_ID.test(id)) return null;
  const isPost = id.startsWith('t3_');
  const body = textOf(own(thing, OLD_BODY));
  const title = isPost ? textOf(own(thing, OLD_TITLE)) : '';
  const timestamp = Number(thing.getAttribute('data-timestamp'));
  // Old reddit prints the score three times (dislikes/unvoted/likes); the unvoted one is the count.
  const score = thing.getAttribute('data-score') ?? own(thing, ['.score.unvoted'])?.getAttribute('title');
  return {
    platform: 'reddit',
    id,
    kind: isPost ? 'post' : 'comment',
    text: joinParts([title, body]),
    author: authorOf(thing.getAttribute('data-author')),
    permalink: canonicalPermalink(thing.getAttribute('data-permalink')),
    time:
      (Number.isFinite(timestamp) && timestamp > 0 ? timestamp : undefined) ??
      timeOf(own(thing, ['time.live-timestamp[datetime]', 'time[datetime]'])),
    engagement: countsOf([
      ['likes', score],
      ['replies', thing.getAttribute('data-comments-count')],
    ]),
  };
}

/** The editable element of each composer: its contenteditable child, or the host when the editor is in a shadow root. */
function editorsIn(root: ParentNode): Element[] {
  const boxes = new Set<Element>();
  for (const host of queryAllOf(root, COMPOSER_HOSTS)) {
    const inner = queryAllOf(host, EDITABLE);
    if (inner.length === 0) boxes.add(host);
    for (const editable of inner) boxes.add(editable);
  }
  for (const box of queryAllOf(root, REPLY_BOX)) boxes.add(box);
  return Array.from(boxes);
}

export const redditAdapter: PlatformAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*', 'https://sh.reddit.com/*'],
  findPosts(root) {
    return queryAllOf(root, POSTS);
  },
  postSelector: POSTS.join(', '),
  findReplyBoxes(root) {
    return editorsIn(root);
  },
  badgeAnchor(element) {
    const tag = element.localName;
    if (tag === NEW_POST) return own(element, NEW_POST_BODY) ?? own(element, NEW_POST_TITLE);
    if (tag === NEW_COMMENT) return own(element, NEW_COMMENT_BODY);
    return own(element, ['.usertext-body']) ?? own(element, OLD_TITLE);
  },
  extract(element, options): ExtractedPost | null {
    try {
      const tag = element.localName;
      if (tag === NEW_POST) return countsAsAsked(extractNewPost(element), options);
      if (tag === NEW_COMMENT) return countsAsAsked(extractNewComment(element), options);
      if (element.matches(OLD_THING)) return countsAsAsked(extractOldThing(element), options);
      return null;
    } catch {
      // Odd markup must never break the scan of the rest of the page.
      return null;
    }
  },
};
