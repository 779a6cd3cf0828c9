import { MASTODON_DEFAULT_HOSTS } from './mastodon';

export type HostCheck = { ok: true; host: string } | { ok: false; message: string };

/** A public host name: dotted labels and a top-level domain, no IP address, no "localhost". */
export const PUBLIC_HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * What a user typed for an instance as a URL: a bare host ("social.example"), an address
 * ("https://social.example/home") or a handle ("@me@social.example"); null when it is none of these.
 */
export function instanceUrl(trimmed: string): URL | null {
  const fromHandle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(trimmed)?.[1];
  try {
    return new URL(fromHandle ? `https://${fromHandle}` : /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
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
  const url = instanceUrl(trimmed);
  if (!url) return { ok: false, message: `“${trimmed}” is not a web address. Type it as social.example.org.` };
  const host = url.hostname.toLowerCase();
  if (!PUBLIC_HOST.test(host)) {
    return { ok: false, message: `“${host}” is not a public host name. Type it as social.example.org.` };
  }
  if ((MASTODON_DEFAULT_HOSTS as readonly string[]).includes(host)) {
    return { ok: false, message: `${host} is already read by Firebreak: nothing to add.` };
  }
  return { ok: true, host };
}

/** The match pattern that covers one instance: https only, every page. */
export const instancePattern = (host: string) => `https://${host}/*`;
