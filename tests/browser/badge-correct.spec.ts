// Correcting a badge's label in the built extension: a keyboard user arrows through "Correct this
// label" without saving anything (Chromium fires change on a closed select at each arrow), and
// saves with the Save button, the focus and the popover staying where they are; the current label
// is never saved as a correction; the same text elsewhere on the page follows at once; the page's
// own script cannot change the label Save saves; and a post with no text is offered no correction,
// since one could not be kept.
import type { Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, readStore, test } from './harness';
import { pickLabel } from './pick-label';

const ANGRY = 'Worst service ever, I am furious and disgusted with this awful company.';
const tweet = (id: string, text: string) => tweetHtml({ id, handle: `user${id.slice(-3)}`, text, time: '2026-11-23T10:00:00.000Z' });
const article = (page: Page, id: string) => page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${id}"])`);

/** The focused element, looking into shadow roots: "firebreak-badge>select", "body". */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    let path = '';
    while (active?.shadowRoot?.activeElement) {
      path += `${active.localName}>`;
      active = active.shadowRoot.activeElement;
    }
    return path + (active?.localName ?? 'none');
  });

for (const pause of [0, 1000]) {
  test(`keyboard, ${pause} ms between Tab and the arrows: arrowing saves nothing, Save saves, focus and popover stay`, async ({ session }) => {
    const worker = await session.serviceWorker();
    session.serve('https://x.com/home', pageOf([tweet('1000000000000000001', ANGRY)]));
    const page = await session.open('https://x.com/home');
    const post = article(page, '1000000000000000001');
    await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');
    const corrections = () => readStore<{ postId: string; label: string; previous: string }>(worker, 'firebreak', 'corrections');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __pageKeys: string[] }).__pageKeys = seen;
      document.addEventListener('keydown', (event) => seen.push(event.key));
    });

    const badge = post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ });
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = post.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const select = dialog.getByLabel('Correct this label');
    for (let i = 0; i < 6 && (await focused(page)) !== 'firebreak-badge>select'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('firebreak-badge>select');

    await page.waitForTimeout(pause);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(600);
    await expect(dialog).toBeVisible();
    expect(await focused(page)).toBe('firebreak-badge>select');
    expect(await corrections()).toEqual([]);
    await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');
    // It started from the post's own label; the arrows only move through the options.
    await expect(select).toHaveValue('neutral');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('positive');
    await page.waitForTimeout(300);
    expect(await corrections()).toEqual([]);

    // Back to the current label: Save does nothing.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(select).toHaveValue('negative');
    await page.keyboard.press('Tab');
    const save = dialog.getByRole('button', { name: 'Save' });
    await expect(save).toBeFocused();
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await corrections()).toEqual([]);
    await expect(dialog.getByRole('status')).toHaveText('');

    // Another label, then Save: one correction, and the focus stays on Save.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await expect(select).toHaveValue('neutral');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText('Saved');
    await expect(post).toHaveAttribute('data-firebreak-sentiment', 'neutral');
    expect(await focused(page)).toBe('firebreak-badge>button');
    await expect(save).toBeFocused();
    await expect(dialog).toBeVisible();
    expect((await corrections()).map((c) => `${c.postId}:${c.previous}→${c.label}`)).toEqual(['1000000000000000001:negative→neutral']);

    // Escape is the popover's: it closes, focus goes back to the badge, the page never saw a key.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(badge).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual([]);
  });
}

test('with the mouse: pick a label (by keyboard, see pick-label.ts), Save; the same text elsewhere on the page follows at once, unmarked', async ({ session }) => {
  session.serve('https://x.com/home', pageOf([tweet('1000000000000000001', ANGRY), tweet('1000000000000000002', ANGRY), tweet('1000000000000000003', 'Worst launch ever, I am furious.')]));
  const page = await session.open('https://x.com/home');
  const [first, copy, other] = ['1000000000000000001', '1000000000000000002', '1000000000000000003'].map((id) => article(page, id)) as [
    ReturnType<typeof article>,
    ReturnType<typeof article>,
    ReturnType<typeof article>,
  ];
  for (const post of [first, copy, other]) await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');

  await first.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = first.getByRole('dialog');
  await pickLabel(dialog.getByLabel('Correct this label'), 'neutral');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await expect(first).toHaveAttribute('data-firebreak-corrected', 'true');

  await expect(copy).toHaveAttribute('data-firebreak-sentiment', 'neutral', { timeout: 1_000 });
  await expect(copy.locator('firebreak-badge')).toHaveAttribute('data-label', 'neutral');
  await expect(copy.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ })).toHaveAccessibleName(/neutral sentiment/);
  await expect(copy.locator('firebreak-badge')).toHaveCount(1);
  await expect(copy).not.toHaveAttribute('data-firebreak-corrected', 'true');
  await expect(other).toHaveAttribute('data-firebreak-sentiment', 'negative');
  // The corrected post's popover stayed open through it.
  await expect(dialog).toBeVisible();
});

test('a post with no text (an image alone) is offered no correction, and the popover says why', async ({ session }) => {
  const worker = await session.serviceWorker();
  const imageOnly = tweet('1000000000000000001', 'placeholder').replace(/<div[^>]*data-testid="tweetText"[\s\S]*?<\/div>/, '');
  session.serve('https://x.com/home', pageOf([imageOnly, tweet('1000000000000000002', 'Great job team, love it!')]));
  const page = await session.open('https://x.com/home');
  await expect(article(page, '1000000000000000002')).toHaveAttribute('data-firebreak-sentiment', 'positive');
  const post = article(page, '1000000000000000001');
  await expect(post.locator('[data-testid="tweetText"]')).toHaveCount(0);
  await post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = post.getByRole('dialog');
  await expect(dialog).toContainText('This post has no text to read; nothing to correct.');
  await expect(dialog.getByLabel('Correct this label')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Save' })).toHaveCount(0);
  expect(await readStore(worker, 'firebreak', 'corrections')).toEqual([]);
});

test("the page's script setting the correction's value before the user's Save: the user's pick is saved, not the page's", async ({ session }) => {
  const worker = await session.serviceWorker();
  session.serve('https://x.com/home', pageOf([tweet('1000000000000000001', ANGRY)]));
  const page = await session.open('https://x.com/home');
  const post = article(page, '1000000000000000001');
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'negative');
  await post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = post.getByRole('dialog');
  const select = dialog.getByLabel('Correct this label');
  await pickLabel(select, 'neutral');
  // The page reaches into the (open) shadow root: a value, and a change event, of its own.
  await page.evaluate(() => {
    const control = document.querySelector('firebreak-badge')!.shadowRoot!.querySelector('select')!;
    control.value = 'positive';
    control.dispatchEvent(new Event('change', { bubbles: true }));
    control.value = 'positive';
  });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'neutral');
  await expect(select).toHaveValue('neutral');
  await expect
    .poll(async () => (await readStore<{ postId: string; label: string }>(worker, 'firebreak', 'corrections')).map((c) => `${c.postId}:${c.label}`))
    .toEqual(['1000000000000000001:neutral']);
});
