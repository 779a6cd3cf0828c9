// What platforms print where a post or comment was: a notice that it is gone, not anyone's words.
// Such an element gets no badge and is never reported as a post (utils/content/scanner.ts): its
// "text" would be analysed, and a notice naming nothing would still count as a post seen.
//
// Only the whole text counts: a comment that quotes "[removed]" in a sentence is a comment. Matching
// ignores case, curly or straight apostrophes, spacing inside brackets ("[ Removed by Reddit ]"),
// sentence punctuation and a trailing "Learn more" link (X's tombstones end with one).

import type { ExtractOptions, ExtractedPost, PlatformAdapter } from './types';

/** The notices, as each platform prints them (English UI). Adding one here is all it takes. */
export const PLACEHOLDER_TEXTS: readonly string[] = [
  // Reddit. Old reddit and the API put these in the body (and "[deleted]" as the author); new
  // reddit (shreddit) renders them as the comment's text too.
  '[removed]',
  '[deleted]',
  '[deleted by user]',
  '[ Removed by Reddit ]',
  '[ Removed by moderator ]',
  '[ Removed by Reddit in response to a copyright notice. ]',
  // Reddit's redesign, in place of a comment's body.
  'Comment removed by moderator',
  'Comment deleted by user',
  'Comment removed by Reddit',
  'Removed by Reddit',
  // X: the tombstones drawn in a thread or in place of a quoted post.
  'This post is unavailable.',
  'This Post was deleted by the Post author. Learn more',
  'This Post is from a suspended account. Learn more',
  'This Post is from an account that no longer exists. Learn more',
  'This Post violated the X Rules. Learn more',
  // Facebook: a shared or linked post that was deleted or whose audience changed.
  "This content isn't available right now",
  "This content isn't available right now When this happens, it's usually because the owner only shared it with a small group of people, changed who can see it or it's been deleted.",
  // LinkedIn: a reshared post that is gone.
  'This post cannot be displayed',
  // Mastodon 4.4+: a quoted post that is gone (en.json, status.quote_error.*).
  'Post unavailable',
  'Post removed by author',
  'Hidden due to one of your filters',
  // Bluesky: a thread's deleted or blocked post (ThreadItemPostTombstone).
  'Post not found.',
  'Post blocked.',
  // Worded alike on several platforms (deleted comments, removed posts).
  'This comment has been deleted',
  'This post has been deleted.',
  'This post has been removed',
];

/** The text as it is compared: case, apostrophes, spacing and sentence punctuation folded away. */
function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\blearn more$/, '')
    .replace(/\[\s+/g, '[')
    .replace(/\s+\]/g, ']')
    .replace(/[.!?…,;:]+(?=\s|\]|$)/g, '')
    .trim();
}

/**
 * A text's first four letters a–z, lower-cased, anything else skipped ("[ Removed by" → "remo"), looked
 * for only near its start. Folding keeps letters, so a notice however written has one of its notices'
 * leads: every other post is turned away here, before the six replacements of `normal`.
 */
function lead(text: string): string {
  let out = '';
  for (let i = 0; i < text.length && i < 24 && out.length < 4; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) out += String.fromCharCode(code);
  }
  return out;
}

const NOTICES = new Set(PLACEHOLDER_TEXTS.map(normal));
const LEADS = new Set(PLACEHOLDER_TEXTS.map(lead));
/** Anything much longer than the longest notice is someone's words: not even normalised. */
const MAX_LENGTH = 2 * Math.max(...PLACEHOLDER_TEXTS.map((text) => text.length));

/** Whether a post's whole visible text is only a platform's notice that the post is gone. */
export function isPlaceholder(text: string): boolean {
  if (text.length > MAX_LENGTH || !LEADS.has(lead(text))) return false;
  const folded = normal(text);
  return folded !== '' && NOTICES.has(folded);
}

/**
 * What `adapter` reads of `element` as a post, or null when there is none to read yet or it is only a
 * platform's notice where the post was: the scanner badges and reports nothing of it, the coach does
 * not answer it.
 */
export function extractPost(adapter: PlatformAdapter, element: Element, options?: ExtractOptions): ExtractedPost | null {
  const post = adapter.extract(element, options);
  return post && !isPlaceholder(post.text) ? post : null;
}

/**
 * A post's text from its parts (a title, then a body). A part that is only a notice (the "[removed]"
 * body under a removed post's title) is left out; when every part is one, the post is only a notice
 * and reads as the first of them (so that it is recognised as one).
 */
export function joinParts(parts: readonly string[]): string {
  const present = parts.filter(Boolean);
  const words = present.filter((part) => !isPlaceholder(part));
  return (words.length > 0 ? words : present.slice(0, 1)).join(' ');
}
