// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { threadsAdapter } from '@/utils/platforms/threads';
import type { ExtractedPost } from '@/utils/platforms/types';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

function extractAll(doc: ParentNode): ExtractedPost[] {
  return threadsAdapter
    .findPosts(doc)
    .map((element) => threadsAdapter.extract(element))
    .filter((post): post is ExtractedPost => post !== null);
}

describe('Threads adapter on reconstructed pages', () => {
  test.each([
    { file: 'threads/feed.html', posts: 2, comments: 0, incomplete: 1, replyBoxes: 1 },
    { file: 'threads/post-page.html', posts: 1, comments: 3, incomplete: 0, replyBoxes: 1 },
  ])('$file: $posts posts, $comments replies, $replyBoxes reply boxes', ({ file, posts, comments, incomplete, replyBoxes }) => {
    const doc = documentOf(file);
    const elements = threadsAdapter.findPosts(doc);
    const extracted = extractAll(doc);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(elements.length - extracted.length).toBe(incomplete);
    expect(threadsAdapter.findReplyBoxes(doc)).toHaveLength(replyBoxes);
  });

  test.each([
    {
      file: 'threads/feed.html',
      id: 'DPx1aB2cD3e',
      kind: 'post',
      author: '@acmecoffee',
      textStart: "Pumpkin spice is back at every Acme Coffee from today 🎃☕ What's your order?",
      time: '2025-10-14T15:04:05.000Z',
      engagement: { likes: 1200, replies: 84, reposts: 12 },
    },
    {
      file: 'threads/feed.html',
      id: 'DPyZ9x8W7v6',
      kind: 'post',
      author: '@mila.novak',
      textStart: 'the acme app literally shows <script>alert(1)</script> where my rewards should be.',
      time: '2025-10-14T12:30:00.000Z',
      engagement: { likes: 3 },
    },
    {
      file: 'threads/post-page.html',
      id: 'DPz3Qw7Er8T',
      kind: 'post',
      author: '@acmecoffee',
      textStart: "We're changing our loyalty program. From November, stars expire after 6 months instead of 12. We know",
      time: '2025-10-12T08:00:00.000Z',
      engagement: { likes: 302, replies: 1045, reposts: 98 },
    },
    {
      file: 'threads/post-page.html',
      id: 'DPz4Ab1Cd2E',
      kind: 'comment',
      author: '@dana.reyes',
      textStart: "So you're cutting rewards in half",
      time: '2025-10-12T08:20:00.000Z',
      engagement: { likes: 2300, replies: 41 },
    },
    {
      file: 'threads/post-page.html',
      id: 'DPz5Fg3Hi4J',
      kind: 'comment',
      author: '@acmecoffee',
      textStart: "@dana.reyes we hear you, and we're sorry",
      time: '2025-10-12T09:05:00.000Z',
      engagement: {},
    },
    {
      file: 'threads/post-page.html',
      id: 'DPz6Kl5Mn6O',
      kind: 'comment',
      author: '@priya.shah',
      textStart: 'honestly fair, the bonus drink is nice',
      time: '2025-10-12T10:00:00.000Z',
      engagement: {},
    },
  ])('$file: $kind $id', ({ file, id, kind, author, textStart, time, engagement }) => {
    const post = extractAll(documentOf(file)).find((candidate) => candidate.id === id);
    expect(post).toMatchObject({ platform: 'threads', id, kind, author, time: Date.parse(time) });
    expect(post?.permalink).toBe(`https://www.threads.com/${author}/post/${id}`);
    expect(post?.text.startsWith(textStart)).toBe(true);
    expect(post?.engagement).toEqual(engagement);
  });

  test("own text only: not the quoted post's, the author's name, the time or a button", () => {
    const [, quoting] = extractAll(documentOf('threads/feed.html'));
    expect(quoting?.text).not.toContain('All systems normal');
    const priya = extractAll(documentOf('threads/post-page.html')).at(-1);
    expect(priya?.text).toBe('honestly fair, the bonus drink is nice');
  });

  test('a quoted post is part of the post that quotes it', () => {
    const ids = threadsAdapter.findPosts(documentOf('threads/feed.html')).map((element) => threadsAdapter.extract(element)?.id);
    expect(ids).toEqual(['DPx1aB2cD3e', 'DPyZ9x8W7v6', undefined]);
  });

  test('the long post is read whole', () => {
    const [root] = extractAll(documentOf('threads/post-page.html'));
    expect(root?.text.length).toBeGreaterThan(400);
    expect(root?.text.endsWith('this week.')).toBe(true);
  });

  test('the badge goes before the text', () => {
    const [element] = threadsAdapter.findPosts(documentOf('threads/feed.html'));
    expect(threadsAdapter.badgeAnchor(element!)?.textContent).toContain('Pumpkin spice');
  });

  test.each([
    ['a container still loading', '<div data-pressable-container="true"><div role="progressbar"></div></div>'],
    ['a container linking a profile only', '<div data-pressable-container="true"><a href="/@someone"><span dir="auto">someone</span></a></div>'],
    ['a post link on another site', '<div data-pressable-container="true"><a href="https://evil.example/@a/post/ABC"><time datetime="2025-01-01">1d</time></a></div>'],
  ])('%s is not a post yet', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = threadsAdapter.findPosts(doc);
    expect(threadsAdapter.extract(element!)).toBeNull();
  });

  test.each([
    ['a bad href', '<div data-pressable-container="true"><a href="http://[::1/@a/post/X">x</a></div>'],
    ['a bad time', '<div data-pressable-container="true"><a href="/@a/post/X"><time datetime="yesterday">x</time></a></div>'],
    ['a bad canonical', '<meta property="og:url" content="::"><div data-pressable-container="true"><a href="/@a/post/X">x</a></div>'],
  ])('odd markup (%s) does not throw', (_name, html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(() => threadsAdapter.findPosts(doc).map((element) => threadsAdapter.extract(element))).not.toThrow();
  });
});
