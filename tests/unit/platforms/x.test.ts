// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { xAdapter } from '@/utils/platforms/x';
import { fixture, pageOf } from '../../fixtures/load';

function documentOf(...files: string[]): Document {
  return new DOMParser().parseFromString(pageOf(files.map((file) => fixture(file))), 'text/html');
}

describe('X adapter on real captures', () => {
  test.each([
    {
      file: 'x/tweetyoink-x-tweet-sample.html',
      id: '1981398750557065646',
      author: '@TestUser123',
      time: '2025-10-23T16:34:09.000Z',
      textStart: 'Democrat Shutdown Jeopardizes America\'s Skies',
    },
    {
      file: 'x/tweetyoink-x-tweet-quote.html',
      id: '1983130065320780162',
      author: '@TestQuoter',
      time: '2025-10-28T11:13:47.000Z',
      textStart: 'This is a quote tweet with additional commentary',
    },
  ])('$file: one post with its own id, author and time', ({ file, id, author, time, textStart }) => {
    const doc = documentOf(file);
    const posts = xAdapter.findPosts(doc);
    expect(posts).toHaveLength(1);
    const post = xAdapter.extract(posts[0]!);
    expect(post).toMatchObject({ platform: 'x', id, author, kind: 'post', time: Date.parse(time) });
    expect(post?.permalink).toBe(`https://x.com/${author.slice(1)}/status/${id}`);
    expect(post?.text.startsWith(textStart)).toBe(true);
    // A quote tweet's own text, never the quoted tweet's.
    expect(post?.text).not.toContain('original quoted tweet');
  });

  test('reads the engagement counts of the action bar', () => {
    const doc = documentOf('x/tweetyoink-x-tweet-sample.html');
    expect(xAdapter.extract(xAdapter.findPosts(doc)[0]!)?.engagement).toMatchObject({ replies: 48, reposts: 152, likes: 553 });
  });

  test('reads the views from the post’s analytics link', () => {
    const doc = documentOf('x/tweetyoink-x-tweet-quote.html');
    const engagement = xAdapter.extract(xAdapter.findPosts(doc)[0]!)?.engagement;
    expect(engagement?.views).toBe(2_596_467);
  });

  test('finds every tweet of a feed of captures', () => {
    const doc = documentOf('x/tweetyoink-x-tweet-sample.html', 'x/tweetyoink-x-tweet-quote.html');
    const ids = xAdapter.findPosts(doc).map((element) => xAdapter.extract(element)?.id);
    expect(ids).toEqual(['1981398750557065646', '1983130065320780162']);
  });

  test('a quote with no words of its own is not given the quoted tweet’s words, nor its badge place', () => {
    const doc = documentOf('x/tweetyoink-x-tweet-quote.html');
    const article = xAdapter.findPosts(doc)[0]!;
    const [own, quoted] = Array.from(article.querySelectorAll('[data-testid="tweetText"]'));
    quoted!.textContent = 'I hate this company, worst service ever, furious!';
    own!.remove();
    expect(xAdapter.extract(article)?.text).toBe('');
    expect(xAdapter.badgeAnchor(article)).toBeNull();
  });

  test('an article still rendering (no status link yet) is not a post yet', () => {
    const doc = new DOMParser().parseFromString(
      '<article data-testid="tweet"><div data-testid="tweetText">Loading</div></article>',
      'text/html',
    );
    expect(xAdapter.extract(xAdapter.findPosts(doc)[0]!)).toBeNull();
  });
});
