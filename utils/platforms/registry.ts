import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { mastodonAdapter } from './mastodon';
import { redditAdapter } from './reddit';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import type { PlatformAdapter, PlatformId } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/** Every adapter Firebreak ships, one per platform. Adding a platform means adding it here. */
export const ADAPTERS: readonly PlatformAdapter[] = [
  xAdapter,
  redditAdapter,
  youtubeAdapter,
  linkedinAdapter,
  facebookAdapter,
  instagramAdapter,
  threadsAdapter,
  tiktokAdapter,
  blueskyAdapter,
  mastodonAdapter,
];

export function adapterById(id: PlatformId): PlatformAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.id === id);
}

/** Turns a match pattern (`https://x.com/*`) into a test of a URL. */
function matchPatternTest(pattern: string): (url: URL) => boolean {
  const parsed = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return () => false;
  const [, scheme, anySubdomain, host] = parsed;
  return (url) =>
    (scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`) &&
    (url.hostname === host || (!!anySubdomain && url.hostname.endsWith(`.${host}`)));
}

/**
 * The adapter for a page: by the adapters' own match patterns, or Mastodon for an instance the
 * user added (`extraMastodonHosts`).
 */
export function adapterForUrl(href: string, extraMastodonHosts: readonly string[] = []): PlatformAdapter | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const byPattern = ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchPatternTest(pattern)(url)));
  if (byPattern) return byPattern;
  return url.protocol === 'https:' && extraMastodonHosts.includes(url.hostname) ? mastodonAdapter : undefined;
}

/** Every page the content script runs on by default (the manifest's content script matches). */
export const ALL_MATCHES: string[] = ADAPTERS.flatMap((adapter) => [...adapter.matches]);
