// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { MASTODON_DEFAULT_HOSTS, mastodonAdapter } from '@/utils/platforms/mastodon';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

describe('Mastodon adapter', () => {
  test.each([
    { file: 'mastodon/home-timeline.html', found: 4, posts: 2, comments: 1, boxes: 1 },
    { file: 'mastodon/thread.html', found: 2, posts: 1, comments: 1, boxes: 1 },
  ])('$file: finds $posts posts, $comments comments and $boxes reply boxes', ({ file, found, posts, comments, boxes }) => {
    const doc = documentOf(file);
    const elements = mastodonAdapter.findPosts(doc);
    expect(elements).toHaveLength(found);
    const extracted = elements.map((element) => mastodonAdapter.extract(element)).filter((post) => post !== null);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(mastodonAdapter.findReplyBoxes(doc)).toHaveLength(boxes);
  });

  test.each([
    { file: 'mastodon/home-timeline.html', id: '112540823379182001', kind: 'post', author: '@anaruiz', time: '2024-05-30T14:05:10.000Z', permalink: 'https://mastodon.social/@anaruiz/112540823379182001', textStart: "Acme's new kettle ad is honestly", engagement: { replies: 12, reposts: 48, likes: 1100 } },
    // A boost: the boosted status itself, with its link on the origin server.
    { file: 'mastodon/home-timeline.html', id: '112540711998877001', kind: 'post', author: '@acme_support@hachyderm.io', time: '2024-05-30T13:37:00.000Z', permalink: 'https://hachyderm.io/@acme_support/112540711998000123', textStart: 'We know some KX-200 kettles', engagement: { replies: 230, reposts: 512, likes: 97 } },
    { file: 'mastodon/home-timeline.html', id: '112541005566778899', kind: 'comment', author: '@devnull', time: '2024-05-30T14:03:12.000Z', permalink: 'https://mastodon.social/@devnull/112541005566778899', textStart: '@acme_support your order page renders notes as HTML: <img src=x onerror=alert(1)>', engagement: { replies: 0 } },
    // The focused status: id from its local links, time from the Snowflake id.
    { file: 'mastodon/thread.html', id: '112529512857600417', kind: 'post', author: '@mayachen', time: '2024-05-30T10:15:00.000Z', permalink: 'https://fosstodon.org/@mayachen/112529512857600417', textStart: 'Day 3 without a working kettle.', engagement: { reposts: 1204, likes: 3900 } },
    { file: 'mastodon/thread.html', id: '112539990011223344', kind: 'comment', author: '@acme_support@hachyderm.io', time: '2024-05-30T10:44:05.000Z', permalink: 'https://fosstodon.org/@acme_support@hachyderm.io/112539990011223344', textStart: "Hi Maya, we're so sorry", engagement: { replies: 2 } },
  ])('$file: $id', ({ file, id, kind, author, time, permalink, textStart, engagement }) => {
    const post = mastodonAdapter.findPosts(documentOf(file)).map((element) => mastodonAdapter.extract(element)).find((item) => item?.id === id);
    expect(post).toMatchObject({ platform: 'mastodon', id, kind, author, permalink, time: Date.parse(time) });
    expect(post?.engagement).toEqual(engagement);
    expect(post?.text.startsWith(textStart)).toBe(true);
  });

  test('a timeline article is not counted apart from the status it wraps', () => {
    const elements = mastodonAdapter.findPosts(documentOf('mastodon/home-timeline.html'));
    expect(elements.every((element) => element.matches('.status'))).toBe(true);
  });

  test('a bare article[data-id] (no .status inside) is a post of its own', () => {
    const doc = new DOMParser().parseFromString(
      '<article data-id="112540823379182001"><div class="status__content__text"><p>Plain</p></div><a class="status__relative-time" href="https://mas.to/@a/112540823379182001"><time datetime="2024-05-30T14:05:10.000Z">3h</time></a></article>',
      'text/html',
    );
    const [element] = mastodonAdapter.findPosts(doc);
    expect(mastodonAdapter.extract(element!)).toMatchObject({ id: '112540823379182001', text: 'Plain', permalink: 'https://mas.to/@a/112540823379182001' });
  });

  test('an article scrolled off screen (hidden placeholder, no .status) is no post and extracts nothing', () => {
    const doc = documentOf('mastodon/timeline-4.5.html');
    const hidden = doc.querySelector('article[data-id="115326359961600001"]')!;
    expect(mastodonAdapter.findPosts(doc)).not.toContain(hidden);
    expect(mastodonAdapter.findPosts(doc).every((element) => element.matches('.status'))).toBe(true);
    expect(mastodonAdapter.isPost!(hidden)).toBe(false);
    expect(mastodonAdapter.extract(hidden)).toBeNull();
  });

  test("a quote post: the quoted status is part of it, not a post of its own, and not in the quoting post's text", () => {
    const doc = documentOf('mastodon/timeline-4.5.html');
    const quoted = doc.querySelector('.status--is-quote[data-id]')!;
    const elements = mastodonAdapter.findPosts(doc);
    expect(elements).not.toContain(quoted);
    expect(mastodonAdapter.isPost!(quoted)).toBe(false);
    expect(mastodonAdapter.extract(quoted)).toBeNull();
    const quoting = elements.map((element) => mastodonAdapter.extract(element)).find((post) => post?.id === '115326399283200001');
    expect(quoting).toMatchObject({ author: '@kettlewatch', text: 'Six months on and they still say this. Receipts below.', permalink: 'https://mastodon.social/@kettlewatch/115326399283200001', engagement: { replies: 4, reposts: 31, likes: 120 } });
    expect(mastodonAdapter.badgeAnchor(elements.find((element) => element.getAttribute('data-id') === '115326399283200001')!)?.closest('.status')?.getAttribute('data-id')).toBe('115326399283200001');
  });

  test('a collapsed content warning (4.3+, no body in the DOM): its text is the post text and the badge goes before it; a filter banner is not text', () => {
    const doc = documentOf('mastodon/timeline-4.5.html');
    const warned = doc.querySelector('.status[data-id="115326281318400001"]')!;
    expect(mastodonAdapter.isPost!(warned)).toBe(true);
    expect(mastodonAdapter.extract(warned)).toMatchObject({ id: '115326281318400001', text: 'Acme kettle burns, photos', author: '@mayachen@fosstodon.org' });
    expect(mastodonAdapter.badgeAnchor(warned)?.className).toBe('content-warning');
    const filtered = doc.querySelector('.status[data-id="115326163353600001"]')!;
    expect(mastodonAdapter.extract(filtered)).toMatchObject({ id: '115326163353600001', text: '', author: '@devnull' });
    expect(mastodonAdapter.badgeAnchor(filtered)).toBeNull();
  });

  test('the badge goes before the status content', () => {
    const [first] = mastodonAdapter.findPosts(documentOf('mastodon/home-timeline.html'));
    expect(mastodonAdapter.badgeAnchor(first!)?.classList.contains('status__content')).toBe(true);
  });

  test.each([
    '<div class="status" data-id=""></div>',
    '<div class="status" data-id="abc"><time datetime="nope"></time></div>',
    '<div class="detailed-status"><a class="detailed-status__datetime" href="http://[bad"></a></div>',
  ])('incomplete or odd markup returns null without throwing: %s', (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = mastodonAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(mastodonAdapter.extract(element!)).toBeNull();
  });

  test('default hosts: about ten large instances, exported for the optional-permission flow', () => {
    expect(MASTODON_DEFAULT_HOSTS.length).toBeGreaterThanOrEqual(8);
    expect(MASTODON_DEFAULT_HOSTS).toContain('mastodon.social');
    expect(mastodonAdapter.matches).toEqual(MASTODON_DEFAULT_HOSTS.map((host) => `https://${host}/*`));
    expect(new Set(MASTODON_DEFAULT_HOSTS).size).toBe(MASTODON_DEFAULT_HOSTS.length);
  });
});
