// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { redditAdapter } from '@/utils/platforms/reddit';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

const THREAD = 'https://www.reddit.com/r/CustomerService/comments/1d4xq9z/acme_cancelled_my_order_twice_and_support_keeps/';

describe('Reddit adapter', () => {
  test.each([
    { file: 'reddit/shreddit-thread.html', found: 6, posts: 1, comments: 4, boxes: 1 },
    { file: 'reddit/old-thread.html', found: 4, posts: 1, comments: 3, boxes: 2 },
  ])('$file: finds $posts post(s), $comments comments and $boxes reply boxes', ({ file, found, posts, comments, boxes }) => {
    const doc = documentOf(file);
    const elements = redditAdapter.findPosts(doc);
    expect(elements).toHaveLength(found);
    const extracted = elements.map((element) => redditAdapter.extract(element)).filter((post) => post !== null);
    expect(extracted.filter((post) => post.kind === 'post')).toHaveLength(posts);
    expect(extracted.filter((post) => post.kind === 'comment')).toHaveLength(comments);
    expect(redditAdapter.findReplyBoxes(doc)).toHaveLength(boxes);
  });

  test.each([
    { file: 'reddit/shreddit-thread.html', id: 't3_1d4xq9z', kind: 'post', author: 'u/throwaway_kettle', time: '2024-05-30T14:22:07.512Z', permalink: THREAD, textStart: 'Acme cancelled my order twice', engagement: { likes: 15832, replies: 1247 } },
    { file: 'reddit/shreddit-thread.html', id: 't1_l6bq2rs', kind: 'comment', author: 'u/AcmeSupport_Official', time: '2024-05-30T15:01:44.100Z', permalink: 'https://www.reddit.com/r/CustomerService/comments/1d4xq9z/comment/l6bq2rs/', textStart: "We're really sorry about this.", engagement: { likes: 412 } },
    { file: 'reddit/shreddit-thread.html', id: 't1_l6bs9k0', kind: 'comment', author: 'u/throwaway_kettle', time: '2024-05-30T15:20:12.000Z', permalink: 'https://www.reddit.com/r/CustomerService/comments/1d4xq9z/comment/l6bs9k0/', textStart: 'Sent. Third DM', engagement: { likes: 388 } },
    { file: 'reddit/old-thread.html', id: 't3_1d4xq9z', kind: 'post', author: 'u/throwaway_kettle', time: '2024-05-30T14:22:07.512Z', permalink: THREAD, textStart: 'Acme cancelled my order twice', engagement: { likes: 15832, replies: 1247 } },
    { file: 'reddit/old-thread.html', id: 't1_l6bq2rs', kind: 'comment', author: 'u/AcmeSupport_Official', time: '2024-05-30T15:01:44.000Z', permalink: `${THREAD}l6bq2rs/`, textStart: "We're really sorry about this.", engagement: { likes: 412 } },
    { file: 'reddit/old-thread.html', id: 't1_l6bs9k0', kind: 'comment', author: 'u/throwaway_kettle', time: '2024-05-30T15:20:12.000Z', permalink: `${THREAD}l6bs9k0/`, textStart: 'Sent. Third DM', engagement: { likes: 388 } },
  ])('$file: $id', ({ file, id, kind, author, time, permalink, textStart, engagement }) => {
    const doc = documentOf(file);
    const post = redditAdapter.findPosts(doc).map((element) => redditAdapter.extract(element)).find((item) => item?.id === id);
    expect(post).toMatchObject({ platform: 'reddit', id, kind, author, permalink, time: Date.parse(time), engagement });
    expect(post?.text.startsWith(textStart)).toBe(true);
  });

  test.each(['reddit/shreddit-thread.html', 'reddit/old-thread.html'])('%s: a comment excludes its replies, markup stays text', (file) => {
    const doc = documentOf(file);
    const posts = redditAdapter.findPosts(doc).map((element) => redditAdapter.extract(element));
    const parent = posts.find((post) => post?.id === 't1_l6bq2rs');
    expect(parent?.text).not.toContain('Third DM');
    expect(posts[0]?.text).toContain('<img src=x onerror=alert(1)>');
    expect(posts[0]?.text).toContain('😤');
  });

  test('one thread read on old and new reddit has the same ids and permalinks', () => {
    const ids = (file: string) =>
      redditAdapter.findPosts(documentOf(file)).map((element) => redditAdapter.extract(element)).filter((post) => post !== null).map((post) => post.id).sort();
    expect(ids('reddit/old-thread.html')).toEqual(ids('reddit/shreddit-thread.html').filter((id) => id !== 't1_l6c0a1b'));
  });

  test('the badge goes before the comment body', () => {
    const doc = documentOf('reddit/shreddit-thread.html');
    const comment = redditAdapter.findPosts(doc)[1]!;
    expect(redditAdapter.badgeAnchor(comment)?.getAttribute('id')).toBe('t1_l6bq2rs-comment-rtjson-content');
  });

  test.each([
    '<shreddit-comment author="x"><div slot="comment">Loading</div></shreddit-comment>',
    '<shreddit-post post-title="No id yet"></shreddit-post>',
    '<div class="thing" data-fullname="" data-type="comment"></div>',
    '<shreddit-comment thingid="t1_abc" created="not a date" score="lots"></shreddit-comment>',
  ])('incomplete or odd markup does not throw: %s', (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const element of redditAdapter.findPosts(doc)) {
      expect(() => redditAdapter.extract(element)).not.toThrow();
      expect(() => redditAdapter.badgeAnchor(element)).not.toThrow();
    }
    const [first] = redditAdapter.findPosts(doc);
    if (!first?.getAttribute('thingid')) expect(redditAdapter.extract(first!)).toBeNull();
  });

  test('matches new and old reddit', () => {
    expect(redditAdapter.matches).toEqual(expect.arrayContaining(['https://www.reddit.com/*', 'https://old.reddit.com/*']));
  });
});
