// @vitest-environment happy-dom
// A platform's notice where a post or comment was ("[removed]", "This post is unavailable") is no
// post: the real adapters on the fixture pages, through the scanner, as the content script runs them.
// The element gets no mark and no badge, and is never reported to the background (postsSeen).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SENTIMENT_ATTRIBUTE, startScanner } from '@/utils/content/scanner';
import { immediate } from './scanner-run';
import { adapterById } from '@/utils/platforms/registry';
import type { PlatformAdapter, PlatformId } from '@/utils/platforms/types';
import type { ReportedPost } from '@/utils/tracking/posts';
import { fixture } from '../../fixtures/load';

const judge = (post: { text: string }) => ({
  analysis: { label: /angry|refund|annoying/i.test(post.text) ? ('negative' as const) : ('neutral' as const), score: 0, intensity: 0, confidence: 1, signals: [], reasons: [] },
  brandHits: [],
});
const badge = (element: Element, post: { id: string }) => {
  element.querySelector(':scope > firebreak-badge')?.remove();
  const host = document.createElement('firebreak-badge');
  host.setAttribute('data-post', post.id);
  element.append(host);
  return host;
};
const hasBadge = (element: Element) => element.querySelector(':scope > firebreak-badge') !== null;

function adapterFor(platform: PlatformId): PlatformAdapter {
  const adapter = adapterById(platform);
  if (!adapter) throw new Error(`no adapter for ${platform}`);
  return adapter;
}

/** The post element of the page whose id the adapter reads as `id`. */
function elementOf(adapter: PlatformAdapter, id: string): Element {
  const element = adapter.findPosts(document).find((candidate) => adapter.extract(candidate)?.id === id);
  if (!element) throw new Error(`no post ${id}`);
  return element;
}

/**
 * The page draws `text` where the post's words were: in its text block (the badge anchor), the first
 * text takes it and the rest are emptied, the markup around them left as it is.
 */
function writeText(adapter: PlatformAdapter, element: Element, text: string): void {
  const anchor = adapter.badgeAnchor(element);
  if (!anchor) throw new Error('no text block');
  const walker = document.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
  let written = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!written && node.data.trim()) {
      node.data = text;
      written = true;
    } else {
      node.data = '';
    }
  }
  if (!written) anchor.append(text);
}

/** A fixture page as the document's body. */
function showPage(file: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${fixture(file)}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
}

/** The "[removed]" comment the new Reddit fixture holds as it is. */
const FIXTURE_REMOVED = 't1_l6c0a1b';

describe('placeholders through the scanner', () => {
  let controller: AbortController;
  let reports: ReportedPost[][];
  const report = async (posts: ReportedPost[]) => void reports.push(posts);
  const reportedIds = () => reports.flat().map((post) => post.id);

  beforeEach(() => {
    controller = new AbortController();
    reports = [];
  });
  afterEach(() => {
    controller.abort();
    document.body.replaceChildren();
  });

  async function scan(adapter: PlatformAdapter) {
    const scanner = startScanner({ root: document, adapter, judge, report, signal: controller.signal, schedule: immediate, decorate: badge });
    await scanner.idle();
    return scanner;
  }

  /** Every post of the page but `except` (and the fixture's own "[removed]") is read, marked, badged and reported as before. */
  function expectOthersBadged(adapter: PlatformAdapter, except: Element) {
    const others = adapter.findPosts(document).filter((element) => {
      const post = element === except ? null : adapter.extract(element);
      return post !== null && post.id !== FIXTURE_REMOVED;
    });
    expect(others.length).toBeGreaterThan(0);
    for (const element of others) {
      expect(element.hasAttribute(SENTIMENT_ATTRIBUTE), adapter.extract(element)?.id).toBe(true);
      expect(hasBadge(element)).toBe(true);
    }
    expect(reportedIds().sort()).toEqual(others.map((element) => adapter.extract(element)!.id).sort());
  }

  test('new Reddit: the "[removed]" comment of the thread gets no badge and is not reported', async () => {
    showPage('reddit/shreddit-thread.html');
    const adapter = adapterFor('reddit');
    const removed = elementOf(adapter, FIXTURE_REMOVED);
    expect(adapter.extract(removed)?.text).toBe('[removed]');
    await scan(adapter);
    expect(removed.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(hasBadge(removed)).toBe(false);
    expect(reportedIds()).not.toContain(FIXTURE_REMOVED);
    expectOthersBadged(adapter, removed);
  });

  test.each([
    // Reddit: the redesign and old reddit.
    { platform: 'reddit', file: 'reddit/shreddit-thread.html', id: 't1_l6br7zt', notice: '[deleted]' },
    { platform: 'reddit', file: 'reddit/shreddit-thread.html', id: 't1_l6br7zt', notice: 'Comment deleted by user' },
    { platform: 'reddit', file: 'reddit/shreddit-thread.html', id: 't1_l6bs9k0', notice: 'Comment removed by moderator' },
    { platform: 'reddit', file: 'reddit/old-thread.html', id: 't1_l6bs9k0', notice: '[deleted]' },
    { platform: 'reddit', file: 'reddit/old-thread.html', id: 't1_l6br7zt', notice: '[removed]' },
    // The other platforms, each with a notice of its own.
    { platform: 'x', file: 'x/tweetyoink-x-tweet-quote.html', id: '1983130065320780162', notice: 'This Post was deleted by the Post author. Learn more' },
    { platform: 'youtube', file: 'youtube/comments-view-model.html', id: 'UgyKettle1xAcme-4AaABAg.9zReply01AbC', notice: 'This comment has been deleted' },
    { platform: 'facebook', file: 'facebook/permalink-comments.html', id: '109340000000003', notice: 'This content isn’t available right now' },
    { platform: 'linkedin', file: 'linkedin/classic-feed.html', id: 'urn:li:activity:7201262244201226899', notice: 'This post cannot be displayed' },
    { platform: 'threads', file: 'threads/post-page.html', id: 'DPz6Kl5Mn6O', notice: 'This post is unavailable.' },
    { platform: 'bluesky', file: 'bluesky/thread.html', id: 'at://kettlewatch.bsky.social/app.bsky.feed.post/3ktp5uqtba227', notice: 'Post not found.' },
    // The content-warned reply of this timeline has text: it is still read and badged.
    { platform: 'mastodon', file: 'mastodon/home-timeline.html', id: '112540823379182001', notice: 'Post removed by author' },
  ] as const)('$platform ($file): "$notice" in place of a post gets no badge and is not reported', async ({ platform, file, id, notice }) => {
    showPage(file);
    const adapter = adapterFor(platform);
    const target = elementOf(adapter, id);
    writeText(adapter, target, notice);
    // The adapter still reads an element with an id: only its text says that it is gone.
    expect(adapter.extract(target)).toMatchObject({ id, text: notice });
    await scan(adapter);
    expect(target.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(hasBadge(target)).toBe(false);
    expect(reportedIds()).not.toContain(id);
    if (adapter.findPosts(document).some((element) => element !== target && adapter.extract(element))) expectOthersBadged(adapter, target);
    else expect(reportedIds()).toEqual([]);
  });

  test.each([
    ['a comment quoting a notice', 'Mods left my refund question as "[removed]" again, so annoying'],
    ['a comment of only an emoji', '🙃'],
    ['a comment of only a link', 'https://www.reddit.com/r/CustomerService/'],
    ['a comment of only white space', '   '],
  ])('%s is read and badged as before', async (_, text) => {
    showPage('reddit/shreddit-thread.html');
    const adapter = adapterFor('reddit');
    const comment = elementOf(adapter, 't1_l6br7zt');
    writeText(adapter, comment, text);
    await scan(adapter);
    expect(comment.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(true);
    expect(hasBadge(comment)).toBe(true);
    expect(reportedIds()).toContain('t1_l6br7zt');
  });

  test('a removed post keeps its title: it is badged and read without its "[removed]" body', async () => {
    showPage('reddit/shreddit-thread.html');
    const adapter = adapterFor('reddit');
    const post = elementOf(adapter, 't3_1d4xq9z');
    writeText(adapter, post, '[removed]');
    await scan(adapter);
    expect(post.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(true);
    expect(reports.flat().find((reported) => reported.id === 't3_1d4xq9z')?.text).toBe('Acme cancelled my order twice and support keeps closing my ticket');
  });

  test('a comment removed while the page is open loses its mark and badge, and is not reported again', async () => {
    showPage('reddit/shreddit-thread.html');
    const adapter = adapterFor('reddit');
    const comment = elementOf(adapter, 't1_l6bs9k0');
    await scan(adapter);
    expect(hasBadge(comment)).toBe(true);
    const before = reports.flat().length;
    writeText(adapter, comment, 'Comment removed by moderator');
    await vi.waitFor(() => expect(comment.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false));
    expect(hasBadge(comment)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reports.flat()).toHaveLength(before);
  });
});
