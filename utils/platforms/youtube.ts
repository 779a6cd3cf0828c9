import { webUrl, engagementPart, parseCount, queryAllOf, textOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';
import { visibleTimeFields } from './visible-time';

// Comments and replies only (the video's own description is not read). Two generations of
// markup: ytd-comment-view-model (2024+) and ytd-comment-renderer (older). Element names and
// ids are YouTube's stable hooks; its classes are all "style-scope …".
const COMMENT = ['ytd-comment-view-model', 'ytd-comment-renderer'];
const CONTAINER = COMMENT.join(',');
const TEXT = ['#content-text', 'yt-attributed-string#content-text', '#expander #content'];
/** The box that clamps a collapsed comment's text (ytd-expander, or its div in the view-model markup). */
const EXPANDER = '#expander';
// The "2 days ago" link is the comment's own permalink: /watch?v=<video>&lc=<comment id>.
const PUBLISHED = ['#published-time-text a', '#published-time-text'];
const PERMALINK = ['#published-time-text a[href*="lc="]', '#header-author a[href*="lc="]', 'a[href*="lc="]'];
const AUTHOR = ['#author-text', '#author-comment-badge #channel-name', 'ytd-author-comment-badge-renderer #name'];
const LIKES = ['#vote-count-middle'];
const MORE_REPLIES = ['ytd-comment-replies-renderer #more-replies', '#more-replies'];
const REPLY_BOX = ['#contenteditable-root[contenteditable]', 'ytd-commentbox [contenteditable="true"]'];
const ORIGIN = 'https://www.youtube.com/';

/** The first count in a label such as "View 14 replies" or "1.2K replies". */
function firstCount(raw: string | null | undefined): number | undefined {
  return parseCount(/\d[\d.,\u00a0\u202f]*\s?[KkMmBb]?(?![a-z])/.exec(raw ?? '')?.[0]);
}

function own(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(element.querySelectorAll(selector))) {
      if (found.closest(CONTAINER) === element) return found;
    }
  }
  return null;
}

/** The comment id and a canonical permalink that keeps only the video and the comment. */
function permalinkOf(comment: Element): { id: string; permalink: string } | null {
  const href = own(comment, PERMALINK)?.getAttribute('href');
  const absolute = webUrl(href, ORIGIN);
  if (!absolute) return null;
  const url = new URL(absolute);
  const id = url.searchParams.get('lc')?.trim();
  if (!id) return null;
  const canonical = new URL(url.pathname, ORIGIN);
  const video = url.searchParams.get('v');
  if (video) canonical.searchParams.set('v', video);
  canonical.searchParams.set('lc', id);
  return { id, permalink: canonical.href };
}

function authorOf(comment: Element): string | undefined {
  const element = own(comment, AUTHOR);
  const name = textOf(element);
  if (name) return name;
  // The channel owner's name is drawn elsewhere and #author-text is empty; its href still says who.
  const path = element?.getAttribute('href') ?? '';
  const handle = /^\/(@[^/?#]+)/.exec(path)?.[1];
  return handle ? decodeURIComponent(handle) : undefined;
}

function engagementOf(comment: Element): Engagement {
  const engagement: Engagement = {};
  const vote = own(comment, LIKES);
  const likes = parseCount(textOf(vote)) ?? parseCount(vote?.getAttribute('aria-label'));
  if (likes !== undefined) engagement.likes = likes;
  // A thread's reply count sits beside the top-level comment, in its thread renderer.
  const thread = comment.parentElement?.closest('ytd-comment-thread-renderer');
  if (thread && comment.closest('ytd-comment-replies-renderer') === null) {
    for (const selector of MORE_REPLIES) {
      const button = thread.querySelector(selector);
      const replies = firstCount(button?.getAttribute('aria-label')) ?? firstCount(textOf(button));
      if (replies !== undefined) {
        engagement.replies = replies;
        break;
      }
    }
  }
  return engagement;
}

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  findPosts(root) {
    return queryAllOf(root, COMMENT);
  },
  postSelector: COMMENT.join(', '),
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(comment) {
    // Before the box that clamps a long comment to four lines ("Read more"), never inside it: there
    // the badge would push the comment's last visible line out of the clamp.
    const text = own(comment, TEXT);
    const clamp = text?.parentElement?.closest(EXPANDER);
    return clamp && comment.contains(clamp) ? clamp : text;
  },
  extract(comment, options): ExtractedPost | null {
    try {
      const link = permalinkOf(comment);
      if (!link) return null;
      return {
        platform: 'youtube',
        id: link.id,
        kind: 'comment',
        text: textOf(own(comment, TEXT)),
        author: authorOf(comment),
        permalink: link.permalink,
        // YouTube prints only "2 days ago": the post is at least that old (visible-time.ts).
        ...visibleTimeFields([textOf(own(comment, PUBLISHED))]),
        ...engagementPart(options, () => engagementOf(comment)),
      };
    } catch {
      return null;
    }
  },
};
