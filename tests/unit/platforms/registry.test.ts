// @vitest-environment happy-dom
// Conventions kept honest: every adapter is registered once, has fixtures with a SOURCE file,
// a unit test, and match patterns that name only its platform's own hosts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS, adapterForUrl, ALL_MATCHES } from '@/utils/platforms/registry';
import { PLATFORM_IDS } from '@/utils/platforms/types';
import { fixture, FIXTURES_DIR, pageOf } from '../../fixtures/load';

afterEach(() => {
  vi.useRealTimers();
});

describe('the adapter registry', () => {
  test('has exactly one adapter per platform', () => {
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  test.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s has fixtures, a SOURCE file and a unit test', (id) => {
    const folder = join(FIXTURES_DIR, id);
    expect(existsSync(join(folder, 'SOURCE.md'))).toBe(true);
    expect(readdirSync(folder).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(0);
    expect(existsSync(join(FIXTURES_DIR, '..', 'unit', 'platforms', `${id}.test.ts`))).toBe(true);
  });

  // The scanner trusts postSelector to see exactly what findPosts finds (see utils/content/scanner.ts).
  test.each(ADAPTERS.filter((adapter) => adapter.postSelector).map((adapter) => [adapter.id, adapter] as const))(
    '%s: its post selector finds exactly what findPosts finds, on every fixture',
    (id, adapter) => {
      const files = readdirSync(join(FIXTURES_DIR, id)).filter((file) => file.endsWith('.html'));
      for (const file of files) {
        const doc = new DOMParser().parseFromString(pageOf([fixture(`${id}/${file}`)]), 'text/html');
        const found = adapter.findPosts(doc);
        expect(found.length, file).toBeGreaterThan(0);
        const selected = Array.from(doc.querySelectorAll(adapter.postSelector!));
        expect(adapter.isPost ? selected.filter((element) => adapter.isPost!(element)) : selected, file).toEqual(found);
      }
    },
  );

  // The scanner reads posts without their counts and asks again only for brand mentions.
  test.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))(
    '%s: without the counts, a post reads the same in everything else, on every fixture',
    (id, adapter) => {
      // A time read from "2h" counts back from the clock: the same clock for both readings.
      vi.useFakeTimers({ now: Date.UTC(2025, 10, 23, 12, 10), toFake: ['Date'] });
      const files = readdirSync(join(FIXTURES_DIR, id)).filter((file) => file.endsWith('.html'));
      for (const file of files) {
        const doc = new DOMParser().parseFromString(pageOf([fixture(`${id}/${file}`)]), 'text/html');
        for (const element of adapter.findPosts(doc)) {
          const full = adapter.extract(element);
          const lean = adapter.extract(element, { engagement: false });
          if (!full) {
            expect(lean, file).toBeNull();
            continue;
          }
          expect(lean, file).not.toHaveProperty('engagement');
          expect({ ...lean, engagement: full.engagement }, file).toEqual(full);
        }
      }
    },
  );

  test.each(ALL_MATCHES)('%s is an https pattern on a named host, no wildcard hosts', (pattern) => {
    expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
  });

  test.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://www.reddit.com/r/x/comments/1', 'reddit'],
    ['https://old.reddit.com/r/x/', 'reddit'],
    ['https://www.youtube.com/watch?v=1', 'youtube'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.instagram.com/p/abc/', 'instagram'],
    ['https://www.threads.com/@a/post/b', 'threads'],
    ['https://www.tiktok.com/@a/video/1', 'tiktok'],
    ['https://bsky.app/profile/a', 'bluesky'],
    ['https://mastodon.social/home', 'mastodon'],
    ['https://example.com/', undefined],
    ['https://x.com.evil.example/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
  });

  test('an instance the user added is read as Mastodon, over https only', () => {
    expect(adapterForUrl('https://social.example.org/home', ['social.example.org'])?.id).toBe('mastodon');
    expect(adapterForUrl('http://social.example.org/home', ['social.example.org'])).toBeUndefined();
    expect(adapterForUrl('https://other.example.org/home', ['social.example.org'])).toBeUndefined();
  });
});
