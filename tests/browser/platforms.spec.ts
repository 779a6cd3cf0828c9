// Every adapter on its fixtures, in the real extension: each fixture is served at its platform's
// real address and every post and comment must carry a sentiment and a badge the user can see, with
// the page's text never run as markup.
import { fixture, pageOf } from '../fixtures/load';
import { expect, test } from './harness';

interface Case {
  file: string;
  url: string;
  /** Posts and comments the adapter reads in the fixture (its unit test pins each of them). */
  posts: number;
  /** Scripts of the platform's own run before it (the web components it defines), by path under tests/fixtures. */
  scripts?: string[];
  /** Post elements that show only the platform's notice that the post is gone ("[removed]"): never marked nor badged. */
  unbadged?: string[];
}

const CASES: Case[] = [
  { file: 'x/tweetyoink-x-tweet-sample.html', url: 'https://x.com/home', posts: 1 },
  { file: 'x/tweetyoink-x-tweet-quote.html', url: 'https://x.com/TestQuoter/status/1983130065320780162', posts: 1 },
  // shreddit-post and shreddit-comment as the web components they are: only slotted children are drawn.
  // Its "[removed]" comment is no comment (see `unbadged`).
  {
    file: 'reddit/shreddit-thread.html',
    url: 'https://www.reddit.com/r/espresso/comments/1abcde/thread/',
    posts: 4,
    scripts: ['reddit/shreddit-components.js'],
    unbadged: ['shreddit-comment[thingid="t1_l6c0a1b"]'],
  },
  { file: 'reddit/old-thread.html', url: 'https://old.reddit.com/r/espresso/comments/1abcde/thread/', posts: 4 },
  { file: 'youtube/comments-view-model.html', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', posts: 4 },
  { file: 'youtube/comments-renderer-legacy.html', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', posts: 2 },
  { file: 'linkedin/classic-feed.html', url: 'https://www.linkedin.com/feed/', posts: 4 },
  { file: 'linkedin/modern-feed.html', url: 'https://www.linkedin.com/feed/', posts: 2 },
  { file: 'linkedin/lsb-feed-real-mixed.html', url: 'https://www.linkedin.com/feed/', posts: 4 },
  { file: 'facebook/feed.html', url: 'https://www.facebook.com/', posts: 6 },
  { file: 'facebook/permalink-comments.html', url: 'https://www.facebook.com/acmecoffee/posts/1234567890', posts: 5 },
  { file: 'instagram/feed.html', url: 'https://www.instagram.com/', posts: 2 },
  { file: 'instagram/post-page.html', url: 'https://www.instagram.com/p/C9xYz12AbCd/', posts: 4 },
  { file: 'threads/feed.html', url: 'https://www.threads.com/', posts: 2 },
  { file: 'threads/post-page.html', url: 'https://www.threads.com/@acmecoffee/post/DPz3Qw7Er8T', posts: 4 },
  { file: 'tiktok/video-page.html', url: 'https://www.tiktok.com/@acmecoffee/video/7559561630207130701', posts: 5 },
  { file: 'bluesky/home-feed.html', url: 'https://bsky.app/', posts: 2 },
  { file: 'bluesky/thread.html', url: 'https://bsky.app/profile/acme.example/post/3lxyz', posts: 3 },
  { file: 'mastodon/home-timeline.html', url: 'https://mastodon.social/home', posts: 3 },
  { file: 'mastodon/thread.html', url: 'https://mastodon.social/@acme/113000000000000000', posts: 2 },
];

for (const { file, url, posts, scripts = [], unbadged = [] } of CASES) {
  test(`${file} at ${new URL(url).hostname}: ${posts} posts and comments badged`, async ({ session }) => {
    const dialogs: string[] = [];
    session.serve(url, pageOf([...scripts.map((name) => `<script>${fixture(name)}</script>`), fixture(file)]));
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The content script's console (its isolated world's included): the page reading posts itself
    // means the service worker did not judge them, which is where the analysis runs.
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await page.goto(url);
    await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(posts);
    await expect(page.locator('firebreak-badge')).toHaveCount(posts);
    for (const label of await page.locator('[data-firebreak-sentiment]').evaluateAll((els) => els.map((el) => el.getAttribute('data-firebreak-sentiment')))) {
      expect(['negative', 'neutral', 'positive', 'mixed']).toContain(label);
    }
    // Each badge is drawn: a badge the page's layout hides (an unslotted child of a web component) is no badge.
    const boxes = await page.locator('firebreak-badge').evaluateAll((hosts) =>
      hosts.map((host) => {
        const button = host.shadowRoot?.querySelector('button');
        const rect = button?.getBoundingClientRect();
        return { width: rect?.width ?? 0, height: rect?.height ?? 0, visible: button?.checkVisibility() ?? false };
      }),
    );
    for (const box of boxes) {
      expect(box.visible).toBe(true);
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
    }
    // Fixtures hold markup-looking text (`<img src=x onerror=alert(1)>`): it must never run.
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    // By now every post was read: the notices are still unmarked, and nothing was marked late.
    for (const selector of unbadged) {
      await expect(page.locator(selector)).toHaveCount(1);
      await expect(page.locator(selector)).not.toHaveAttribute('data-firebreak-sentiment');
      await expect(page.locator(selector).locator('firebreak-badge')).toHaveCount(0);
    }
    await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(posts);
    expect(session.extensionRequests()).toEqual([]);
    expect(logged.filter((text) => text.includes('reading them on the page'))).toEqual([]);
  });
}
