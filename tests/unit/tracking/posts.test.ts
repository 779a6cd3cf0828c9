import Dexie from 'dexie';
import { beforeEach, describe, expect, test } from 'vitest';
import { FirebreakDb } from '@/utils/tracking/db';
import { countPosts, recentPosts, recordPosts, type ReportedPost } from '@/utils/tracking/posts';

function post(id: string, overrides: Partial<ReportedPost> = {}): ReportedPost {
  return { platform: 'x', id, kind: 'post', text: `post ${id}`, sentiment: 'neutral', score: 0, ...overrides };
}

describe('recordPosts', () => {
  let db: FirebreakDb;
  beforeEach(() => {
    db = new FirebreakDb('test');
  });

  test('stores a post once per platform + post id however often it is seen', async () => {
    expect(await recordPosts(db, [post('1'), post('2')], 1000)).toEqual({ added: 2, seenAgain: 0 });
    expect(await recordPosts(db, [post('1'), post('2'), post('3')], 2000)).toEqual({ added: 1, seenAgain: 2 });
    expect(await recordPosts(db, [post('1')], 3000)).toEqual({ added: 0, seenAgain: 1 });
    expect(await countPosts(db)).toBe(3);
    const first = await db.posts.get(['x', '1']);
    expect(first).toMatchObject({ firstSeen: 1000, lastSeen: 3000, timesSeen: 3 });
  });

  test('the same id on two platforms is two posts', async () => {
    await recordPosts(db, [post('1'), post('1', { platform: 'reddit' })]);
    expect(await countPosts(db)).toBe(2);
  });

  test('duplicates inside one batch count once', async () => {
    expect(await recordPosts(db, [post('1'), post('1')])).toEqual({ added: 1, seenAgain: 0 });
    expect(await countPosts(db)).toBe(1);
  });

  test('keeps no text, author or link of a post, only the post time once known', async () => {
    await recordPosts(db, [post('1', { text: 'my friend’s private post', author: '@friend', permalink: 'https://x.com/friend/status/1', time: 42 })]);
    await recordPosts(db, [post('1', { text: 'short' })]);
    const stored = await db.posts.get(['x', '1']);
    expect(stored).not.toHaveProperty('excerpt');
    expect(stored).not.toHaveProperty('author');
    expect(stored).not.toHaveProperty('permalink');
    expect(stored?.postTime).toBe(42);
  });

  test('posts stored before version 5 lose their text, author and link on upgrade, and keep the rest', async () => {
    const name = `posts-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(4).stores({ posts: '[platform+postId], platform, firstSeen, lastSeen' });
    await old.table('posts').put({ platform: 'x', postId: '7', kind: 'post', sentiment: 'negative', score: -0.5, excerpt: 'a private post', author: '@friend', permalink: 'https://x.com/friend/status/7', firstSeen: 1, lastSeen: 2, timesSeen: 3 });
    old.close();
    const upgraded = new FirebreakDb(name);
    expect(await upgraded.posts.get(['x', '7'])).toEqual({ platform: 'x', postId: '7', kind: 'post', sentiment: 'negative', score: -0.5, firstSeen: 1, lastSeen: 2, timesSeen: 3 });
    upgraded.close();
  });

  test('an empty batch writes nothing', async () => {
    expect(await recordPosts(db, [])).toEqual({ added: 0, seenAgain: 0 });
    expect(await countPosts(db)).toBe(0);
  });

  test('recentPosts lists the newest first', async () => {
    await recordPosts(db, [post('old')], 1);
    await recordPosts(db, [post('new')], 2);
    expect((await recentPosts(db, 10)).map((row) => row.postId)).toEqual(['new', 'old']);
  });
});
