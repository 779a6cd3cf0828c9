import { countsAsAsked, parseCount, queryAllOf, textOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';
import { visibleTimeFields } from './visible-time';

// Two feeds are live at once.
// Classic (Ember): `.feed-shared-update-v2[data-urn]` posts and `article[data-id="urn:li:comment:…"]`
// comments; semantic class names are LinkedIn's own hooks there.
// 2026 (React/SDUI): `div[role="listitem"]` whose componentkey holds "FeedType_", every class a
// build hash, no urn, no <time>, no permalink; the body is `[data-testid="expandable-text-box"]`.
const CLASSIC_POST = ['.feed-shared-update-v2', 'div[data-urn^="urn:li:activity:"]', 'div[data-urn^="urn:li:ugcPost:"]'];
const CLASSIC_COMMENT = ['article.comments-comment-entity[data-id]', 'article.comments-comment-item[data-id]'];
const MODERN_POST = ['div[role="listitem"][componentkey*="FeedType_"]'];
const COMMENT_BOUNDARY = CLASSIC_COMMENT.join(',');
/** Any update, classic or 2026. */
const UPDATE = [...CLASSIC_POST, ...MODERN_POST].join(',');
// 2026 comments: a list (`[data-testid*="commentList"]`) of `replaceableComment_urn:li:comment:(…)` roots,
// each with its own `expandable-text-box`; none of it is the post's own (text, author, time, counts).
// One comment's urn sits on several nested wrappers (`replaceableComment_…`, `CommentComponentReference_…`,
// sometimes repeated): the outermost is the comment; a wrapper with another urn inside it is a reply.
const MODERN_COMMENT = ['[componentkey^="replaceableComment_urn:li:comment:"]', '[componentkey^="CommentComponentReference_urn:li:comment:"]'];
const MODERN_COMMENT_ANY = MODERN_COMMENT.join(',');
const MODERN_COMMENTS = ['[data-testid*="commentList"]', ...MODERN_COMMENT].join(',');
const MODERN_BOUNDARY = [...MODERN_POST, '[role="listitem"]', MODERN_COMMENTS].join(',');
// Never read text from these inside a post: comments, a reshared post, the "X likes this" bar.
const NOT_OWN_TEXT = [
  '.comments-comments-list',
  '.feed-shared-update-v2__comments-container',
  '.update-components-mini-update-v2',
  '.feed-shared-mini-update-v2',
  '.update-components-header',
].join(',');

const CLASSIC_TEXT = ['.update-components-update-v2__commentary', '.update-components-text', '.feed-shared-update-v2__description', '.feed-shared-text'];
const CLASSIC_AUTHOR = [
  '.update-components-actor__title span[aria-hidden="true"]',
  '.update-components-actor__name span[aria-hidden="true"]',
  '.update-components-actor__title',
  '.feed-shared-actor__name',
];
const COMMENT_TEXT = ['.comments-comment-item__main-content', '.comments-comment-entity__content', '.update-components-text'];
const COMMENT_AUTHOR = [
  '.comments-comment-meta__description-title',
  '.comments-post-meta__name-text span[aria-hidden="true"]',
  '.comments-post-meta__name-text',
];
const COMMENT_LIKES = ['.comments-comment-social-bar__reactions-count--cr', '.comments-comment-social-bar__reactions-count'];
const CLASSIC_COUNTS: Array<[keyof Engagement, string[]]> = [
  ['likes', ['.social-details-social-counts__reactions-count', '.social-details-social-counts__reactions button']],
  ['replies', ['.social-details-social-counts__comments button', '.social-details-social-counts__comments']],
  ['reposts', ['.social-details-social-counts button[aria-label*="repost" i]']],
];
// The post's own commentary wrapper first where it is drawn, then the text box.
const MODERN_TEXT = ['[componentkey^="feed-commentary"]', '[data-testid="expandable-text-box"]'];
// The labelled profile link belongs to the post's own actor block; a "X commented on this" banner
// above the post holds another person's profile link first.
const MODERN_AUTHOR = [
  'a[aria-label^="View "][href*="/in/"] span[aria-hidden="true"]',
  'a[aria-label^="View "][href*="/company/"] span[aria-hidden="true"]',
  'a[href*="/in/"] span[aria-hidden="true"]',
  'a[href*="/company/"] span[aria-hidden="true"]',
];
const MODERN_COMMENT_TEXT = '[data-testid="expandable-text-box"]';
// A comment's name link; the avatar link before it has no text. Mentions inside the text are not the author.
const MODERN_COMMENT_AUTHOR = [
  'a[href*="/in/"] span[aria-hidden="true"]',
  'a[href*="/company/"] span[aria-hidden="true"]',
  'a[href*="/in/"]',
  'a[href*="/company/"]',
];
const MODERN_NOT_OWN = `[data-testid="social-context"], [componentkey*="socialContext"], [data-testid="comments-container"], ${MODERN_COMMENTS}`;
const SEE_MORE = '[data-testid="expandable-text-button"], button';
const REPLY_BOX = ['.ql-editor[contenteditable="true"]', '.comments-comment-texteditor [contenteditable="true"]'];

const URN = /^urn:li:(activity|ugcPost|share):(\d{8,20})$/;
const COMMENT_URN = /^urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d{8,20}),(\d{8,20})\)$/;
/** The comment urn a 2026 wrapper's componentkey ends with. */
const COMPONENT_COMMENT_URN = /^(?:replaceableComment|CommentComponentReference)_(urn:li:comment:\([^()]*\))/;
const ORIGIN = 'https://www.linkedin.com';
const LINKEDIN_LAUNCH = Date.UTC(2003, 0, 1);
// Localised words after the counts in the 2026 engagement line ("31 reactions • 25 comments").
const REACTION_WORDS = /(\d[\d.,\s\u00a0]*[KkMm]?)\s*(?:reactions?|réactions?|reaktionen|reacciones|reações|reazioni)/i;
const COMMENT_WORDS = /(\d[\d.,\s\u00a0]*[KkMm]?)\s*(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti)/i;
const REPOST_WORDS = /(\d[\d.,\s\u00a0]*[KkMm]?)\s*(?:reposts?|republications?|partages?|compartidos|compartilhamentos|diffusions?)/i;

/**
 * The first match that belongs to `element`: inside no nested item matched by `boundary` (a
 * reply inside a comment, a people card inside a feed item) and inside nothing matched by `exclude`.
 */
function own(element: Element, selectors: readonly string[], boundary: string, exclude?: string): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(element.querySelectorAll(selector))) {
      const nearest = found.closest(boundary);
      if (nearest && nearest !== element && element.contains(nearest)) continue;
      if (exclude && found.closest(exclude)) continue;
      return found;
    }
  }
  return null;
}

/** Activity ids are snowflakes: the high 41 of 63 bits are milliseconds since 1970. */
function timeFromId(id: string): number | undefined {
  const ms = Number(BigInt(id) >> 22n);
  return ms > LINKEDIN_LAUNCH && ms < Date.now() + 86_400_000 ? ms : undefined;
}

function count(raw: string | null | undefined): number | undefined {
  return parseCount(raw?.replace(/^\s+/, ''));
}

/** A short stable hash, for 2026 posts that carry no urn at all. */
function hashOf(value: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995);
  }
  return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).padStart(12, '0');
}

/** Text without the "… more" toggle, and with the classic feed's hidden duplicates left out. */
function cleanText(element: Element | null): string {
  if (!element) return '';
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll(`${SEE_MORE}, .visually-hidden`).forEach((node) => node.remove());
  return textOf(clone);
}

function extractClassicPost(post: Element): ExtractedPost | null {
  const urn = post.getAttribute('data-urn') ?? '';
  const match = URN.exec(urn);
  if (!match?.[2]) return null;
  const engagement: Engagement = {};
  for (const [key, selectors] of CLASSIC_COUNTS) {
    const element = own(post, selectors, COMMENT_BOUNDARY, NOT_OWN_TEXT);
    const value = count(element?.getAttribute('aria-label')) ?? count(textOf(element));
    if (value !== undefined) engagement[key] = value;
  }
  return {
    platform: 'linkedin',
    id: urn,
    kind: 'post',
    text: cleanText(own(post, CLASSIC_TEXT, COMMENT_BOUNDARY, NOT_OWN_TEXT)),
    author: textOf(own(post, CLASSIC_AUTHOR, COMMENT_BOUNDARY, NOT_OWN_TEXT)) || undefined,
    permalink: `${ORIGIN}/feed/update/${urn}/`,
    time: timeFromId(match[2]),
    engagement,
  };
}

/**
 * A comment's id, permalink and time from its urn. Classic `data-id`s read "urn:li:comment:(activity:…,…)",
 * 2026 componentkeys mostly "urn:li:comment:(urn:li:activity:…,…)": both give the first form, so one comment
 * is one record whichever feed shows it.
 */
function commentFields(urn: string): Pick<ExtractedPost, 'id' | 'permalink' | 'time'> | null {
  const match = COMMENT_URN.exec(urn);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const id = `urn:li:comment:(${match[1]}:${match[2]},${match[3]})`;
  return {
    id,
    permalink: `${ORIGIN}/feed/update/urn:li:${match[1]}:${match[2]}/?commentUrn=${encodeURIComponent(id)}`,
    time: timeFromId(match[3]),
  };
}

function extractClassicComment(comment: Element): ExtractedPost | null {
  const fields = commentFields(comment.getAttribute('data-id') ?? '');
  if (!fields) return null;
  const likesElement = own(comment, COMMENT_LIKES, COMMENT_BOUNDARY);
  const likes = count(textOf(likesElement)) ?? count(likesElement?.getAttribute('aria-label'));
  return {
    platform: 'linkedin',
    ...fields,
    kind: 'comment',
    text: cleanText(own(comment, COMMENT_TEXT, COMMENT_BOUNDARY)),
    author: textOf(own(comment, COMMENT_AUTHOR, COMMENT_BOUNDARY)) || undefined,
    engagement: likes === undefined ? {} : { likes },
  };
}

/** The urn of the 2026 comment wrapper `element` is (in the id form when it parses), or undefined. */
function modernCommentUrn(element: Element | null | undefined): string | undefined {
  const urn = COMPONENT_COMMENT_URN.exec(element?.getAttribute('componentkey') ?? '')?.[1];
  return urn && (commentFields(urn)?.id ?? urn);
}

/** Whether `node` belongs to the 2026 comment whose urn is `urn`: the nearest comment wrapper around it carries that urn. */
function inComment(node: Element, urn: string): boolean {
  return modernCommentUrn(node.closest(MODERN_COMMENT_ANY)) === urn;
}

/** The first match inside the 2026 comment `comment` (urn `urn`) that is its own: not a nested reply's, not inside `exclude`. */
function ownInComment(comment: Element, urn: string, selectors: readonly string[], exclude?: string): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(comment.querySelectorAll(selector))) {
      if (inComment(found, urn) && !(exclude && found.closest(exclude))) return found;
    }
  }
  return null;
}

/** The comment's name: the first name link with text, without the "• 2nd" / "• Author" that may follow it. */
function modernCommentAuthor(comment: Element, urn: string): string | undefined {
  for (const selector of MODERN_COMMENT_AUTHOR) {
    for (const found of Array.from(comment.querySelectorAll(selector))) {
      if (!inComment(found, urn) || found.closest(MODERN_COMMENT_TEXT)) continue;
      const name = textOf(found).replace(/\s*•.*$/, '');
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * A 2026 comment (or reply): its urn is on the wrapper. The text is its own text box only; a comment
 * without one (its text not drawn yet, an image only) is not a comment yet.
 */
function extractModernComment(comment: Element): ExtractedPost | null {
  const urn = modernCommentUrn(comment);
  const fields = urn ? commentFields(urn) : null;
  if (!urn || !fields) return null;
  const text = cleanText(ownInComment(comment, urn, [MODERN_COMMENT_TEXT]));
  if (!text) return null;
  // "12 reactions" in the comment's own lines: not in its text, not in a reply.
  const lines = comment.cloneNode(true) as Element;
  lines.querySelectorAll(MODERN_COMMENT_TEXT).forEach((node) => node.remove());
  lines.querySelectorAll(MODERN_COMMENT_ANY).forEach((node) => {
    if (modernCommentUrn(node) !== urn) node.remove();
  });
  const likes = count(REACTION_WORDS.exec(textOf(lines))?.[1]);
  return {
    platform: 'linkedin',
    ...fields,
    kind: 'comment',
    text,
    author: modernCommentAuthor(comment, urn),
    engagement: likes === undefined ? {} : { likes },
  };
}

/**
 * The 2026 feed renders no urn. A urn found in a link is used when there is one; otherwise the
 * id is a hash of the author and the first 200 characters of the text (so expanding "… more"
 * does not change it). A post without text (a people-suggestion card, an image still loading)
 * has no id and is not a post yet.
 */
function extractModernPost(post: Element): ExtractedPost | null {
  const text = cleanText(own(post, MODERN_TEXT, MODERN_BOUNDARY, MODERN_NOT_OWN) ?? longestParagraph(post));
  if (!text) return null;
  const author = textOf(own(post, MODERN_AUTHOR, MODERN_BOUNDARY, MODERN_NOT_OWN)) || undefined;
  const urnLink = own(post, ['a[href*="/feed/update/urn:li:"]'], MODERN_BOUNDARY, MODERN_NOT_OWN)?.getAttribute('href') ?? '';
  const urn = /\/feed\/update\/(urn:li:(?:activity|ugcPost|share):\d{8,20})/.exec(urnLink)?.[1];
  const line = textOf(withoutComments(post));
  const engagement: Engagement = {};
  const likes = count(REACTION_WORDS.exec(line)?.[1]);
  const replies = count(COMMENT_WORDS.exec(line)?.[1]);
  const reposts = count(REPOST_WORDS.exec(line)?.[1]);
  if (likes !== undefined) engagement.likes = likes;
  if (replies !== undefined) engagement.replies = replies;
  if (reposts !== undefined) engagement.reposts = reposts;
  return {
    platform: 'linkedin',
    id: urn ?? `h:${hashOf(`${author ?? ''}\n${text.slice(0, 200)}`)}`,
    kind: 'post',
    text,
    author,
    permalink: urn ? `${ORIGIN}/feed/update/${urn}/` : undefined,
    ...(urn ? { time: timeFromId(urn.replace(/\D/g, '')) } : modernTime(post)),
    engagement,
  };
}

/**
 * The 2026 feed prints no machine time, only "4h • " (or "3w • Edited • ") under the author: the post
 * is at least that old (visible-time.ts). The engagement line ("31 reactions • 25 comments") is no time.
 */
function modernTime(post: Element): Pick<ExtractedPost, 'time' | 'timeApproximate'> {
  const labels: string[] = [];
  for (const paragraph of Array.from(post.querySelectorAll('p'))) {
    if (paragraph.closest('[role="listitem"]') !== post || paragraph.closest(MODERN_NOT_OWN) || paragraph.closest(MODERN_TEXT.join(','))) continue;
    const label = /^([^•]{1,30}?)\s*•/.exec(textOf(paragraph))?.[1];
    if (label) labels.push(label);
  }
  return visibleTimeFields(labels);
}

/** The 2026 post without its open comments (their counts lines are not the post's); the post itself when none are open. */
function withoutComments(post: Element): Element {
  if (!post.querySelector(MODERN_COMMENTS)) return post;
  const clone = post.cloneNode(true) as Element;
  clone.querySelectorAll(MODERN_COMMENTS).forEach((node) => node.remove());
  return clone;
}

/**
 * Fallback when the body's test id is missing: the longest paragraph that is not a link, a
 * button, a heading or a nested card, and long enough (60+ characters) not to be a headline.
 */
function longestParagraph(post: Element): Element | null {
  let best: Element | null = null;
  let bestLength = 59;
  for (const paragraph of Array.from(post.querySelectorAll('p'))) {
    if (paragraph.closest('[role="listitem"]') !== post) continue;
    if (paragraph.closest('a, button, h1, h2, h3, h4')) continue;
    if (paragraph.closest(MODERN_NOT_OWN)) continue;
    const length = textOf(paragraph).length;
    if (length > bestLength) {
      best = paragraph;
      bestLength = length;
    }
  }
  return best;
}

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  findPosts(root) {
    return queryAllOf(root, [...CLASSIC_POST, ...CLASSIC_COMMENT, ...MODERN_POST, ...MODERN_COMMENT]).filter(isOwnItem);
  },
  postSelector: [...CLASSIC_POST, ...CLASSIC_COMMENT, ...MODERN_POST, ...MODERN_COMMENT].join(', '),
  isPost: isOwnItem,
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(element) {
    if (element.matches(COMMENT_BOUNDARY)) return own(element, COMMENT_TEXT, COMMENT_BOUNDARY);
    const commentUrn = modernCommentUrn(element);
    if (commentUrn) return ownInComment(element, commentUrn, [MODERN_COMMENT_TEXT]);
    if (element.matches(MODERN_POST.join(','))) {
      return own(element, MODERN_TEXT, MODERN_BOUNDARY, MODERN_NOT_OWN) ?? longestParagraph(element);
    }
    return own(element, CLASSIC_TEXT, COMMENT_BOUNDARY, NOT_OWN_TEXT);
  },
  extract(element, options): ExtractedPost | null {
    try {
      if (element.matches(COMMENT_BOUNDARY)) return countsAsAsked(extractClassicComment(element), options);
      if (element.matches(MODERN_COMMENT_ANY)) return countsAsAsked(extractModernComment(element), options);
      if (element.matches(MODERN_POST.join(','))) return countsAsAsked(extractModernPost(element), options);
      if (element.matches(CLASSIC_POST.join(','))) return countsAsAsked(extractClassicPost(element), options);
      return null;
    } catch {
      return null;
    }
  },
};

/**
 * Posts nest in posts only as duplicates of one update; a comment inside a post is its own item. A 2026
 * comment is the outermost of the wrappers carrying its urn (a reply's wrappers carry another one).
 */
function isOwnItem(element: Element): boolean {
  if (element.matches(COMMENT_BOUNDARY)) return true;
  const commentUrn = modernCommentUrn(element);
  if (commentUrn) return modernCommentUrn(element.parentElement?.closest(MODERN_COMMENT_ANY)) !== commentUrn;
  return !element.parentElement?.closest(UPDATE);
}
