import { webUrl, countsAsAsked, parseCount, queryAllOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';
import { visibleTimeFields } from './visible-time';

// TikTok's `data-e2e` hooks are kept for its own end-to-end tests and outlive its styled-component
// class names (`css-<hash>-DivCommentContentContainer`), which are matched by their stable suffix only.
const COMMENT_TEXT = ['[data-e2e="comment-level-1"]', '[data-e2e="comment-level-2"]'];
const COMMENT = [
  'div[class*="DivCommentContentContainer"]',
  'div[class*="DivCommentItemWrapper"]',
  '[data-e2e="comment-item"]',
];
/** The thread a level-1 comment heads: its "View 12 replies" sits beside the comment, not in it. */
const THREAD = ['div[class*="DivCommentObjectWrapper"]', 'div[class*="DivCommentItemContainer"]'];
const VIDEO_DESC = ['[data-e2e="browse-video-desc"]', '[data-e2e="video-desc"]'];
const VIDEO = [
  '[data-e2e="recommend-list-item-container"]',
  'div[class*="DivDescriptionContentWrapper"]',
  'div[class*="DivVideoInfoContainer"]',
];
const VIDEO_COUNTS = {
  likes: ['browse-like-count', 'like-count'],
  replies: ['browse-comment-count', 'comment-count'],
  reposts: ['share-count'],
  views: ['video-views'],
} as const;
const REPLY_BOX = [
  '[data-e2e="comment-input"] [contenteditable="true"]',
  '[data-e2e="comment-input"] textarea',
  'div.public-DraftEditor-content[contenteditable="true"]',
];
const ORIGIN = 'https://www.tiktok.com/';
const VIDEO_PATH = /^\/@([A-Za-z0-9._]{1,30})\/(?:video|photo)\/(\d{10,25})\/?$/;
const HANDLE_PATH = /^\/@([A-Za-z0-9._]{1,30})\/?$/;
/** TikTok's first video ids date from 2016: an id whose time falls outside 2016..now is not one. */
const EARLIEST = Date.UTC(2016, 0, 1);

function readableText(element: Element | null): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches('script, style, svg, button')) continue;
        const block = /^(DIV|P|LI|BR)$/.test(el.tagName);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function tiktokPath(href: string | null | undefined): string | null {
  const url = webUrl(href, ORIGIN);
  if (!url) return null;
  const parsed = new URL(url);
  return /(^|\.)tiktok\.com$/.test(parsed.hostname) ? parsed.pathname : null;
}

/** The video a page is about: its address, or the canonical link a server-drawn page carries. */
function pageVideo(doc: Document | null): { handle: string; id: string } | null {
  if (!doc) return null;
  const candidates = [
    doc.location?.href,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const match = VIDEO_PATH.exec(tiktokPath(candidate) ?? '');
    if (match?.[1] && match[2]) return { handle: match[1], id: match[2] };
  }
  return null;
}

function videoIn(element: Element): { handle: string; id: string } | null {
  for (const link of Array.from(element.querySelectorAll('a[href*="/video/"], a[href*="/photo/"]'))) {
    const match = VIDEO_PATH.exec(tiktokPath(link.getAttribute('href')) ?? '');
    if (match?.[1] && match[2]) return { handle: match[1], id: match[2] };
  }
  return null;
}

/** A video id's upper 32 bits are its upload time in seconds: the only machine time TikTok shows. */
function timeFromVideoId(id: string): number | undefined {
  try {
    const ms = Number(BigInt(id) >> BigInt(32)) * 1000;
    return ms >= EARLIEST && ms <= Date.now() + 86_400_000 ? ms : undefined;
  } catch {
    return undefined;
  }
}

function handleIn(element: Element): string | undefined {
  for (const link of Array.from(element.querySelectorAll('a[href*="/@"]'))) {
    const handle = HANDLE_PATH.exec(tiktokPath(link.getAttribute('href')) ?? '')?.[1];
    if (handle) return handle;
  }
  return undefined;
}

/** Comment text elements whose nearest comment container is `container` (a reply has its own). */
function ownCommentText(container: Element): Element | null {
  const texts = Array.from(container.querySelectorAll(COMMENT_TEXT.join(',')));
  return texts.find((text) => text.closest(COMMENT.join(',')) === container) ?? texts[0] ?? null;
}

function commentContainerOf(text: Element): Element {
  // The innermost container holds this comment alone; a wrapper may also hold its replies.
  return text.closest(COMMENT.join(',')) ?? text.parentElement ?? text;
}

/** A stable id where the page shows none: the video, the author and a hash of the text. */
function derivedCommentId(videoId: string, handle: string, text: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${handle}\u0000${text}`) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `${videoId}-${handle}-${hash.toString(36)}`;
}

function extractComment(element: Element): ExtractedPost | null {
  const textElement = ownCommentText(element);
  const text = readableText(textElement);
  const handle = handleIn(element);
  const video = pageVideo(element.ownerDocument) ?? videoIn(element);
  const ownId = [element, ...Array.from(element.querySelectorAll('[id]'))]
    .map((candidate) => candidate.getAttribute('id') ?? '')
    .find((id) => /^\d{15,25}$/.test(id));
  const id = ownId ?? (video && handle && text ? derivedCommentId(video.id, handle, text) : undefined);
  if (!id || !text) return null;
  const engagement: Engagement = {};
  const likes = parseCount(readableText(element.querySelector('[data-e2e="comment-like-count"]')));
  if (likes !== undefined) engagement.likes = likes;
  if (textElement?.matches(COMMENT_TEXT[0]!)) {
    const thread = THREAD.map((selector) => element.closest(selector)).find((found) => found !== null);
    const more = thread?.querySelector('[data-e2e^="view-more"], div[class*="DivViewRepliesContainer"]');
    const replies = /View (?:all )?([\d.,]+\s?[KkMm]?) repl/i.exec(readableText(more ?? null));
    if (replies) engagement.replies = parseCount(replies[1]);
  }
  const author = handle ? `@${handle}` : readableText(element.querySelector('[data-e2e^="comment-username"]')) || undefined;
  return {
    platform: 'tiktok',
    id,
    kind: 'comment',
    text,
    author,
    // TikTok prints only "2d ago" or a date ("2025-10-9") for comments: the comment is at least that old.
    ...visibleTimeFields([readableText(element.querySelector('[data-e2e^="comment-time"]'))]),
    // A comment has no page of its own: it lives on its video's.
    permalink: video ? `${ORIGIN}@${video.handle}/video/${video.id}` : undefined,
    engagement,
  };
}

function extractVideo(element: Element): ExtractedPost | null {
  const video = videoIn(element) ?? pageVideo(element.ownerDocument);
  if (!video) return null;
  const onItsPage = pageVideo(element.ownerDocument)?.id === video.id;
  const engagement: Engagement = {};
  for (const [key, hooks] of Object.entries(VIDEO_COUNTS) as Array<[keyof typeof VIDEO_COUNTS, readonly string[]]>) {
    const selector = hooks.map((hook) => `[data-e2e="${hook}"]`).join(',');
    // On a video's page its counters sit in the action bar beside the description, not inside it.
    const counter = element.querySelector(selector) ?? (onItsPage ? element.ownerDocument.querySelector(selector) : null);
    const count = parseCount(readableText(counter));
    if (count !== undefined) engagement[key] = count;
  }
  return {
    platform: 'tiktok',
    id: video.id,
    kind: 'post',
    text: readableText(element.matches(VIDEO_DESC.join(',')) ? element : element.querySelector(VIDEO_DESC.join(','))),
    author: `@${video.handle}`,
    permalink: `${ORIGIN}@${video.handle}/video/${video.id}`,
    time: timeFromVideoId(video.id),
    engagement,
  };
}

function isComment(element: Element): boolean {
  return element.querySelector(COMMENT_TEXT.join(',')) !== null && !element.querySelector(VIDEO_DESC.join(','));
}

export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  findPosts(root) {
    const found = new Set<Element>();
    for (const desc of queryAllOf(root, VIDEO_DESC)) found.add(desc.closest(VIDEO.join(',')) ?? desc);
    for (const text of queryAllOf(root, COMMENT_TEXT)) found.add(commentContainerOf(text));
    return Array.from(found).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  },
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(element) {
    return isComment(element) ? ownCommentText(element) : element.matches(VIDEO_DESC.join(',')) ? null : element.querySelector(VIDEO_DESC.join(','));
  },
  extract(element, options): ExtractedPost | null {
    try {
      return countsAsAsked(isComment(element) ? extractComment(element) : extractVideo(element), options);
    } catch {
      return null;
    }
  },
};
