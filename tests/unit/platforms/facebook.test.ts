// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { facebookAdapter } from '@/utils/platforms/facebook';
import type { ExtractedPost } from '@/utils/platforms/types';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

function extractAll(doc: ParentNode): ExtractedPost[] {
  return facebookAdapter
    .findPosts(doc)
    .map((element) => facebookAdapter.extract(element))
    .filter((post): post is ExtractedPost => post !== null);
}

const local = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(year, month - 1, day, hours, minutes).getTime();
const NOW = local(2025, 11, 23, 12, 10);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

afterEach(() => {
  vi.useRealTimers();
});

describe('Facebook adapter on reconstructed pages', () => {
  test.each([
    { file: 'facebook/feed.html', posts: 3, comments: 3, incomplete: 1, replyBoxes: 1 },
    { file: 'facebook/permalink-comments.html', posts: 1, comments: 4, incomplete: 1, replyBoxes: 2 },
  ])('$file: $posts posts, $comments comments, $replyBoxes reply boxes', ({ file, posts, comments, incomplete, replyBoxes }) => {
    const doc = documentOf(file);
    const elements = facebookAdapter.findPosts(doc);
    const extracted = extractAll(doc);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(elements.length - extracted.length).toBe(incomplete);
    expect(new Set(extracted.map((post) => post.id)).size).toBe(extracted.length);
    expect(facebookAdapter.findReplyBoxes(doc)).toHaveLength(replyBoxes);
  });

  test.each([
    {
      file: 'facebook/feed.html',
      id: 'pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1',
      kind: 'post',
      author: 'Acme Coffee',
      textStart: 'Our new Autumn Blend is here ☕ Roasted in small batches, sweet and nutty. Tell us',
      permalink: 'https://www.facebook.com/acmecoffee/posts/pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1',
      engagement: { likes: 1200, replies: 23, reposts: 4 },
    },
    {
      file: 'facebook/feed.html',
      id: '1104938127733915',
      kind: 'comment',
      author: 'Dana Reyes',
      textStart: 'Third order this month that arrived cold and late. Really disappointed 😡',
      permalink: 'https://www.facebook.com/acmecoffee/posts/pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1?comment_id=1104938127733915',
      engagement: { likes: 12 },
    },
    {
      file: 'facebook/feed.html',
      id: '881273640012345',
      kind: 'comment',
      author: 'Acme Coffee',
      textStart: "Dana, we're so sorry.",
      permalink:
        'https://www.facebook.com/acmecoffee/posts/pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1?comment_id=1104938127733915&reply_comment_id=881273640012345',
      engagement: {},
    },
    {
      file: 'facebook/feed.html',
      id: '777123456789012',
      kind: 'comment',
      author: 'Kim Ito',
      textStart: 'Love it!! 😍 Best blend so far',
      permalink:
        'https://www.facebook.com/acmecoffee/posts/pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1?comment_id=Y29tbWVudDo5ODc2NTQzMjEwOTg3NjVfNzc3MTIzNDU2Nzg5MDEy',
      engagement: {},
    },
    {
      file: 'facebook/feed.html',
      id: '7100000000000001',
      kind: 'post',
      author: 'Mila Novak',
      textStart: 'Their site shows <img src=x onerror=alert(1)> instead of the menu',
      permalink: 'https://www.facebook.com/groups/1234567890/posts/7100000000000001/',
      engagement: { likes: 38, replies: 1204 },
    },
    {
      file: 'facebook/feed.html',
      id: '122110987654321098',
      kind: 'post',
      author: 'Jordan Blake',
      textStart: 'Long story, but here goes.',
      permalink: 'https://www.facebook.com/permalink.php?story_fbid=122110987654321098&id=100089912345678',
      engagement: { likes: 7, replies: 2, reposts: 1 },
    },
    {
      file: 'facebook/permalink-comments.html',
      id: '1093384576112233',
      kind: 'post',
      author: 'Acme Coffee',
      textStart: "Update on yesterday's outage",
      permalink: 'https://www.facebook.com/acmecoffee/posts/1093384576112233',
      engagement: { likes: 2400, replies: 312, reposts: 45 },
    },
    {
      file: 'facebook/permalink-comments.html',
      id: '109340000000001',
      kind: 'comment',
      author: 'Ana Lima',
      textStart: 'Still waiting for my refund. Third time asking!!! This is unacceptable.',
      permalink: 'https://www.facebook.com/acmecoffee/posts/1093384576112233?comment_id=109340000000001',
      engagement: { likes: 3 },
    },
    {
      file: 'facebook/permalink-comments.html',
      id: '109340000000003',
      kind: 'comment',
      author: 'Zoé Martin',
      textStart: 'Pareil pour moi',
      permalink: 'https://www.facebook.com/acmecoffee/posts/1093384576112233?comment_id=109340000000001&reply_comment_id=109340000000003',
      engagement: {},
    },
  ])('$file: $kind $id', ({ file, id, kind, author, textStart, permalink, engagement }) => {
    const post = extractAll(documentOf(file)).find((candidate) => candidate.id === id);
    expect(post).toMatchObject({ platform: 'facebook', id, kind, author, permalink });
    expect(post?.text.startsWith(textStart)).toBe(true);
    expect(post?.engagement).toEqual(engagement);
  });

  test.each([
    {
      file: 'facebook/feed.html',
      times: [
        // "3h", its comments "2h", "1h" (labelled "Comment by Dana Reyes 2 hours ago"…) and "5m".
        ['pfbid02Kq9xVbD1nRaFv3mWcY7tZpL8sQeUoH4jNgT6yAkC5rB2wXzMiEd1', NOW - 3 * HOUR, true],
        ['1104938127733915', NOW - 2 * HOUR, true],
        ['881273640012345', NOW - HOUR, true],
        ['777123456789012', NOW - 5 * MINUTE, undefined],
        ['7100000000000001', local(2025, 11, 22, 21, 14), undefined],
        // Shown as "6 October", labelled "Monday 6 October 2025 at 09:02" (QA: counted as posted now).
        ['122110987654321098', local(2025, 10, 6, 9, 2), undefined],
      ],
    },
    {
      file: 'facebook/permalink-comments.html',
      times: [
        ['1093384576112233', local(2025, 10, 14, 18, 40), undefined],
        ['109340000000001', NOW - 9 * HOUR, true],
        ['109340000000002', NOW - 8 * HOUR, true],
        ['109340000000003', NOW - 7 * HOUR, true],
        ['109340000000009', NOW - 20 * MINUTE, undefined],
      ],
    },
  ] as const)('$file: each post and comment has the time its link shows people', ({ file, times }) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    expect(extractAll(documentOf(file)).map((post) => [post.id, post.time, post.timeApproximate])).toEqual(times);
  });

  test('a machine time, where the page prints one, comes first', () => {
    const doc = new DOMParser().parseFromString(
      '<div aria-posinset="1"><h3><a href="https://www.facebook.com/acme">Acme</a></h3><a href="https://www.facebook.com/acme/posts/123" aria-label="6 October"><abbr data-utime="1700000000">6 October</abbr></a><div data-ad-rendering-role="story_message">Hello</div></div>',
      'text/html',
    );
    const post = extractAll(doc)[0];
    expect(post?.time).toBe(1_700_000_000_000);
    expect(post?.timeApproximate).toBeUndefined();
  });

  test("a post's text is its own: no comment, reply or 'See more' text in it", () => {
    const post = extractAll(documentOf('facebook/feed.html'))[0]!;
    expect(post.text).not.toContain('disappointed');
    expect(post.text).not.toContain('See more');
    const ana = extractAll(documentOf('facebook/permalink-comments.html')).find((candidate) => candidate.author === 'Ana Lima');
    expect(ana?.text).not.toContain('escalated');
  });

  test('the long post is read whole, paragraphs kept apart', () => {
    const post = extractAll(documentOf('facebook/feed.html')).find((candidate) => candidate.author === 'Jordan Blake');
    expect(post?.text.length).toBeGreaterThan(500);
    expect(post?.text).toContain('answer. I am not angry');
  });

  test('the badge goes before the text', () => {
    const doc = documentOf('facebook/feed.html');
    const [post, comment] = facebookAdapter.findPosts(doc);
    expect(facebookAdapter.badgeAnchor(post!)?.getAttribute('data-ad-preview')).toBe('message');
    expect(facebookAdapter.badgeAnchor(comment!)?.textContent).toContain('Third order');
  });

  test.each([
    ['a comment still posting (no permalink yet)', '<div role="article" aria-label="Comment by Sam Doe just now"><span>Sam Doe</span><div dir="auto">Posting…</div></div>'],
    ['a feed unit still loading', '<div aria-posinset="9"><div role="progressbar" aria-busy="true"></div></div>'],
    ['an article with links to elsewhere only', '<div role="article"><a href="https://example.com/posts/1">x</a><a href="javascript:void(0)">y</a></div>'],
  ])('%s is not a post yet', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = facebookAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(facebookAdapter.extract(element!)).toBeNull();
  });

  // Feed units that are no posts, as QA met them: a shelf of reels, "People you may know".
  const REELS = `<div aria-posinset="10" aria-setsize="-1"><div><h3><span>Reels and short videos</span></h3>
    <a href="https://www.facebook.com/reel/1111111111111111/" aria-label="Reel by Some Creator"><img alt="" src="data:,">1.2M views</a>
    <a href="https://www.facebook.com/reel/2222222222222222/"><img alt="" src="data:,">850K views</a>
    <a href="https://www.facebook.com/reel/3333333333333333/"><img alt="" src="data:,">44K views</a>
    <div role="button">See more reels</div></div></div>`;
  const PEOPLE = `<div aria-posinset="11" aria-setsize="-1"><div><h3><span>People you may know</span></h3>
    <a href="https://www.facebook.com/profile.php?id=100001">Sam Lee</a><div role="button">Add friend</div></div></div>`;

  test.each([
    ['"Reels and short videos"', REELS],
    ['"People you may know"', PEOPLE],
    ['a shelf of reels whose tiles name their creators', REELS.replaceAll('<img alt="" src="data:,">', '<strong><a href="https://www.facebook.com/creator">Creator</a></strong>')],
  ])('a feed unit that is no post (%s) gets no badge', (_name, html) => {
    const doc = documentOf('facebook/feed.html');
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', html);
    const extracted = extractAll(doc);
    expect(extracted.some((post) => post.permalink?.includes('/reel/'))).toBe(false);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(3);
  });

  test('a video or reel post without a message is still a post', () => {
    const html = `<div aria-posinset="12"><div data-ad-rendering-role="profile_name"><h4><a href="https://www.facebook.com/acmecoffee">Acme Coffee</a></h4></div>
      <a href="https://www.facebook.com/reel/4444444444444444/">Reel</a><a href="https://www.facebook.com/reel/4444444444444444/?s=1">0:15</a></div>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = facebookAdapter.findPosts(doc);
    expect(facebookAdapter.extract(element!)).toMatchObject({ id: '4444444444444444', kind: 'post', author: 'Acme Coffee', text: '' });
  });

  test.each([
    ['a bad comment_id', '<div role="article" aria-label="Comment by X"><a href="https://www.facebook.com/a/posts/1?comment_id=%%%">1m</a></div>'],
    ['a broken href', '<div aria-posinset="1"><a href="http://[::1">x</a><a href="https://www.facebook.com/a/posts/">y</a></div>'],
    ['empty containers', '<div role="feed"><div aria-posinset="1"></div><div role="article" aria-label=""></div></div>'],
  ])('odd markup (%s) does not throw', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(() => facebookAdapter.findPosts(doc).map((element) => facebookAdapter.extract(element))).not.toThrow();
    expect(() => facebookAdapter.findPosts(doc).map((element) => facebookAdapter.badgeAnchor(element))).not.toThrow();
  });

  test('matches both web front ends', () => {
    expect(facebookAdapter.matches).toEqual(['https://www.facebook.com/*', 'https://web.facebook.com/*']);
  });
});
