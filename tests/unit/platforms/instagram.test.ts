// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { instagramAdapter } from '@/utils/platforms/instagram';
import type { ExtractedPost } from '@/utils/platforms/types';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

function extractAll(doc: ParentNode): ExtractedPost[] {
  return instagramAdapter
    .findPosts(doc)
    .map((element) => instagramAdapter.extract(element))
    .filter((post): post is ExtractedPost => post !== null);
}

describe('Instagram adapter on reconstructed pages', () => {
  test.each([
    { file: 'instagram/feed.html', posts: 2, comments: 0, incomplete: 1, replyBoxes: 2 },
    { file: 'instagram/post-page.html', posts: 1, comments: 3, incomplete: 1, replyBoxes: 1 },
    { file: 'instagram/post-page-2025.html', posts: 1, comments: 2, incomplete: 0, replyBoxes: 1 },
  ])('$file: $posts posts, $comments comments, $replyBoxes reply boxes', ({ file, posts, comments, incomplete, replyBoxes }) => {
    const doc = documentOf(file);
    const elements = instagramAdapter.findPosts(doc);
    const extracted = extractAll(doc);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(elements.length - extracted.length).toBe(incomplete);
    expect(new Set(extracted.map((post) => post.id)).size).toBe(extracted.length);
    expect(instagramAdapter.findReplyBoxes(doc)).toHaveLength(replyBoxes);
  });

  test.each([
    {
      file: 'instagram/feed.html',
      id: 'C8xYz12AbCd',
      kind: 'post',
      author: '@acmecoffee',
      textStart: 'Autumn Blend is back ☕🍂 Small batches, roasted this morning. #autumnblend @danareyes',
      time: '2025-10-14T16:52:04.000Z',
      permalink: 'https://www.instagram.com/p/C8xYz12AbCd/',
      engagement: { likes: 1204, replies: 128 },
    },
    {
      file: 'instagram/feed.html',
      id: 'C9AbCdEfGhI',
      kind: 'post',
      author: '@mila.novak',
      textStart: "acme's app now shows <img src=x onerror=alert(1)> on the order page 🙃",
      time: '2025-10-13T08:15:00.000Z',
      permalink: 'https://www.instagram.com/reel/C9AbCdEfGhI/',
      engagement: { likes: 87, replies: 4 },
    },
    {
      file: 'instagram/post-page.html',
      id: 'DPq3xYzAbCd',
      kind: 'post',
      author: '@acmecoffee',
      textStart: 'A note on our holiday gift boxes 🎁 We know many of you were charged twice',
      time: '2025-10-05T09:30:00.000Z',
      permalink: 'https://www.instagram.com/p/DPq3xYzAbCd/',
      engagement: {},
    },
    {
      file: 'instagram/post-page.html',
      id: '18071234567890123',
      kind: 'comment',
      author: '@danareyes',
      textStart: 'Still two charges on my card today. This is a joke 😤',
      time: '2025-10-13T18:02:11.000Z',
      permalink: 'https://www.instagram.com/p/DPq3xYzAbCd/c/18071234567890123/',
      engagement: { likes: 14 },
    },
    {
      file: 'instagram/post-page.html',
      id: '18022345678901234',
      kind: 'comment',
      author: '@acmecoffee',
      textStart: "@danareyes so sorry Dana, we've sent you a DM",
      time: '2025-10-13T19:40:00.000Z',
      permalink: 'https://www.instagram.com/p/DPq3xYzAbCd/c/18071234567890123/r/18022345678901234/',
      engagement: { likes: 2 },
    },
    {
      file: 'instagram/post-page.html',
      id: '18033456789012345',
      kind: 'comment',
      author: '@kim.ito',
      textStart: 'refund arrived yesterday',
      time: '2025-10-12T07:05:00.000Z',
      permalink: 'https://www.instagram.com/p/DPq3xYzAbCd/c/18033456789012345/',
      engagement: { replies: 3 },
    },
    {
      file: 'instagram/post-page-2025.html',
      id: 'DQa1b2C3d4E',
      kind: 'post',
      author: '@acmecoffee',
      textStart: 'Behind the scenes at the roastery 🔥',
      time: '2025-10-10T12:00:00.000Z',
      permalink: 'https://www.instagram.com/reel/DQa1b2C3d4E/',
      engagement: {},
    },
    {
      file: 'instagram/post-page-2025.html',
      id: '17990011223344556',
      kind: 'comment',
      author: '@priya.shah',
      textStart: 'Ethiopian Yirgacheffe please!! 😍',
      time: '2025-10-11T09:00:00.000Z',
      permalink: 'https://www.instagram.com/reel/DQa1b2C3d4E/c/17990011223344556/',
      engagement: { likes: 21 },
    },
    {
      file: 'instagram/post-page-2025.html',
      id: '17855566677788899',
      kind: 'comment',
      author: '@bo.chen',
      textStart: '+1, or anything but the burnt house blend',
      time: '2025-10-11T10:30:00.000Z',
      permalink: 'https://www.instagram.com/reel/DQa1b2C3d4E/c/17990011223344556/r/17855566677788899/',
      engagement: {},
    },
  ])('$file: $kind $id', ({ file, id, kind, author, textStart, time, permalink, engagement }) => {
    const post = extractAll(documentOf(file)).find((candidate) => candidate.id === id);
    expect(post).toMatchObject({ platform: 'instagram', id, kind, author, permalink, time: Date.parse(time) });
    expect(post?.text.startsWith(textStart)).toBe(true);
    expect(post?.engagement).toEqual(engagement);
  });

  test("a caption or comment holds its own text only, and a long caption is read whole", () => {
    const [caption, ...comments] = extractAll(documentOf('instagram/post-page.html'));
    expect(caption?.text).not.toContain('joke');
    expect(caption?.text.length).toBeGreaterThan(400);
    expect(caption?.text).toContain('fix it by hand');
    expect(comments[0]?.text).not.toContain('sent you a DM');
    expect(comments.every((comment) => !comment.text.includes('Reply'))).toBe(true);
  });

  test('a post page article frames the caption and comments: it is not a post of its own', () => {
    const doc = documentOf('instagram/post-page.html');
    expect(instagramAdapter.findPosts(doc).some((element) => element.tagName === 'ARTICLE')).toBe(false);
  });

  test('the badge goes before the caption or comment text', () => {
    const doc = documentOf('instagram/post-page.html');
    const [caption, comment] = instagramAdapter.findPosts(doc);
    expect(instagramAdapter.badgeAnchor(caption!)?.tagName).toBe('H1');
    expect(instagramAdapter.badgeAnchor(comment!)?.textContent).toContain('Still two charges');
  });

  test.each([
    ['a feed article still loading', '<article><div role="progressbar"></div></article>'],
    ['a comment without its permalink yet', '<ul class="_a9ym"><li class="_a9zj _a9zl"><h3><a href="/x/">x</a></h3><div class="_a9zs"><span>…</span></div></li></ul>'],
    ['an article linking only to a profile', '<article><a href="/someone/">someone</a><span class="_ap3a _aacu">hi</span></article>'],
  ])('%s is not a post yet', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = instagramAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(instagramAdapter.extract(element!)).toBeNull();
  });

  test.each([
    ['a bad href', '<article><a href="http://[::1"><time datetime="nope">x</time></a></article>'],
    ['a comment link to another site', '<article><a href="https://evil.example/p/ABC/c/1/"><time datetime="2025-01-01">x</time></a></article>'],
    ['a lone time link', '<a href="/p/ABC/c/123/"><time datetime="2025-01-01T00:00:00Z">1d</time></a>'],
    ['an empty heading', '<h1></h1><h1><a href="/p/X/"><time datetime="">?</time></a></h1>'],
  ])('odd markup (%s) does not throw', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(() => instagramAdapter.findPosts(doc).map((element) => instagramAdapter.extract(element))).not.toThrow();
  });
});
