import type { PlatformAdapter, PlatformId } from './types';
import { xAdapter } from './x';

/** Every adapter Firebreak ships. Adding a platform means adding it here. */
export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter];

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

export function adapterForUrl(href: string): PlatformAdapter | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchPatternTest(pattern)(url)));
}

/** Every page the content script must run on. */
export const ALL_MATCHES: string[] = ADAPTERS.flatMap((adapter) => [...adapter.matches]);
