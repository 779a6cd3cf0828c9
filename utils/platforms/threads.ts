import { webUrl, engagementPart, parseCount, queryAllOf, timeOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

// Threads marks every post and reply with `data-pressable-container`; its classes are generated.
const POST = ['div[data-pressable-container="true"]'];
/** The body's own wrapper class, then any text span that is not a name, a time or a button. */
const TEXT = ['div.x1a6qonq span[dir="auto"]'];
const REPLY_BOX = ['div[contenteditable="true"][role="textbox"]'];
const COUNTS = { likes: ['Like', 'Unlike'], replies: ['Reply', 'Comment'], reposts: ['Repost'] } as const;
const ORIGIN = 'https://www.threads.com/';
const POST_PATH = /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]+)\/?$/;
const THREADS_HOST = /^(www\.)?threads\.(com|net)$/;

/** Elements under `container` that belong to it, not to a quoted post nested inside it. */
function ownAll(container: Element, selector: string): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((element) => {
    const owner = element.closest(POST.join(','));
    return owner === null || owner === container || !container.contains(owner);
  });
}

function readableText(element: Element | null): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches('script, style, svg')) continue;
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

function postPath(href: string | null): RegExpExecArray | null {
  const url = webUrl(href, ORIGIN);
  if (!url) return null;
  const parsed = new URL(url);
  return THREADS_HOST.test(parsed.hostname) ? POST_PATH.exec(parsed.pathname) : null;
}

/** The post's own link is the one around its time; a quoted post's is inside the nested container. */
function ownPostLink(container: Element): { handle: string; code: string; time?: number } | null {
  let fallback: { handle: string; code: string; time?: number } | null = null;
  for (const link of ownAll(container, 'a[href*="/post/"]')) {
    const match = postPath(link.getAttribute('href'));
    if (!match?.[1] || !match[2]) continue;
    const time = link.querySelector('time[datetime]');
    if (time) return { handle: match[1], code: match[2], time: timeOf(time) };
    fallback ??= { handle: match[1], code: match[2] };
  }
  return fallback;
}

/**
 * The post a thread page is about. On it, the thread's root is the post and everything else is a
 * reply; elsewhere (home, profile, search) every container is a post.
 */
function pagePostCode(doc: Document | null): string | undefined {
  if (!doc) return undefined;
  const candidates = [
    doc.location?.href,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const code = postPath(candidate ?? null)?.[2];
    if (code) return code;
  }
  return undefined;
}

/** Spans of the body: not the author's name (a link), the time, or a counter (a button). */
function ownText(container: Element): { text: string; anchor: Element | null } {
  for (const selector of TEXT) {
    const found = ownAll(container, selector);
    if (found.length > 0) return { text: found.map(readableText).join(' '), anchor: found[0] ?? null };
  }
  const spans = ownAll(container, 'span[dir="auto"]').filter(
    (span) => !span.closest('a, time, [role="button"], h1, h2') && !span.parentElement?.closest('span[dir="auto"]'),
  );
  return { text: spans.map(readableText).filter(Boolean).join(' '), anchor: spans[0] ?? null };
}

function engagementOf(container: Element): Engagement {
  const engagement: Engagement = {};
  for (const [key, labels] of Object.entries(COUNTS) as Array<[keyof typeof COUNTS, readonly string[]]>) {
    const icon = ownAll(container, labels.map((label) => `svg[aria-label="${label}"]`).join(','))[0];
    const button = icon?.closest('[role="button"]');
    const count = parseCount(readableText(button ?? null));
    if (count !== undefined) engagement[key] = count;
  }
  return engagement;
}

/** A quoted post drawn inside another is part of it, not a post of its own here. */
function isOwnPost(element: Element): boolean {
  return !element.parentElement?.closest(POST.join(','));
}

export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  findPosts(root) {
    return queryAllOf(root, POST).filter(isOwnPost);
  },
  postSelector: POST.join(', '),
  isPost: isOwnPost,
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(element) {
    return ownText(element).anchor;
  },
  extract(element, options): ExtractedPost | null {
    try {
      const link = ownPostLink(element);
      if (!link) return null;
      const page = pagePostCode(element.ownerDocument);
      return {
        platform: 'threads',
        id: link.code,
        kind: page && page !== link.code ? 'comment' : 'post',
        text: ownText(element).text,
        author: `@${link.handle}`,
        // One address for both domains: threads.net now redirects to threads.com.
        permalink: `${ORIGIN}@${link.handle}/post/${link.code}`,
        time: link.time ?? timeOf(ownAll(element, 'time[datetime]')[0]),
        ...engagementPart(options, () => engagementOf(element)),
      };
    } catch {
      return null;
    }
  },
};
