import { MASTODON_DEFAULT_HOSTS } from './mastodon';
import { PLATFORM_NAMES, type PlatformId } from './types';

export type HostCheck = { ok: true; host: string } | { ok: false; message: string };

/** A public host name: dotted labels and a top-level domain, no IP address, no "localhost". */
export const PUBLIC_HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The built-in platforms' domains (each with every subdomain): Firebreak reads them with their own adapter,
 * never as a Mastodon instance. A unit test checks that every adapter's own hosts are covered.
 */
export const BUILT_IN_DOMAINS: Readonly<Record<string, Exclude<PlatformId, 'mastodon'>>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  't.co': 'x',
  'reddit.com': 'reddit',
  'redd.it': 'reddit',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'linkedin.com': 'linkedin',
  'lnkd.in': 'linkedin',
  'facebook.com': 'facebook',
  'fb.com': 'facebook',
  'instagram.com': 'instagram',
  'threads.com': 'threads',
  'threads.net': 'threads',
  'tiktok.com': 'tiktok',
  'bsky.app': 'bluesky',
  'bsky.social': 'bluesky',
};

/** The built-in platform a host belongs to (x.com, www.reddit.com, m.youtube.com), if any. */
export function builtInPlatformOf(host: string): Exclude<PlatformId, 'mastodon'> | undefined {
  const labels = host.split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const platform = BUILT_IN_DOMAINS[labels.slice(start).join('.')];
    if (platform) return platform;
  }
  return undefined;
}

/** Characters no host name has, which a URL parser may escape ("exa%20mple.org") or drop (a tab) instead of refusing. */
const NOT_IN_A_HOST = /[\s"'`<>{}|\\^%]/;

/** An account handle ("@me@social.example"): its host. */
const HANDLE_HOST = /^@?[^@\s/]+@([^@\s/]+)$/;
const SCHEME = /^[a-z]+:\/\//i;

/** The host part of what was typed, before any parser touched it. */
function typedHost(trimmed: string): string {
  const fromHandle = HANDLE_HOST.exec(trimmed)?.[1];
  return (fromHandle ?? trimmed.replace(SCHEME, '')).split(/[/?#]/)[0] ?? '';
}

/**
 * What a user typed for an instance as a URL: a bare host ("social.example"), an address
 * ("https://social.example/home") or a handle ("@me@social.example"); null when it is none of these.
 */
export function instanceUrl(trimmed: string): URL | null {
  const fromHandle = HANDLE_HOST.exec(trimmed)?.[1];
  try {
    return new URL(fromHandle ? `https://${fromHandle}` : SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
}

/**
 * Reads what a user typed for a Mastodon instance ("mastodon.example", "https://social.example/home",
 * "@me@social.example") into a bare host name, or says what is wrong with it.
 */
export function parseInstanceHost(input: string): HostCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'Type the address of the instance, for example social.example.org.' };
  // Refused as typed: the parser's own form of a bad host ("exa%20mple.org", punycode) is not what the user wrote.
  const notAHost: HostCheck = { ok: false, message: `“${trimmed}” is not a public host name. Type it as social.example.org.` };
  if (NOT_IN_A_HOST.test(typedHost(trimmed))) return notAHost;
  const url = instanceUrl(trimmed);
  if (!url) return { ok: false, message: `“${trimmed}” is not a web address. Type it as social.example.org.` };
  const host = url.hostname.toLowerCase();
  if (!PUBLIC_HOST.test(host)) return notAHost;
  if ((MASTODON_DEFAULT_HOSTS as readonly string[]).includes(host)) {
    return { ok: false, message: `${host} is already read by Firebreak: nothing to add.` };
  }
  const platform = builtInPlatformOf(host);
  if (platform) {
    const name = PLATFORM_NAMES[platform];
    return { ok: false, message: `${host} is ${name}, not a Mastodon instance: Firebreak reads ${name} already (Badges and platforms). Add only Mastodon servers here.` };
  }
  return { ok: true, host };
}

/** The match pattern that covers one instance: https only, every page. */
export const instancePattern = (host: string) => `https://${host}/*`;
