import { MASTODON_DEFAULT_HOSTS } from './mastodon';

export type HostCheck = { ok: true; host: string } | { ok: false; message: string };

/**
 * Reads what a user typed for a Mastodon instance ("mastodon.example", "https://social.example/home",
 * "@me@social.example") into a bare host name, or says what is wrong with it.
 */
export function parseInstanceHost(input: string): HostCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'Type the address of the instance, for example social.example.org.' };
  const fromHandle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(trimmed)?.[1];
  let host: string;
  try {
    host = new URL(fromHandle ? `https://${fromHandle}` : /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname.toLowerCase();
  } catch {
    return { ok: false, message: `“${trimmed}” is not a web address. Type it as social.example.org.` };
  }
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) {
    return { ok: false, message: `“${host}” is not a public host name. Type it as social.example.org.` };
  }
  if ((MASTODON_DEFAULT_HOSTS as readonly string[]).includes(host)) {
    return { ok: false, message: `${host} is already read by Firebreak: nothing to add.` };
  }
  return { ok: true, host };
}

/** The match pattern that covers one instance: https only, every page. */
export const instancePattern = (host: string) => `https://${host}/*`;
