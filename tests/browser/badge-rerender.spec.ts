// Badges as X goes on rendering its posts: a corrected post drawn again (React replaces its text
// block and drops the badge beside it), a post's text expanded in place ("Show more"), and a long
// feed whose posts in view should not wait behind hundreds already scrolled past.
import type { Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, test } from './harness';
import { pickLabel } from './pick-label';

const ANGRY = 'Worst service ever, I am furious and disgusted with this awful company.';
const tweet = (id: string, text: string) => tweetHtml({ id, handle: `user${id.slice(-3)}`, text, time: '2026-11-23T10:00:00.000Z' });
const article = (page: Page, id: string) => page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${id}"])`);

async function correct(page: Page, id: string, label: string) {
  const post = article(page, id);
  await post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = post.getByRole('dialog');
  await pickLabel(dialog.getByLabel('Correct this label'), label);
  // The popover saves on a Save button where it has one (a choice in the select is only a choice).
  const save = dialog.getByRole('button', { name: 'Save' });
  if ((await save.count()) > 0) await save.click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('a corrected post drawn again by the page keeps the corrected label on its badge', async ({ session }) => {
  const id = '1000000000000000001';
  session.serve('https://x.com/home', pageOf([tweet(id, ANGRY)]));
  const page = await session.open('https://x.com/home');
  const post = article(page, id);
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await correct(page, id, 'positive');
  await expect(post.locator('firebreak-badge')).toHaveAttribute('data-label', 'positive');
  // "Positive", flagged ("!") for the crisis signals the text still carries.
  const face = await post.locator('firebreak-badge').getByRole('button').textContent();
  expect(face).toMatch(/^Positive/);
  // React re-renders the text block: the badge (a node it does not know) goes, the same text comes back.
  await page.evaluate(() => {
    const tweet = document.querySelector('article[data-testid="tweet"]')!;
    tweet.querySelector('firebreak-badge')!.remove();
    const text = tweet.querySelector('[data-testid="tweetText"]')!;
    text.replaceWith(text.cloneNode(true));
  });
  await expect(post.locator('firebreak-badge')).toHaveCount(1);
  await expect(post.locator('firebreak-badge')).toHaveAttribute('data-label', 'positive');
  await expect(post.locator('firebreak-badge').getByRole('button')).toHaveText(face!);
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'positive');
  await expect(post).toHaveAttribute('data-firebreak-corrected', 'true');
});

test('"Show more" on a corrected post: read again, and no longer marked corrected; "Show less" brings the correction back', async ({ session }) => {
  const id = '1000000000000000001';
  const truncated = 'Worst service ever, I am furious…';
  session.serve('https://x.com/home', pageOf([tweet(id, truncated)]));
  const page = await session.open('https://x.com/home');
  const post = article(page, id);
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await correct(page, id, 'positive');
  await expect(post).toHaveAttribute('data-firebreak-corrected', 'true');
  const setText = (text: string) => page.evaluate((value) => (document.querySelector('[data-testid="tweetText"] span')!.textContent = value), text);
  await setText(`${truncated} just kidding, Brewly fixed it in an hour, I am so grateful.`);
  // The expanded text is another text: no correction of it, so the analyser's label and no mark.
  await expect(post).not.toHaveAttribute('data-firebreak-corrected', /.*/);
  await expect(post).not.toHaveAttribute('data-firebreak-sentiment', 'positive');
  const label = await post.getAttribute('data-firebreak-sentiment');
  await expect(post.locator('firebreak-badge')).toHaveAttribute('data-label', label!);
  await setText(truncated);
  await expect(post).toHaveAttribute('data-firebreak-corrected', 'true');
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'positive');
  await expect(post.locator('firebreak-badge')).toHaveAttribute('data-label', 'positive');
});

test('a long feed: the posts in view are badged before the backlog scrolled past', async ({ session }) => {
  const TEXTS = ['Worst service ever, I am furious.', 'Lovely morning, great coffee!', 'Shipping update: parcel arrives Tuesday.', 'Love the product but support is slow.'];
  session.serve('https://x.com/home', `<!doctype html><html><head>${X_BASE_CSS}</head><body><main role="main"></main></body></html>`);
  const page = await session.open('https://x.com/home');
  const html = Array.from({ length: 1500 }, (_, i) => tweet(String(1_000_000_000_000_000_000n + BigInt(i)), `${TEXTS[i % TEXTS.length]} #${i}`)).join('');
  // 1,500 posts at once, and the user at the newest (the bottom).
  await page.evaluate((feed) => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', feed);
    window.scrollTo(0, document.body.scrollHeight);
  }, html);
  // The page is layout-heavy (X's styles on 1,500 posts): the whole feed takes a while; the posts in
  // view, first in line, take seconds. In first-in-first-out order they would come last.
  const inViewMarked = () =>
    page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll('article')).filter((post) => {
        const rect = post.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < innerHeight;
      });
      return shown.length > 0 && shown.every((post) => post.hasAttribute('data-firebreak-sentiment'));
    });
  await expect.poll(inViewMarked, { timeout: 30_000 }).toBe(true);
  expect(await page.locator('[data-firebreak-sentiment]').count()).toBeLessThan(750);
});
