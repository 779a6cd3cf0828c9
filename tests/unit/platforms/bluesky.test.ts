// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { blueskyAdapter } from '@/utils/platforms/bluesky';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('Bluesky adapter', () => {
  test.each([
    { file: 'bluesky/home-feed.html', found: 3, posts: 2, comments: 0, boxes: 0 },
    { file: 'bluesky/thread.html', found: 3, posts: 1, comments: 2, boxes: 1 },
  ])('$file: finds $posts posts, $comments comments and $boxes reply boxes', ({ file, found, posts, comments, boxes }) => {
    const doc = documentOf(file);
    const elements = blueskyAdapter.findPosts(doc);
    expect(elements).toHaveLength(found);
    const extracted = elements.map((element) => blueskyAdapter.extract(element)).filter((post) => post !== null);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(blueskyAdapter.findReplyBoxes(doc)).toHaveLength(boxes);
  });

  test.each([
    { file: 'bluesky/home-feed.html', actor: 'ana.bsky.social', rkey: '3ktpejjgrtc2b', kind: 'post', author: '@ana.bsky.social', time: '2024-05-30T12:01:02.345Z', textStart: "Acme's kettle recall page", engagement: { replies: 26, reposts: 88, likes: 1300 } },
    { file: 'bluesky/home-feed.html', actor: 'devnull.example.com', rkey: '3ktpb4eqv2225', kind: 'post', author: '@devnull.example.com', time: '2024-05-30T11:00:00.000Z', textStart: 'Heads-up: their order form renders notes as HTML. <img src=x onerror=alert(1)>', engagement: { replies: 4, likes: 39 } },
    { file: 'bluesky/thread.html', actor: 'maya.bsky.social', rkey: '3ktp2xyykq223', kind: 'post', author: '@maya.bsky.social', time: '2024-05-30T09:10:11.000Z', textStart: 'Day 3 without a working kettle.', engagement: { replies: 57, reposts: 212, likes: 2048 } },
    { file: 'bluesky/thread.html', actor: 'did:plc:acme7x2qk3z', rkey: '3ktp4nd4j2224', kind: 'comment', author: '@acme.example.com', time: '2024-05-30T09:40:00.000Z', textStart: "Maya, we're sorry.", engagement: { replies: 3, likes: 18 } },
    { file: 'bluesky/thread.html', actor: 'kettlewatch.bsky.social', rkey: '3ktp5uqtba227', kind: 'comment', author: '@kettlewatch.bsky.social', time: '2024-05-30T10:02:03.000Z', textStart: 'Same here.', engagement: {} },
  ])('$file: $rkey', ({ file, actor, rkey, kind, author, time, textStart, engagement }) => {
    const id = `at://${actor}/app.bsky.feed.post/${rkey}`;
    const post = blueskyAdapter.findPosts(documentOf(file)).map((element) => blueskyAdapter.extract(element)).find((item) => item?.id === id);
    // The time is decoded from the record key (a TID); bsky.app prints no machine-readable time.
    expect(post).toMatchObject({ platform: 'bluesky', id, kind, author, permalink: `https://bsky.app/profile/${actor}/post/${rkey}`, time: Date.parse(time) });
    expect(post?.engagement).toEqual(engagement);
    expect(post?.text.startsWith(textStart)).toBe(true);
  });

  test("a quote post's own text and id, never the quoted post's", () => {
    const [, quoting] = blueskyAdapter.findPosts(documentOf('bluesky/home-feed.html')).map((element) => blueskyAdapter.extract(element));
    expect(quoting?.id).not.toContain('3ktmiba7wk22g');
    expect(quoting?.text).not.toContain('Happy shopping');
  });

  test('a long post with emoji and line breaks is read whole', () => {
    const [anchor] = blueskyAdapter.findPosts(documentOf('bluesky/thread.html')).map((element) => blueskyAdapter.extract(element));
    expect(anchor?.text).toContain('collected and a refund. ☕🔥');
  });

  test("a thread's opened post with no engagement links (date as plain text) is the page URL's post; a reply without a link is not read", () => {
    history.replaceState(null, '', '/profile/maya.bsky.social/post/3ktp2xyykq223');
    const [anchor, selfReply, otherReply] = blueskyAdapter.findPosts(documentOf('bluesky/thread-anchor-no-engagement.html'));
    expect(blueskyAdapter.extract(anchor!)).toMatchObject({
      platform: 'bluesky',
      id: 'at://maya.bsky.social/app.bsky.feed.post/3ktp2xyykq223',
      kind: 'post',
      author: '@maya.bsky.social',
      permalink: 'https://bsky.app/profile/maya.bsky.social/post/3ktp2xyykq223',
      time: Date.parse('2024-05-30T09:10:11.000Z'),
      engagement: { replies: 2 },
    });
    expect(blueskyAdapter.extract(anchor!)?.text.startsWith('Day 3 without a working kettle.')).toBe(true);
    // A reply by the same author and one by another, both still without their timestamp link.
    expect(blueskyAdapter.extract(selfReply!)).toBeNull();
    expect(blueskyAdapter.extract(otherReply!)).toBeNull();
  });

  test("a thread item without a link is not taken for the page's post when its author is not the URL's", () => {
    history.replaceState(null, '', '/profile/someone.else.example/post/3ktp2xyykq223');
    expect(blueskyAdapter.findPosts(documentOf('bluesky/thread-anchor-no-engagement.html')).map((item) => blueskyAdapter.extract(item))).toEqual([null, null, null]);
  });

  test('the reply box is the ProseMirror editor, found once', () => {
    const [box] = blueskyAdapter.findReplyBoxes(documentOf('bluesky/thread.html'));
    expect(box?.classList.contains('ProseMirror')).toBe(true);
  });

  test('the badge goes before the post text', () => {
    const [first] = blueskyAdapter.findPosts(documentOf('bluesky/home-feed.html'));
    expect(blueskyAdapter.badgeAnchor(first!)?.getAttribute('data-testid')).toBe('postText');
  });

  test.each([
    '<div data-testid="feedItem-by-x.bsky.social"><div data-testid="postText">No link yet</div></div>',
    '<div data-testid="feedItem-by-x.bsky.social"><a href="/profile/x.bsky.social/post/">x</a></div>',
    '<div data-testid="postThreadItem-by-x"><a href="/profile/%E0%A4%A/post/3ktp5uqtba227">bad escape</a></div>',
  ])('incomplete or odd markup returns null without throwing: %s', (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = blueskyAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(blueskyAdapter.extract(element!)).toBeNull();
  });

  test('an rkey that is not a TID still gives an id, without a time', () => {
    const doc = new DOMParser().parseFromString('<div data-testid="feedItem-by-x.bsky.social"><a href="/profile/x.bsky.social/post/abc">1h</a></div>', 'text/html');
    expect(blueskyAdapter.extract(blueskyAdapter.findPosts(doc)[0]!)).toMatchObject({ id: 'at://x.bsky.social/app.bsky.feed.post/abc', time: undefined });
  });
});
