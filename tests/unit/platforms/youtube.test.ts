// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { youtubeAdapter } from '@/utils/platforms/youtube';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

const NOW = new Date(2025, 10, 23, 12, 10).getTime();
const DAY = 86_400_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('YouTube adapter', () => {
  test.each([
    { file: 'youtube/comments-view-model.html', found: 5, comments: 4, boxes: 1 },
    { file: 'youtube/comments-renderer-legacy.html', found: 2, comments: 2, boxes: 0 },
  ])('$file: finds $comments comments and $boxes reply boxes', ({ file, found, comments, boxes }) => {
    const doc = documentOf(file);
    const elements = youtubeAdapter.findPosts(doc);
    expect(elements).toHaveLength(found);
    const extracted = elements.map((element) => youtubeAdapter.extract(element)).filter((post) => post !== null);
    expect(extracted).toHaveLength(comments);
    expect(extracted.every((post) => post.kind === 'comment')).toBe(true);
    expect(youtubeAdapter.findReplyBoxes(doc)).toHaveLength(boxes);
  });

  test.each([
    { file: 'youtube/comments-view-model.html', id: 'UgyKettle1xAcme-4AaABAg', video: 'dQw4w9WgXcQ', author: '@kettlegate', textStart: 'This ad is so out of touch.', engagement: { likes: 1200, replies: 2 } },
    { file: 'youtube/comments-view-model.html', id: 'UgyKettle1xAcme-4AaABAg.9zReply01AbC', video: 'dQw4w9WgXcQ', author: '@AcmeHome', textStart: "We hear you, and we're sorry.", engagement: { likes: 87 } },
    { file: 'youtube/comments-view-model.html', id: 'UgyKettle1xAcme-4AaABAg.9zReply02XyZ', video: 'dQw4w9WgXcQ', author: '@müller.design', textStart: '<img src=x onerror=alert(1)> lol', engagement: {} },
    { file: 'youtube/comments-view-model.html', id: 'Ugw9LongReview77-AaABAg', video: 'dQw4w9WgXcQ', author: '@long.form.reviewer', textStart: 'I have owned three of these kettles', engagement: { likes: 34 } },
    { file: 'youtube/comments-renderer-legacy.html', id: 'UgxOldMarkup01-Wq4AaABAg', video: 'K3ttl3V1d30', author: '@coffee_nerd', textStart: "Best kettle I've owned, boils in 90 seconds ☕️👍", engagement: { likes: 2300, replies: 14 } },
    { file: 'youtube/comments-renderer-legacy.html', id: 'UgxOldMarkup01-Wq4AaABAg.9aOldReply01', video: 'K3ttl3V1d30', author: '@tea_first', textStart: 'Mine died after a month.', engagement: { likes: 5 } },
  ])('$file: $id', ({ file, id, video, author, textStart, engagement }) => {
    const doc = documentOf(file);
    const post = youtubeAdapter.findPosts(doc).map((element) => youtubeAdapter.extract(element)).find((item) => item?.id === id);
    // Canonical: only the video and the comment, no tracking parameters.
    expect(post).toMatchObject({ platform: 'youtube', id, author, engagement, permalink: `https://www.youtube.com/watch?v=${video}&lc=${id}` });
    expect(post?.engagement).toEqual(engagement);
    expect(post?.text.startsWith(textStart)).toBe(true);
  });

  test.each([
    {
      file: 'youtube/comments-view-model.html',
      times: [
        ['UgyKettle1xAcme-4AaABAg', 2 * DAY],
        ['UgyKettle1xAcme-4AaABAg.9zReply01AbC', DAY],
        ['UgyKettle1xAcme-4AaABAg.9zReply02XyZ', DAY],
        ['Ugw9LongReview77-AaABAg', 21 * DAY],
      ],
    },
    {
      file: 'youtube/comments-renderer-legacy.html',
      times: [
        ['UgxOldMarkup01-Wq4AaABAg', NOW - new Date(2024, 10, 23, 12, 10).getTime()],
        ['UgxOldMarkup01-Wq4AaABAg.9aOldReply01', NOW - new Date(2024, 11, 23, 12, 10).getTime()],
      ],
    },
  ] as const)('$file: each comment is at least as old as its "3 weeks ago", and may be older (QA: counted as posted now)', ({ file, times }) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const posts = youtubeAdapter.findPosts(documentOf(file)).map((element) => youtubeAdapter.extract(element)).filter((post) => post !== null);
    expect(posts.map((post) => [post.id, NOW - post.time!, post.timeApproximate])).toEqual(times.map(([id, age]) => [id, age, true]));
  });

  test.each([
    ['Just now', 0, undefined],
    ['5 minutes ago', 5 * 60_000, undefined],
    ['2 hours ago (edited)', 2 * 3_600_000, true],
  ])('"%s": read from the comment\'s time link', (label, age, approximate) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const doc = new DOMParser().parseFromString(
      `<ytd-comment-view-model><span id="published-time-text"><a href="/watch?v=abc&amp;lc=Ugx1">${label}</a></span><div id="content-text">Plain</div></ytd-comment-view-model>`,
      'text/html',
    );
    const post = youtubeAdapter.extract(youtubeAdapter.findPosts(doc)[0]!);
    expect(post?.time).toBe(NOW - age);
    expect(post?.timeApproximate).toBe(approximate);
  });

  const commentWithTime = (label: string) =>
    youtubeAdapter.extract(
      youtubeAdapter.findPosts(
        new DOMParser().parseFromString(
          `<ytd-comment-view-model><span id="published-time-text"><a href="/watch?v=abc&amp;lc=Ugx1">${label}</a></span><div id="content-text">Plain</div></ytd-comment-view-model>`,
          'text/html',
        ),
      )[0]!,
    );

  test('a time link that is no time leaves the time unknown', () => {
    const post = commentWithTime('il y a longtemps');
    expect(post?.time).toBeUndefined();
    expect(post?.timeApproximate).toBeUndefined();
  });

  test('a time link in French is read as in English: "il y a 3 semaines" is at least 21 days ago', () => {
    const before = Date.now();
    const post = commentWithTime('il y a 3 semaines');
    expect(post?.timeApproximate).toBe(true);
    expect(post?.time).toBeLessThanOrEqual(before - 21 * 24 * 3600_000 + 1000);
    expect(post?.time).toBeGreaterThan(before - 22 * 24 * 3600_000);
  });

  test('a thread comment excludes its replies; a long comment is read whole', () => {
    const doc = documentOf('youtube/comments-view-model.html');
    const [first, , , long] = youtubeAdapter.findPosts(doc).map((element) => youtubeAdapter.extract(element));
    expect(first?.text).not.toContain('voluntary recall');
    expect(long?.text.length).toBeGreaterThan(500);
    expect(long?.text).toContain('root cause is published.');
  });

  test.each(['youtube/comments-view-model.html', 'youtube/comments-renderer-legacy.html'])(
    '%s: the badge goes before the box that clamps the text to four lines, never inside it',
    (file) => {
      const doc = documentOf(file);
      for (const comment of youtubeAdapter.findPosts(doc).filter((element) => youtubeAdapter.extract(element))) {
        const anchor = youtubeAdapter.badgeAnchor(comment)!;
        expect(anchor.id).toBe('expander');
        expect(anchor.querySelector('#content-text')).not.toBeNull();
        // The badge goes into the anchor's parent: outside every clamp of the comment (a reply sits
        // inside its thread's replies #expander, which is no clamp of its own).
        const around = anchor.parentElement!.closest('#expander, #content');
        expect(around === null || !comment.contains(around)).toBe(true);
      }
    },
  );

  test('without a clamping box, the badge goes before the comment text', () => {
    const doc = new DOMParser().parseFromString(
      '<ytd-comment-view-model><a href="/watch?v=abc&amp;lc=Ugx1">now</a><div id="content-text">Plain</div></ytd-comment-view-model>',
      'text/html',
    );
    expect(youtubeAdapter.badgeAnchor(youtubeAdapter.findPosts(doc)[0]!)?.id).toBe('content-text');
  });

  test.each([
    '<ytd-comment-view-model><div id="content-text">No link yet</div></ytd-comment-view-model>',
    '<ytd-comment-view-model><span id="published-time-text"><a href="http://[bad">x</a></span></ytd-comment-view-model>',
    '<ytd-comment-renderer><a href="/watch?v=x&amp;lc=">empty</a></ytd-comment-renderer>',
  ])('incomplete or odd markup returns null without throwing: %s', (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const [element] = youtubeAdapter.findPosts(doc);
    expect(element).toBeDefined();
    expect(youtubeAdapter.extract(element!)).toBeNull();
  });
});
