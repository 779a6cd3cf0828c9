import { webUrl, engagementPart, parseCount, queryAllOf, timeOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

// Instagram's atomic class names change with each build; the short `_a9z…` names of the comment
// list have lasted longer, and the link shapes (/p/<code>/, /c/<id>/) are its URLs, which last.
const FEED_POST = ['article'];
/** The caption block at the top of a post page's comment list. */
const CAPTION = ['li._a9zj._a9z5'];
const COMMENT = ['li._a9zj:not(._a9z5)'];
/** Newer layouts without the `_a9z…` names: a comment is the block around one `/c/<id>/` time link. */
const COMMENT_TIME = 'a[href*="/c/"] time[datetime]';
const TEXT = [
  'h1._ap3a',
  'h1[dir="auto"]',
  'div._a9zs span._ap3a',
  'div._a9zs',
  'span._ap3a._aacu',
  'span._aacl._aacu',
];
const REPLY_BOX = [
  'textarea[aria-label*="comment" i]',
  'textarea[placeholder*="comment" i]',
  'form textarea',
  'div[contenteditable="true"][role="textbox"][aria-label*="comment" i]',
];
const ORIGIN = 'https://www.instagram.com/';
const MEDIA_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|tv)\/([A-Za-z0-9_-]+)\/?$/;
const COMMENT_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(p|reel|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)(?:\/r\/(\d+))?\/?$/;
const PROFILE_PATH = /^\/([A-Za-z0-9._]{1,30})\/?$/;
const NOT_PROFILE = new Set(['explore', 'accounts', 'direct', 'reels', 'stories', 'p', 'reel', 'tv']);

/** Blocks found by structure rather than by selector, remembered so their text stays their own. */
const containers = new WeakSet<Element>();

/** Elements under `container` that belong to it, not to a comment or post nested inside it. */
function ownAll(container: Element, selector: string): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((element) => {
    for (let node: Element | null = element; node && node !== container; node = node.parentElement) {
      if (containers.has(node) || node.matches('article, li._a9zj')) return false;
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

/** Visible text with paragraph breaks (`<br>`, blocks) kept as spaces. */
function readableText(element: Element | null): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches('script, style, svg, button, [role="button"]')) continue;
        const block = /^(DIV|P|LI|BR|H[1-6])$/.test(el.tagName);
        if (block) parts.push(' ');
        walk(el);
        if (block) parts.push(' ');
      }
    }
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function pathOf(href: string | null): string | null {
  const url = webUrl(href, ORIGIN);
  if (!url) return null;
  const parsed = new URL(url);
  return parsed.hostname === 'www.instagram.com' || parsed.hostname === 'instagram.com' ? parsed.pathname : null;
}

/**
 * The largest block around `start` whose parent would take in a second time stamp (a neighbour's,
 * a reply's, the caption's) or cross `stop`: the block keeps author and text, never a neighbour.
 */
function blockAround(start: Element, root: ParentNode, stop: (parent: Element) => boolean): Element {
  let block = start;
  while (block.parentElement && block.parentElement !== root && block.parentElement.tagName !== 'ARTICLE') {
    const parent = block.parentElement;
    if (parent.querySelectorAll('time[datetime]').length > 1 || stop(parent)) break;
    block = parent;
  }
  return block;
}

/** Layouts without the `_a9z…` names: comments around their `/c/` time links, the caption around its h1. */
function structuralBlocks(root: ParentNode, known: Set<Element>): Element[] {
  // The element or one of its ancestors is known (one walk up, not a look at every known container).
  const inKnown = (element: Element) => {
    for (let up: Element | null = element; up; up = up.parentElement) if (known.has(up)) return true;
    return false;
  };
  const blocks: Element[] = [];
  for (const time of queryAllOf(root, [COMMENT_TIME])) {
    if (inKnown(time)) continue;
    blocks.push(blockAround(time.closest('a')!, root, () => false));
  }
  for (const heading of queryAllOf(root, ['h1'])) {
    if (inKnown(heading) || heading.closest('header, nav')) continue;
    const block = blockAround(heading, root, (parent) => parent.querySelectorAll('h1').length > 1 || parent.querySelector(COMMENT_TIME) !== null);
    if (block.querySelector('a[href] time[datetime]')) blocks.push(block);
  }
  return blocks;
}

interface Target {
  kind: 'post' | 'comment';
  id: string;
  permalink: string;
  time?: number;
}

function targetOf(element: Element): Target | null {
  let media: Target | null = null;
  for (const link of ownAll(element, 'a[href]')) {
    const path = pathOf(link.getAttribute('href'));
    if (!path) continue;
    const time = link.querySelector('time[datetime]');
    const comment = COMMENT_PATH.exec(path);
    if (comment?.[1] && comment[2] && comment[3]) {
      const id = comment[4] ?? comment[3];
      const tail = comment[4] ? `c/${comment[3]}/r/${comment[4]}/` : `c/${comment[3]}/`;
      return { kind: 'comment', id, permalink: `${ORIGIN}${comment[1]}/${comment[2]}/${tail}`, time: timeOf(time) };
    }
    const post = MEDIA_PATH.exec(path);
    if (post?.[1] && post[2]) {
      const found: Target = { kind: 'post', id: post[2], permalink: `${ORIGIN}${post[1]}/${post[2]}/`, time: timeOf(time) };
      // The link around the post's time is its own; other media links may be suggestions.
      if (time) return found;
      media ??= found;
    }
  }
  return media;
}

function authorOf(element: Element): string | undefined {
  for (const link of ownAll(element, 'a[href]')) {
    const handle = PROFILE_PATH.exec(pathOf(link.getAttribute('href')) ?? '')?.[1];
    if (handle && !NOT_PROFILE.has(handle) && readableText(link)) return `@${handle}`;
  }
  return undefined;
}

function engagementOf(element: Element): Engagement {
  const engagement: Engagement = {};
  for (const node of ownAll(element, 'a, button, span, div[role="button"]')) {
    const text = readableText(node);
    const likes = /^([\d.,]+\s?[KkMm]?) likes?$/i.exec(text);
    if (likes) engagement.likes ??= parseCount(likes[1]);
    const replies = /^View (?:all )?([\d.,]+\s?[KkMm]?) (?:comments|replies)$|^View replies \(([\d.,]+)\)$/i.exec(text);
    if (replies) engagement.replies ??= parseCount(replies[1] ?? replies[2]);
  }
  const likedBy = ownAll(element, 'a[href$="/liked_by/"]')[0];
  engagement.likes ??= parseCount(readableText(likedBy ?? null));
  return Object.fromEntries(Object.entries(engagement).filter(([, value]) => value !== undefined)) as Engagement;
}

export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  findPosts(root) {
    const found = new Set<Element>([...queryAllOf(root, CAPTION), ...queryAllOf(root, COMMENT)]);
    // A post page's article frames its caption and comments; a feed article is the post itself.
    for (const article of queryAllOf(root, FEED_POST)) {
      if (!article.querySelector(CAPTION.join(',')) && !article.querySelector(COMMENT_TIME)) found.add(article);
    }
    for (const block of structuralBlocks(root, found)) found.add(block);
    for (const element of found) containers.add(element);
    return Array.from(found).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  },
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(element) {
    return ownFirst(element, TEXT);
  },
  extract(element, options): ExtractedPost | null {
    try {
      const target = targetOf(element);
      if (!target) return null;
      return {
        platform: 'instagram',
        id: target.id,
        kind: target.kind,
        text: readableText(ownFirst(element, TEXT)),
        author: authorOf(element),
        permalink: target.permalink,
        time: target.time ?? timeOf(ownFirst(element, ['time[datetime]'])),
        ...engagementPart(options, () => engagementOf(element)),
      };
    } catch {
      return null;
    }
  },
};
