import { webUrl, engagementPart, parseCount, queryAllOf, timeOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';
import { visibleTimeFields } from './visible-time';

// Facebook's class names are generated per build; these hooks are accessibility roles and the
// data attributes its ads tooling reads, which have outlived several redesigns.
const COMMENT = ['div[role="article"][aria-label^="Comment by "]', 'div[role="article"][aria-label^="Reply by "]'];
const FEED_UNIT = ['div[aria-posinset]', 'div[data-pagelet^="FeedUnit"]'];
const POST = [...FEED_UNIT, 'div[role="article"]'];
const POST_SELECTOR = POST.join(', ');
const STORY = '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]';
const POST_TEXT = [
  '[data-ad-rendering-role="story_message"]',
  '[data-ad-comet-preview="message"]',
  '[data-ad-preview="message"]',
  '[data-testid="post_message"]',
];
// A comment's body: Comet draws each paragraph as a text-aligned `div[dir=auto]` inside a `span[lang]`.
const COMMENT_TEXT = ['div[dir="auto"][style*="text-align"]', 'span[lang] div[dir="auto"]', 'div[dir="auto"]'];
const POST_AUTHOR = [
  '[data-ad-rendering-role="profile_name"] a[href]',
  'h2 a[href]',
  'h3 a[href]',
  'h4 a[href]',
  'strong a[href]',
];
// Comment composers are Lexical editors inside `form[role=presentation]`; Messenger's box is left out.
const REPLY_BOX = [
  'div[contenteditable="true"][role="textbox"][aria-label*="comment" i]',
  'div[contenteditable="true"][role="textbox"][aria-label*="reply" i]',
  'div[contenteditable="true"][role="textbox"][aria-label*="answer" i]',
  'form[role="presentation"] div[contenteditable="true"][role="textbox"]',
];
/** "See more" and the like sit inside the message as buttons: never part of the text. */
const NOT_TEXT = '[role="button"], script, style, svg';
const ORIGIN = 'https://www.facebook.com/';
/** A video's or reel's own address: /<page>/videos/<id>, /reel/<id>. */
const VIDEO_PATH = /^\/(?:[^/]+\/videos|reel)\/(\d+)\/?$/;

/**
 * A comment article: labelled "Comment by …" in English; in other languages, a labelled article
 * with a `comment_id` link and no post message of its own.
 */
function isComment(element: Element): boolean {
  if (!element.matches('div[role="article"]')) return false;
  if (COMMENT.some((selector) => element.matches(selector))) return true;
  return !!element.getAttribute('aria-label') && !element.querySelector(STORY) && !!element.querySelector('a[href*="comment_id="]');
}

/** Where a nested post or comment begins: what is inside it is not its container's. */
function isBoundary(element: Element): boolean {
  return FEED_UNIT.some((selector) => element.matches(selector)) || isComment(element);
}

/** Elements under `container` that belong to it, not to a post or comment nested inside it. */
function ownAll(container: Element, selector: string): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((element) => {
    for (let node: Element | null = element; node && node !== container; node = node.parentElement) {
      if (isBoundary(node)) return false;
    }
    return true;
  });
}

function ownFirst(container: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = ownAll(container, selector)[0];
    if (found) return found;
  }
  return null;
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'BR', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/**
 * Text as a reader sees it: paragraphs (separate divs) keep a space between them, and emoji, which
 * Facebook draws as `<img alt="😩">`, keep their character.
 */
function readableText(element: Element | null): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(NOT_TEXT)) continue;
        if (el.tagName === 'IMG') {
          parts.push(el.getAttribute('alt') ?? '');
          continue;
        }
        const block = BLOCK.has(el.tagName);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A parsed Facebook URL, or null for anything that is not on facebook.com. */
function parseUrl(href: string | null): URL | null {
  const url = webUrl(href, ORIGIN);
  if (!url) return null;
  const parsed = new URL(url);
  return /(^|\.)facebook\.com$/.test(parsed.hostname) ? parsed : null;
}

/**
 * `comment_id` is numeric, or base64 of "comment:<postid>_<commentid>" in newer links; a reply's
 * link carries its parent's `comment_id` and its own `reply_comment_id`.
 */
function commentIdOf(raw: string | null): string | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return raw;
  try {
    const decoded = atob(raw);
    const match = /^comment:\d+_(\d+)$/.exec(decoded);
    return match?.[1] ?? null;
  } catch {
    return null;
  }
}

function ownCommentLink(element: Element): { id: string; url: URL } | null {
  for (const link of ownAll(element, 'a[href*="comment_id="]')) {
    const url = parseUrl(link.getAttribute('href'));
    // The author's name links to the profile with the comment_id too: the time links to the post.
    if (!url || !postLinkOf(url)) continue;
    const id = commentIdOf(url.searchParams.get('reply_comment_id')) ?? commentIdOf(url.searchParams.get('comment_id'));
    if (id) return { id, url };
  }
  return null;
}

interface PostLink {
  id: string;
  permalink: string;
}

/** The post's own id and canonical permalink from one of the link shapes Facebook uses. */
function postLinkOf(url: URL): PostLink | null {
  const path = url.pathname;
  const group = /^\/groups\/([^/]+)\/(?:posts|permalink)\/(\d+|pfbid\w+)\/?$/.exec(path);
  if (group?.[1] && group[2]) return { id: group[2], permalink: `${ORIGIN}groups/${group[1]}/posts/${group[2]}/` };
  const posts = /^\/([^/]+)\/posts\/(\d+|pfbid\w+)\/?$/.exec(path);
  if (posts?.[1] && posts[2]) return { id: posts[2], permalink: `${ORIGIN}${posts[1]}/posts/${posts[2]}` };
  const storyFbid = url.searchParams.get('story_fbid');
  if (/^\/(permalink|story)\.php$/.test(path) && storyFbid && /^(\d+|pfbid\w+)$/.test(storyFbid)) {
    const owner = url.searchParams.get('id');
    const query = owner ? `story_fbid=${storyFbid}&id=${owner}` : `story_fbid=${storyFbid}`;
    return { id: storyFbid, permalink: `${ORIGIN}permalink.php?${query}` };
  }
  const multi = url.searchParams.get('multi_permalinks');
  const groupFeed = /^\/groups\/([^/]+)\/?$/.exec(path);
  if (multi && /^\d+$/.test(multi) && groupFeed?.[1]) {
    return { id: multi, permalink: `${ORIGIN}groups/${groupFeed[1]}/posts/${multi}/` };
  }
  const video = VIDEO_PATH.exec(path);
  if (video?.[1]) return { id: video[1], permalink: `${ORIGIN}${path.replace(/^\//, '')}` };
  const watch = url.searchParams.get('v');
  if (path.startsWith('/watch') && watch && /^\d+$/.test(watch)) return { id: watch, permalink: `${ORIGIN}watch/?v=${watch}` };
  return null;
}

/**
 * A feed unit without a message of its own that is no post but a shelf of other things ("Reels and
 * short videos", "People you may know"): nobody wrote it (no author's name links anywhere), or it
 * links to several videos or reels. A post's own video is one, however often it is linked.
 */
function isShelf(element: Element, author: Element | null): boolean {
  if (!author) return true;
  const videos = new Set<string>();
  for (const link of ownAll(element, 'a[href*="/reel/"], a[href*="/videos/"]')) {
    const id = VIDEO_PATH.exec(parseUrl(link.getAttribute('href'))?.pathname ?? '')?.[1];
    if (id) videos.add(id);
    if (videos.size > 1) return true;
  }
  return false;
}

/** A numeric id where the post links one beside its `pfbid` alias: numbers are what the Graph API uses. */
function ownPostLink(element: Element): PostLink | null {
  let fallback: PostLink | null = null;
  for (const link of ownAll(element, 'a[href]')) {
    const url = parseUrl(link.getAttribute('href'));
    if (!url || url.searchParams.has('comment_id')) continue;
    const found = postLinkOf(url);
    if (!found) continue;
    if (/^\d+$/.test(found.id)) return found;
    fallback ??= found;
  }
  return fallback;
}

/** The comment's permalink: its post's address with only the comment parameters kept. */
function commentPermalink(url: URL): string {
  const canonical = new URL(postLinkOf(url)?.permalink ?? ORIGIN);
  for (const key of ['comment_id', 'reply_comment_id']) {
    const value = url.searchParams.get(key);
    if (value) canonical.searchParams.set(key, value);
  }
  return canonical.href;
}

/** "Comment by Dana Reyes 2 hours ago" / "Reply by Bo Chen to Dana Reyes's comment 1 hour ago". */
function authorFromLabel(label: string | null): string | undefined {
  const match = /^(?:Comment|Reply) by (.+?)(?: to .+?'s? comment)?(?: (?:an?|\d+) \w+ ago)?$/.exec(label ?? '');
  return match?.[1]?.trim() || undefined;
}

function commentAuthor(element: Element): string | undefined {
  const body = ownFirst(element, COMMENT_TEXT);
  for (const link of ownAll(element, 'a[href]')) {
    const url = parseUrl(link.getAttribute('href'));
    if (!url || postLinkOf(url) || url.pathname.startsWith('/hashtag/') || body?.contains(link)) continue;
    const name = readableText(link);
    if (name) return name;
  }
  return authorFromLabel(element.getAttribute('aria-label'));
}

function postEngagement(element: Element): Engagement {
  const engagement: Engagement = {};
  for (const node of ownAll(element, 'span, div[role="button"]')) {
    const text = readableText(node);
    if (/^All reactions:?$/i.test(text)) {
      const count = parseCount(readableText(node.nextElementSibling));
      if (count !== undefined) engagement.likes ??= count;
      continue;
    }
    const comments = /^(\S+) comments?$/i.exec(text);
    if (comments) engagement.replies ??= parseCount(comments[1]);
    const shares = /^(\S+) shares?$/i.exec(text);
    if (shares) engagement.reposts ??= parseCount(shares[1]);
  }
  return stripUndefined(engagement);
}

function commentEngagement(element: Element): Engagement {
  // "5 reactions; see who reacted to this" on the small reaction summary of a comment.
  const summary = ownAll(element, '[aria-label*="reaction" i]')[0];
  const likes = parseCount(summary?.getAttribute('aria-label'));
  return likes === undefined ? {} : { likes };
}

function stripUndefined(engagement: Engagement): Engagement {
  return Object.fromEntries(Object.entries(engagement).filter(([, value]) => value !== undefined)) as Engagement;
}

/** Feed units wrap the post's own role=article: keep the outermost, never both. */
/**
 * A comment, or a post not drawn inside another post (a shared post is part of the one sharing it).
 * Walks up the element's ancestors: comparing every pair of a long feed would be quadratic.
 */
function isOwnItem(element: Element): boolean {
  if (isComment(element)) return true;
  for (let up = element.parentElement?.closest(POST_SELECTOR); up; up = up.parentElement?.closest(POST_SELECTOR)) {
    if (!isComment(up)) return false;
  }
  return true;
}

/**
 * Facebook rarely prints a machine time; old and some embedded layouts still do. Otherwise the link to
 * the post (a comment's: with its comment_id) is its time for people: "3h", "Yesterday at 21:14", "6
 * October", labelled "Monday 6 October 2025 at 09:02"; a comment's own label ends "2 hours ago".
 */
function ownTime(element: Element, comment: boolean): Pick<ExtractedPost, 'time' | 'timeApproximate'> {
  const time = ownFirst(element, ['time[datetime]']);
  const machine = time ? timeOf(time) : Number(ownFirst(element, ['abbr[data-utime]'])?.getAttribute('data-utime')) * 1000;
  if (machine !== undefined && Number.isFinite(machine) && machine > 0) return { time: machine };
  const labels: Array<string | null> = [];
  for (const link of ownAll(element, 'a[href]')) {
    const url = parseUrl(link.getAttribute('href'));
    if (!url || !postLinkOf(url) || url.searchParams.has('comment_id') !== comment) continue;
    labels.push(link.getAttribute('aria-label'), readableText(link));
  }
  if (comment) labels.push(/\b(?:an?|\d+) \w+ ago$/.exec(element.getAttribute('aria-label') ?? '')?.[0] ?? null);
  return visibleTimeFields(labels);
}

export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  findPosts(root) {
    // Document order, so a post comes before its comments.
    return queryAllOf(root, POST).filter(isOwnItem);
  },
  postSelector: POST_SELECTOR,
  isPost: isOwnItem,
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(element) {
    return ownFirst(element, isComment(element) ? COMMENT_TEXT : POST_TEXT);
  },
  extract(element, options): ExtractedPost | null {
    try {
      if (isComment(element)) {
        const link = ownCommentLink(element);
        if (!link) return null;
        const paragraphs = ownAll(element, COMMENT_TEXT[0]!);
        const text = paragraphs.length > 0 ? paragraphs.map(readableText).join(' ') : readableText(ownFirst(element, COMMENT_TEXT));
        return {
          platform: 'facebook',
          id: link.id,
          kind: 'comment',
          text,
          author: commentAuthor(element),
          permalink: commentPermalink(link.url),
          ...ownTime(element, true),
          ...engagementPart(options, () => commentEngagement(element)),
        };
      }
      const link = ownPostLink(element);
      if (!link) return null;
      const author = ownFirst(element, POST_AUTHOR);
      const text = readableText(ownFirst(element, POST_TEXT));
      if (!text && isShelf(element, author)) return null;
      return {
        platform: 'facebook',
        id: link.id,
        kind: 'post',
        text,
        author: readableText(author) || undefined,
        permalink: link.permalink,
        ...ownTime(element, false),
        ...engagementPart(options, () => postEngagement(element)),
      };
    } catch {
      // Odd markup must never break the page's scan.
      return null;
    }
  },
};
