import { fixture, pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, readStore, setLocalStorage, test } from './harness';
import { pickLabel } from './pick-label';

const HOSTILE = 'Brewly <img src=x onerror="window.__pwned=1"> refused my refund. Worst service ever, I am furious. #BoycottBrewly';
// Posted a few minutes ago: a post older than the retention period (30 days) is not stored as a mention.
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const FEED = pageOf([
  tweetHtml({ id: '1000000000000000001', handle: 'angry_customer', text: HOSTILE, time: minutesAgo(3) }),
  tweetHtml({ id: '1000000000000000002', handle: 'happy_fan', text: 'Lovely sunny morning, great coffee with friends', time: minutesAgo(2) }),
]);

test('a brand post gets a badge that explains itself, and a correction is saved', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] } });
  session.serve('https://x.com/home', FEED);
  const page = await session.open('https://x.com/home');

  const angry = page.locator('article[data-testid="tweet"]').filter({ hasText: 'refused my refund' });
  await expect(angry).toHaveAttribute('data-firebreak-sentiment', 'negative');
  // The page reacts to clicks and keys in a tweet (X opens it; j and k move): never to the badge's.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __pageSaw: string[] }).__pageSaw = seen;
    for (const type of ['click', 'pointerdown', 'keydown']) document.addEventListener(type, () => seen.push(type));
  });
  const pageSaw = () => page.evaluate(() => (window as unknown as { __pageSaw: string[] }).__pageSaw);
  const badge = angry.locator('firebreak-badge').getByRole('button', { name: /Firebreak: negative sentiment, mentions your brand/ });
  await badge.click();
  const dialog = angry.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Mentions your brand: Brewly');
  await expect(dialog).toContainText('Call to boycott');
  await expect(dialog).toContainText('What to do');
  // The words that drove the label are highlighted (as a crisis signal where they are one).
  await expect(dialog.locator('mark.negative, mark.signal').filter({ hasText: /Worst/ })).toBeVisible();
  await expect(dialog.locator('mark.negative, mark.signal').filter({ hasText: 'furious' })).toBeVisible();
  // The markup in the post is shown as text and never ran.
  await expect(dialog.locator('blockquote')).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Keyboard: Escape closes and returns focus to the badge.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();

  // Correct the label: saved in IndexedDB, and the post's attribute follows.
  await badge.press('Enter');
  await pickLabel(dialog.getByLabel('Correct this label'), 'neutral');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await expect(angry).toHaveAttribute('data-firebreak-sentiment', 'neutral');
  await expect
    .poll(async () => (await readStore<{ postId: string; label: string }>(worker, 'firebreak', 'corrections')).map((c) => `${c.postId}:${c.label}`))
    .toEqual(['1000000000000000001:neutral']);
  expect(await pageSaw()).toEqual([]);
  await angry.locator('[data-testid="tweetText"]').click();
  expect(await pageSaw()).toContain('click');

  // Seen again after a reload, the corrected post keeps the user's label.
  await page.reload();
  await expect(angry).toHaveAttribute('data-firebreak-sentiment', 'neutral');
  // Only the brand post is a mention, stored with the counts its action bar shows.
  const mentions = await readStore<{ postId: string; brandTerms: string[]; engagement?: object }>(worker, 'firebreak', 'mentions');
  expect(mentions.map((m) => [m.postId, m.brandTerms])).toEqual([['1000000000000000001', ['Brewly']]]);
  expect(mentions[0]?.engagement).toMatchObject({ replies: 48, reposts: 152, likes: 553 });
  expect(session.extensionRequests()).toEqual([]);
});

test('with "brand mentions only", other posts are analysed but carry no badge', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, {
    brand: { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] },
    display: { badges: 'brand', compact: true, platforms: {} },
  });
  session.serve('https://x.com/home', FEED);
  const page = await session.open('https://x.com/home');
  await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(2);
  await expect(page.locator('firebreak-badge')).toHaveCount(1);
  // Compact: a dot, no text, still named for screen readers.
  const badge = page.locator('firebreak-badge').getByRole('button');
  await expect(badge).toHaveText('');
  await expect(badge).toHaveAccessibleName(/negative sentiment/);
});

test('a platform switched off is left alone', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { display: { badges: 'all', compact: false, platforms: { x: false } } });
  session.serve('https://x.com/home', FEED);
  const page = await session.open('https://x.com/home');
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(0);
});

test('a platform\'s notice where a comment was ("[removed]") gets no badge and is never stored as a post', async ({ session }) => {
  const worker = await session.serviceWorker();
  await setLocalStorage(worker, { brand: { names: ['Acme'], handles: [], hashtags: [], products: [], exclusions: [] } });
  // The fixture's thread holds a "[removed]" comment. Two more comments, written a minute ago (a brand
  // mention is stored only within the retention period): a notice in the redesign's words, and a real
  // comment that quotes "[removed]" in a sentence.
  const created = new Date(Date.now() - 60_000).toISOString();
  const comment = (id: string, body: string) =>
    `<shreddit-comment thingid="${id}" depth="0" author="kettle_enjoyer" postid="t3_1d4xq9z" permalink="/r/CustomerService/comments/1d4xq9z/comment/${id.slice(3)}/" score="2" created="${created}"><div slot="comment" id="${id}-comment-rtjson-content" class="md text-14"><p>${body}</p></div></shreddit-comment>`;
  const thread = fixture('reddit/shreddit-thread.html').replace(
    '</shreddit-comment-tree>',
    `${comment('t1_l6d1del', 'Comment deleted by user')}${comment('t1_l6d2quo', 'Acme mods left my refund question as &quot;[removed]&quot; again. Furious.')}</shreddit-comment-tree>`,
  );
  const url = 'https://www.reddit.com/r/CustomerService/comments/1d4xq9z/acme_cancelled_my_order_twice_and_support_keeps/';
  session.serve(url, pageOf([`<script>${fixture('reddit/shreddit-components.js')}</script>`, thread]));
  const page = await session.open(url);

  const quoting = page.locator('shreddit-comment[thingid="t1_l6d2quo"]');
  await expect(quoting).toHaveAttribute('data-firebreak-sentiment', /^(negative|neutral|positive|mixed)$/);
  await expect(quoting.locator('firebreak-badge')).toHaveCount(1);
  const stored = ['t1_l6bq2rs', 't1_l6br7zt', 't1_l6bs9k0', 't1_l6d2quo', 't3_1d4xq9z'];
  await expect
    .poll(async () => (await readStore<{ postId: string }>(worker, 'firebreak', 'posts')).map((row) => row.postId).sort())
    .toEqual(stored);
  await expect(page.locator('[data-firebreak-sentiment]')).toHaveCount(stored.length);
  for (const id of ['t1_l6c0a1b', 't1_l6d1del']) {
    const notice = page.locator(`shreddit-comment[thingid="${id}"]`);
    await expect(notice).not.toHaveAttribute('data-firebreak-sentiment');
    await expect(notice.locator('firebreak-badge')).toHaveCount(0);
  }
  // The comment that names the brand is a mention; no notice is.
  await expect.poll(async () => (await readStore<{ postId: string }>(worker, 'firebreak', 'mentions')).map((m) => m.postId)).toEqual(['t1_l6d2quo']);
});
