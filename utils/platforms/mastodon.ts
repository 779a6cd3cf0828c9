import { webUrl, engagementPart, parseCount, queryAllOf, textOf, timeOf } from './dom';
import type { Engagement, ExtractedPost, PlatformAdapter } from './types';

/**
 * Instances the content script runs on out of the box: the largest general-purpose ones.
 * Any other instance is added by the user through an optional host permission; nothing below
 * depends on the host, so findPosts works on every instance running Mastodon's web UI.
 */
export const MASTODON_DEFAULT_HOSTS = [
  'mastodon.social',
  'mstdn.social',
  'mastodon.online',
  'mas.to',
  'mastodon.world',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'techhub.social',
  'universeodon.com',
] as const;

// Mastodon's React web UI. `.status[data-id]` is the status itself (for a boost, the boosted
// status); the timeline's `article[data-id]` wraps it and is used only when it holds no `.status`.
// The focused status of a thread is a `.detailed-status` without data-id. A quote post (4.5) draws
// the quoted status as a `.status.status--is-quote[data-id]` inside the quoting one: part of it.
// An article scrolled off screen is re-rendered as `<article data-id style="opacity: 0">` around a
// hidden placeholder (three bare spans, no `.status`): it holds no status body and is no post.
const STATUS = '.status[data-id]';
const ARTICLE = 'article[data-id]';
const DETAILED = '.detailed-status';
const CONTAINER = [STATUS, ARTICLE, DETAILED].join(',');
const TEXT = ['.status__content__text', '.status__content', '.e-content'];
/** What only a rendered status holds (the hidden placeholder has none of it). */
const BODY = ['.status__content', 'a.status__relative-time'];
// Since 4.3 a collapsed content warning leaves no body in the DOM, only the warning; a filter's
// "Matches filter …" banner shares its class and is not the post's text.
const WARNING = '.content-warning:not(.content-warning--filter)';
const OWN_LINK = ['a.status__relative-time', 'a.detailed-status__datetime'];
const AUTHOR = ['.display-name__account', '.status__display-name', '.detailed-status__display-name'];
const ACTION_BUTTONS = '.status__action-bar button, .detailed-status__action-bar button';
const COUNTER = '.icon-button__counter';
const DETAILED_COUNTS = 'a.detailed-status__link';
const REPLY_BOX = ['textarea.autosuggest-textarea__textarea', '.compose-form textarea'];
const STATUS_ID = /^\d{1,20}$/;
// Mastodon ids are (milliseconds << 16 | sequence) since 2017; older ids are small serials.
const EPOCH_2017 = Date.UTC(2017, 0, 1);

function own(element: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const found of Array.from(element.querySelectorAll(selector))) {
      if (found.closest(CONTAINER) === element) return found;
    }
  }
  return null;
}

function timeFromId(id: string): number | undefined {
  if (id.length < 15) return undefined;
  const ms = Number(BigInt(id) >> 16n);
  return ms > EPOCH_2017 && ms < Date.now() + 86_400_000 ? ms : undefined;
}

/** The focused status: its id from the local "/@user/<id>/reblogs" links, else from its own link. */
function detailedId(status: Element): string | undefined {
  for (const link of Array.from(status.querySelectorAll('a[href]'))) {
    if (link.closest(CONTAINER) !== status) continue;
    const match = /\/(\d+)\/(?:reblogs|favourites|quotes)\/?$/.exec(link.getAttribute('href') ?? '');
    if (match?.[1]) return match[1];
  }
  return /\/(\d+)\/?$/.exec(own(status, OWN_LINK)?.getAttribute('href') ?? '')?.[1];
}

function engagementOf(status: Element): Engagement {
  const engagement: Engagement = {};
  // The action bar's buttons come in a fixed order: reply, boost, favourite; each may carry a counter.
  const keys: Array<keyof Engagement> = ['replies', 'reposts', 'likes'];
  const buttons = Array.from(status.querySelectorAll(ACTION_BUTTONS)).filter((button) => button.closest(CONTAINER) === status);
  buttons.slice(0, keys.length).forEach((button, index) => {
    const count = parseCount(textOf(button.querySelector(COUNTER)));
    const key = keys[index];
    if (key && count !== undefined) engagement[key] = count;
  });
  for (const link of Array.from(status.querySelectorAll(DETAILED_COUNTS))) {
    const href = link.getAttribute('href') ?? '';
    const count = parseCount(textOf(link));
    if (count === undefined) continue;
    if (/\/reblogs\/?$/.test(href)) engagement.reposts = count;
    else if (/\/favourites\/?$/.test(href)) engagement.likes = count;
  }
  return engagement;
}

function hostPatterns(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}

/**
 * An article that only frames a status (or the detailed one) is not a post of its own, nor is one
 * holding no status body (the placeholder of a status scrolled off screen). A status drawn inside
 * another (the quoted status of a quote post) is part of that one.
 */
function isOwnStatus(element: Element): boolean {
  if (element.matches(ARTICLE) && !element.matches(STATUS)) {
    return !element.querySelector(`${STATUS}, ${DETAILED}`) && own(element, BODY) !== null;
  }
  return !element.parentElement?.closest(`${STATUS}, ${DETAILED}`);
}

/** The status's own body text; without one, its content warning's (collapsed since 4.3). */
function ownText(status: Element): { text: string; anchor: Element | null } {
  const body = own(status, TEXT);
  if (body) return { text: textOf(body), anchor: own(status, ['.status__content']) ?? body };
  const warning = own(status, [WARNING]);
  // The badge goes before the whole warning: a click inside it is forwarded to its "Show more" button.
  return { text: textOf(warning?.querySelector('p')), anchor: warning };
}

export const mastodonAdapter: PlatformAdapter = {
  id: 'mastodon',
  name: 'Mastodon',
  matches: hostPatterns(MASTODON_DEFAULT_HOSTS),
  findPosts(root) {
    return queryAllOf(root, [STATUS, ARTICLE, DETAILED]).filter(isOwnStatus);
  },
  postSelector: [STATUS, ARTICLE, DETAILED].join(', '),
  isPost: isOwnStatus,
  findReplyBoxes(root) {
    return queryAllOf(root, REPLY_BOX);
  },
  badgeAnchor(status) {
    return ownText(status).anchor;
  },
  extract(status, options): ExtractedPost | null {
    try {
      if (!isOwnStatus(status)) return null;
      const isDetailed = status.matches(DETAILED);
      const id = isDetailed ? detailedId(status) : status.getAttribute('data-id') ?? undefined;
      if (!id || !STATUS_ID.test(id)) return null;
      const link = own(status, OWN_LINK);
      const base = status.ownerDocument?.location?.origin;
      const account = textOf(own(status, AUTHOR)).split(' ').find((part) => part.startsWith('@'));
      // A spoiler's hidden text is still the post's text, and only a quoting status's own words are
      // its text (own() leaves out what belongs to a nested quoted status).
      const { text } = ownText(status);
      return {
        platform: 'mastodon',
        id,
        kind: status.classList.contains('status-reply') ? 'comment' : 'post',
        text,
        author: account ?? (textOf(own(status, AUTHOR)) || undefined),
        permalink: webUrl(link?.getAttribute('href'), base && base !== 'null' ? base : 'https://mastodon.social/'),
        time: timeOf(own(status, ['time[datetime]'])) ?? timeFromId(id),
        ...engagementPart(options, () => engagementOf(status)),
      };
    } catch {
      return null;
    }
  },
};
