// Small DOM readers shared by the adapters. They take what they read as parameters.
import type { Engagement, ExtractedPost, ExtractOptions } from './types';

/** The first element matched by the first selector in the list that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by any selector in the list, in document order, without duplicates. */
export function queryAllOf(root: ParentNode, selectors: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(selectors.join(',')));
}

/**
 * An image's alt that is an emoji: X draws every emoji in a post as `<img alt="😡" src="…/emoji/…">`,
 * Mastodon's web UI as `<img class="emojione" alt="😡">`. Other images' alts (avatars, "Image", custom
 * ":blobcat:" shortcodes) are not the writer's words.
 */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[#*0-9]){1,16}$/u;
const HAS_PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;

function emojiAlt(image: Element): string {
  const alt = image.getAttribute('alt')?.trim() ?? '';
  return EMOJI_ONLY.test(alt) && HAS_PICTOGRAPH.test(alt) ? alt : '';
}

/** textContent, with each emoji drawn as an image read as its emoji. */
function textWithEmojiImages(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      if ((child as Element).tagName === 'IMG') parts.push(emojiAlt(child as Element));
      else textWithEmojiImages(child, parts);
    }
  }
}

/**
 * Visible text with runs of white space folded, or '' for a missing element. Emoji drawn as images count
 * as text. The walk runs only where there is such an image: a post's avatars and photos leave it to the
 * browser's own textContent (this runs on every post).
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  let raw: string;
  if (Array.from(element.getElementsByTagName('img')).some((image) => emojiAlt(image) !== '')) {
    const parts: string[] = [];
    textWithEmojiImages(element, parts);
    raw = parts.join('');
  } else raw = element.textContent ?? '';
  return raw.replace(/\s+/g, ' ').trim();
}

/** Milliseconds since epoch from a `<time datetime>` value, or undefined. */
export function timeOf(element: Element | null | undefined): number | undefined {
  const value = element?.getAttribute('datetime');
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * A web address (http or https) as a link may open it, or undefined. What a page or an API gives as a
 * post's link is data: a `javascript:`, `data:` or app-launching scheme never becomes a link Firebreak shows.
 */
export function webUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}


/**
 * A count as platforms print it: "1,234", "1.2K", "3,4 k", "2M", "1.5万" is not handled (returns
 * undefined). Undefined for anything that is not a count.
 */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  const match = /^\s*(\d{1,3}(?:[,\s.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)\s*([KkMmBb])?\b/.exec(raw);
  if (!match?.[1]) return undefined;
  const suffix = match[2]?.toLowerCase();
  const digits = match[1];
  if (!suffix && /[,\s.\u00a0\u202f]\d{3}$/.test(digits) && !/^\d+[.,]\d{1,2}$/.test(digits)) {
    return Number(digits.replace(/[^\d]/g, ''));
  }
  const value = Number(digits.replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const scale = suffix === 'k' ? 1e3 : suffix === 'm' ? 1e6 : suffix === 'b' ? 1e9 : 1;
  return Math.round(value * scale);
}

/** The engagement part of an extracted post, unless the caller asked to leave the counts out. */
export function engagementPart(options: ExtractOptions | undefined, read: () => Engagement): { engagement?: Engagement } {
  return options?.engagement === false ? {} : { engagement: read() };
}

/** For adapters that read the counts along with the rest (attributes, text already read): drops them when asked. */
export function countsAsAsked(post: ExtractedPost | null, options: ExtractOptions | undefined): ExtractedPost | null {
  if (post && options?.engagement === false) delete post.engagement;
  return post;
}
