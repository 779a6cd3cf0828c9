// A Mastodon instance is neither one of the built-in platforms (Firebreak reads those with their own
// adapter, and asking for x.com's permission as "an instance" is wrong) nor a host the URL parser had to
// repair: what is refused is refused as it was typed.
import { describe, expect, test } from 'vitest';
import { builtInPlatformOf, parseInstanceHost } from '@/utils/platforms/instances';
import { ADAPTERS } from '@/utils/platforms/registry';
import { PLATFORM_NAMES } from '@/utils/platforms/types';

const refusal = (input: string) => {
  const result = parseInstanceHost(input);
  return result.ok ? `accepted as ${result.host}` : result.message;
};

describe('the built-in platforms are not instances', () => {
  // Every host an adapter reads (but Mastodon's own default instances, refused as "already read").
  const adapterHosts = ADAPTERS.filter((adapter) => adapter.id !== 'mastodon').flatMap((adapter) =>
    adapter.matches.map((pattern) => [new URL(pattern.replace(/\*$/, '')).hostname, adapter.id] as const),
  );

  test.each(adapterHosts)('%s (%s) is refused with the platform named', (host, id) => {
    expect(builtInPlatformOf(host)).toBe(id);
    expect(refusal(host)).toBe(
      `${host} is ${PLATFORM_NAMES[id]}, not a Mastodon instance: Firebreak reads ${PLATFORM_NAMES[id]} already (Badges and platforms). Add only Mastodon servers here.`,
    );
  });

  test.each([
    ['x.com', 'X'],
    ['X.com', 'X'],
    ['https://x.com/home', 'X'],
    ['reddit.com', 'Reddit'],
    ['m.youtube.com', 'YouTube'],
    ['youtu.be', 'YouTube'],
    ['linkedin.com', 'LinkedIn'],
    ['m.facebook.com', 'Facebook'],
    ['instagram.com', 'Instagram'],
    ['threads.net', 'Threads'],
    ['www.tiktok.com', 'TikTok'],
    ['@me@bsky.social', 'Bluesky'],
    ['bsky.app', 'Bluesky'],
  ])('%j is refused as %s', (input, name) => {
    expect(refusal(input)).toContain(`is ${name}, not a Mastodon instance`);
  });

  test.each(['social.example.org', 'xcom.social', 'notx.com', 'x.com.example.org', 'reddit.community'])('%s is still an instance', (host) => {
    expect(parseInstanceHost(host)).toEqual({ ok: true, host });
  });
});

describe('a bad host is refused as typed', () => {
  test.each([
    // A tab inside is dropped by the URL parser ("example.org"): it must not be accepted as something else.
    ['exa\tmple.org', '“exa\tmple.org” is not a public host name. Type it as social.example.org.'],
    ['exa%20mple.org', '“exa%20mple.org” is not a public host name. Type it as social.example.org.'],
    ['Exa"mple.org', '“Exa"mple.org” is not a public host name. Type it as social.example.org.'],
    ['https://Ex{a}mple.org/home', '“https://Ex{a}mple.org/home” is not a public host name. Type it as social.example.org.'],
  ])('%j', (input, message) => {
    expect(refusal(input)).toBe(message);
  });

  test('a percent sign or a space in the path does not matter', () => {
    expect(parseInstanceHost('https://social.example.org/tags/a%20b')).toEqual({ ok: true, host: 'social.example.org' });
  });
});
