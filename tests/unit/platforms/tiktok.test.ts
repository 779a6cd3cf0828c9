// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { tiktokAdapter } from '@/utils/platforms/tiktok';
import type { ExtractedPost } from '@/utils/platforms/types';
import { fixture, pageOf } from '../../fixtures/load';

const VIDEO = 'https://www.tiktok.com/@acmecoffee/video/7559561630207130701';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

function extractAll(doc: ParentNode): ExtractedPost[] {
  return tiktokAdapter
    .findPosts(doc)
    .map((element) => tiktokAdapter.extract(element))
    .filter((post): post is ExtractedPost => post !== null);
}

const NOW = new Date(2025, 10, 23, 12, 10).getTime();
const DAY = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('TikTok adapter on a reconstructed video page', () => {
  test('finds the video, 4 comments and replies, one still loading, one reply box', () => {
    const doc = documentOf('tiktok/video-page.html');
    const elements = tiktokAdapter.findPosts(doc);
    const extracted = extractAll(doc);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(1);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(4);
    expect(elements.length - extracted.length).toBe(1);
    expect(tiktokAdapter.findReplyBoxes(doc)).toHaveLength(1);
  });

  test.each([
    {
      id: '7559561630207130701',
      kind: 'post',
      author: '@acmecoffee',
      textStart: 'How we roast the Autumn Blend, start to finish ☕🍂 #coffee #roastery',
      time: Date.UTC(2025, 9, 10, 12, 0, 0),
      engagement: { likes: 48200, replies: 1532, reposts: 903 },
    },
    {
      id: '7559888907860377601',
      kind: 'comment',
      author: '@dana.reyes',
      textStart: 'Cold brew was watery AGAIN and nobody answers email. Done. 👎',
      time: undefined,
      engagement: { likes: 1208, replies: 14 },
    },
    {
      id: '7559891484840755202',
      kind: 'comment',
      author: '@acmecoffee',
      textStart: "Dana, that's not the standard we want.",
      time: undefined,
      engagement: { likes: 57 },
    },
    {
      id: '7559894061821132803',
      kind: 'comment',
      author: '@bo.chen',
      textStart: "the label says <b>decaf</b> but it's clearly not lol",
      time: undefined,
      engagement: { likes: 12000 },
    },
  ])('$kind $id', ({ id, kind, author, textStart, time, engagement }) => {
    const post = extractAll(documentOf('tiktok/video-page.html')).find((candidate) => candidate.id === id);
    // A comment's time is its label's (below).
    expect(post).toMatchObject({ platform: 'tiktok', id, kind, author, ...(time === undefined ? {} : { time }), permalink: VIDEO });
    expect(post?.text.startsWith(textStart)).toBe(true);
    expect(post?.engagement).toEqual(engagement);
  });

  test('a comment is at least as old as its "2d ago" or "2025-10-9" (QA: counted as posted now)', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const comments = extractAll(documentOf('tiktok/video-page.html')).filter((post) => post.kind === 'comment');
    expect(comments.map((post) => [post.author, post.time, post.timeApproximate])).toEqual([
      ['@dana.reyes', NOW - 2 * DAY, true],
      ['@acmecoffee', NOW - DAY, true],
      ['@bo.chen', new Date(2025, 9, 10).getTime() - 1, true],
      ['@priya.shah', NOW - 5 * 3_600_000, true],
    ]);
  });

  test('a comment without an id on the page gets a stable one from its video, author and text', () => {
    const read = () => extractAll(documentOf('tiktok/video-page.html')).find((post) => post.author === '@priya.shah');
    const first = read();
    expect(first?.id).toMatch(/^7559561630207130701-priya\.shah-[0-9a-z]+$/);
    expect(read()?.id).toBe(first?.id);
    expect(first?.text.length).toBeGreaterThan(300);
    expect(first?.engagement).toEqual({ likes: 340 });
  });

  test("a comment's text is its own: never its replies'", () => {
    const dana = extractAll(documentOf('tiktok/video-page.html')).find((post) => post.author === '@dana.reyes');
    expect(dana?.text).not.toContain('standard');
    expect(dana?.text).not.toContain('Reply');
  });

  test('the badge goes before the comment text and the description', () => {
    const doc = documentOf('tiktok/video-page.html');
    const [video, comment] = tiktokAdapter.findPosts(doc);
    expect(tiktokAdapter.badgeAnchor(video!)?.getAttribute('data-e2e')).toBe('browse-video-desc');
    expect(tiktokAdapter.badgeAnchor(comment!)?.getAttribute('data-e2e')).toBe('comment-level-1');
  });

  test('a For You item carries its own video link', () => {
    const doc = new DOMParser().parseFromString(
      `<article data-e2e="recommend-list-item-container"><a href="/@mila.novak/video/7559561630207130702">video</a>
       <div data-e2e="video-desc"><span>acme, why is my order &lt;empty&gt;?</span></div>
       <strong data-e2e="like-count">2.1M</strong><strong data-e2e="comment-count">3</strong></article>`,
      'text/html',
    );
    const [item] = tiktokAdapter.findPosts(doc);
    expect(tiktokAdapter.extract(item!)).toMatchObject({
      id: '7559561630207130702',
      kind: 'post',
      author: '@mila.novak',
      text: 'acme, why is my order <empty>?',
      permalink: 'https://www.tiktok.com/@mila.novak/video/7559561630207130702',
      engagement: { likes: 2_100_000, replies: 3 },
    });
  });

  test.each([
    ['a comment still loading', '<div class="css-x-DivCommentContentContainer" id="7559899215781888005"><p data-e2e="comment-level-1"></p></div>'],
    ['a comment without id, author or video', '<div class="css-x-DivCommentContentContainer"><p data-e2e="comment-level-1">hi</p></div>'],
    ['a description without any video', '<div data-e2e="video-desc">no link</div>'],
  ])('%s is not a post yet', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = tiktokAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(tiktokAdapter.extract(element!)).toBeNull();
  });

  test.each([
    ['a video id that is no time', '<a href="/@a/video/0000000000123"></a><div data-e2e="video-desc">x</div>'],
    ['a bad href', '<div data-e2e="video-desc"><a href="http://[::1/@a/video/1">x</a></div>'],
    ['a lone comment text', '<p data-e2e="comment-level-2">orphan</p>'],
  ])('odd markup (%s) does not throw', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(() => tiktokAdapter.findPosts(doc).map((element) => tiktokAdapter.extract(element))).not.toThrow();
    expect(() => tiktokAdapter.findPosts(doc).map((element) => tiktokAdapter.badgeAnchor(element))).not.toThrow();
  });
});
