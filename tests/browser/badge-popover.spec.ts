// A badge's popover in the built extension, as the user sees it: it opens where it fits (above a
// badge near the bottom of the window), never taller than the window, follows its badge when the
// page scrolls or new posts push it down, closes when Tab moves on into the page, shows a corrected
// label at once, sits beside its badge, above the next post, in a post cell moved with
// `transform` (X's timeline), and stays open, its focus kept, when the post is judged again (the brand
// changed while it was open).
import type { Locator, Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml } from '../fixtures/x/build';
import { expect, setLocalStorage, test, type ExtensionSession } from './harness';
import { pickLabel } from './pick-label';

const BRAND = { names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] };
const ANGRY = 'Brewly refused my refund. Worst service ever, I am furious. #BoycottBrewly';
const feed = (posts: number) =>
  pageOf(
    Array.from({ length: posts }, (_, i) =>
      tweetHtml({ id: `10000000000000000${String(i + 10)}`, handle: `customer${i}`, text: `${ANGRY} (${i + 1})`, time: '2026-11-23T10:00:00.000Z' }),
    ),
  );
const URL = 'https://x.com/home';

async function openFeed(session: ExtensionSession, height: number, posts = 14): Promise<Page> {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(URL, feed(posts));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height });
  await page.goto(URL);
  await expect(page.locator('firebreak-badge')).toHaveCount(posts);
  return page;
}

/** Scrolls the page so that `badge` sits `fromBottom` px above the window's bottom edge. */
async function scrollBadgeTo(page: Page, badge: Locator, fromBottom: number) {
  await badge.evaluate((host, gap) => {
    const rect = host.getBoundingClientRect();
    window.scrollBy(0, rect.bottom - (window.innerHeight - gap));
  }, fromBottom);
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('near the bottom of the window the popover opens above its badge, inside the window, and follows it on scroll', async ({ session }) => {
  const page = await openFeed(session, 700);
  const host = page.locator('firebreak-badge').nth(8);
  await scrollBadgeTo(page, host, 40);
  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  await badge.click();
  const dialog = host.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();

  const badgeBox = await box(badge);
  const dialogBox = await box(dialog);
  expect(dialogBox.y + dialogBox.height).toBeLessThanOrEqual(badgeBox.y);
  expect(dialogBox.y).toBeGreaterThanOrEqual(0);
  // Every part of it can be reached: the correction at its end is inside the window.
  const correct = dialog.getByLabel('Correct this label');
  const correctBox = await box(correct);
  expect(correctBox.y + correctBox.height).toBeLessThanOrEqual(700);

  // A wheel scroll over the page: still open, at the same place beside its badge.
  await page.mouse.move(700, 100);
  await page.mouse.wheel(0, 150);
  await expect.poll(async () => (await box(badge)).y).toBeLessThan(badgeBox.y - 100);
  await expect(dialog).toBeVisible();
  await expect.poll(async () => Math.round((await box(badge)).y - (await box(dialog)).y)).toBe(Math.round(badgeBox.y - dialogBox.y));
});

test('the popover follows its badge when new posts above push the post down, without any scroll (QA: it stayed over the next post)', async ({ session }) => {
  const page = await openFeed(session, 900, 4);
  const host = page.locator('firebreak-badge').first();
  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  await badge.click();
  const dialog = host.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();
  const before = { badge: await box(badge), dialog: await box(dialog), scroll: await page.evaluate(() => window.scrollY) };

  // A feed puts a new post on top: the page does not scroll, the post moves down (no scroll anchoring,
  // which would scroll the page to hold the post still, as in the demo feed).
  await page.evaluate(() => {
    document.documentElement.style.overflowAnchor = 'none';
    const block = document.createElement('div');
    block.style.height = '150px';
    document.body.prepend(block);
  });
  await expect.poll(async () => (await box(badge)).y).toBeGreaterThan(before.badge.y + 100);
  expect(await page.evaluate(() => window.scrollY)).toBe(before.scroll);
  await expect(dialog).toBeVisible();
  await expect.poll(async () => Math.round((await box(dialog)).y - (await box(badge)).y)).toBe(Math.round(before.dialog.y - before.badge.y));
});

test('in a window lower than the popover, it is no taller than the window and scrolls inside', async ({ session }) => {
  const page = await openFeed(session, 260);
  const host = page.locator('firebreak-badge').nth(3);
  await scrollBadgeTo(page, host, 120);
  await host.getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = host.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const dialogBox = await box(dialog);
  expect(dialogBox.y).toBeGreaterThanOrEqual(0);
  expect(dialogBox.y + dialogBox.height).toBeLessThanOrEqual(260);
  // What does not fit is reached by scrolling inside the popover.
  const correct = dialog.getByLabel('Correct this label');
  await correct.scrollIntoViewIfNeeded();
  await expect(correct).toBeInViewport();
  expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
});

test('Tab from the last control into the page closes the popover and leaves focus in the page', async ({ session }) => {
  // One post in a tall window: nothing scrolls, so only the focus leaving can close it.
  const page = await openFeed(session, 2400, 1);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  const host = page.locator('firebreak-badge').first();
  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  await badge.focus();
  await page.keyboard.press('Enter');
  const dialog = host.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Through its controls: still open. Save, after "Correct this label", is the last.
  await dialog.getByLabel('Correct this label').focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeFocused();
  await expect(dialog).toBeVisible();
  // On into the page.
  await page.keyboard.press('Tab');
  await expect(dialog).toBeHidden();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await expect(badge).not.toBeFocused();
  const focusedInPage = await page.evaluate(() => document.activeElement !== null && document.activeElement.localName !== 'firebreak-badge' && document.activeElement !== document.body);
  expect(focusedInPage).toBe(true);
});

test('a corrected label shows on the badge at once: its face, its name and its popover', async ({ session }) => {
  const page = await openFeed(session, 900);
  const post = page.locator('article[data-testid="tweet"]').first();
  const badge = post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ });
  await expect(badge).toHaveAccessibleName(/negative sentiment/);
  await badge.click();
  const dialog = post.getByRole('dialog');
  await pickLabel(dialog.getByLabel('Correct this label'), 'positive');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved');
  await expect(post).toHaveAttribute('data-firebreak-sentiment', 'positive');

  await expect(badge).toHaveText(/^Positive/);
  await expect(badge).toHaveAccessibleName('Firebreak: positive sentiment, mentions your brand, with crisis signals. Show why');
  await expect(dialog.locator('header')).toContainText('Positive');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await badge.click();
  await expect(dialog.locator('header')).toContainText('Positive');
  await expect(dialog.locator('header')).not.toContainText('Negative');
  // The other posts keep their own label.
  await expect(page.locator('firebreak-badge').nth(1).getByRole('button', { name: /^Firebreak:/ })).toHaveAccessibleName(/negative sentiment/);
  expect(session.extensionRequests()).toEqual([]);
});

test('in a post cell moved with transform (X\'s timeline), the popover opens beside its badge, inside the window, above the next post', async ({ session }) => {
  // X positions each timeline cell with `transform: translateY(…)`: a containing block for fixed
  // elements and a stacking context of its own. Cells are short, so an open popover overlaps the
  // posts after its own.
  const CELL = 140;
  const cells = Array.from(
    { length: 6 },
    (_, i) =>
      `<div data-testid="cellInnerDiv" style="position:absolute;left:0;width:100%;background:#fff;transform:translateY(${300 + i * CELL}px)">` +
      tweetHtml({ id: `10000000000000000${String(i + 50)}`, handle: `cell${i}`, text: `${ANGRY} (${i + 1})`, time: '2026-11-23T10:00:00.000Z' }) +
      '</div>',
  );
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(
    URL,
    pageOf([
      `<style>body{margin:0} img,svg{width:16px;height:16px} article{display:block;max-height:${CELL - 10}px;overflow:hidden}</style>`,
      `<div aria-label="Timeline" style="position:relative;height:${300 + cells.length * CELL}px">${cells.join('')}</div>`,
    ]),
  );
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(URL);
  await expect(page.locator('firebreak-badge')).toHaveCount(cells.length);

  const host = page.locator('firebreak-badge').first();
  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  await badge.focus();
  await page.keyboard.press('Enter');
  const dialog = host.getByRole('dialog', { name: 'Why Firebreak labelled this post' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();

  const badgeBox = await box(badge);
  const dialogBox = await box(dialog);
  // Beside its badge: just below it (or just above), not shifted by the cell's offset.
  const below = dialogBox.y >= badgeBox.y + badgeBox.height && dialogBox.y - (badgeBox.y + badgeBox.height) <= 40;
  const above = dialogBox.y + dialogBox.height <= badgeBox.y && badgeBox.y - (dialogBox.y + dialogBox.height) <= 40;
  expect(below || above, `popover ${JSON.stringify(dialogBox)} beside badge ${JSON.stringify(badgeBox)}`).toBe(true);
  expect(Math.abs(dialogBox.x - badgeBox.x)).toBeLessThanOrEqual(40);
  // Inside the window.
  expect(dialogBox.x).toBeGreaterThanOrEqual(0);
  expect(dialogBox.y).toBeGreaterThanOrEqual(0);
  expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(1000);
  expect(dialogBox.y + dialogBox.height).toBeLessThanOrEqual(800);

  // Its centre lies over a later post's cell, and yet it is the popover that is there.
  const centre = { x: dialogBox.x + dialogBox.width / 2, y: dialogBox.y + dialogBox.height / 2 };
  const hit = await host.evaluate((element, point) => {
    const cells = Array.from(document.querySelectorAll('[data-testid="cellInnerDiv"]'));
    const under = cells.findIndex((cell) => {
      const rect = cell.getBoundingClientRect();
      return point.y >= rect.top && point.y < rect.bottom;
    });
    const inShadow = element.shadowRoot!.elementFromPoint(point.x, point.y);
    const popover = element.shadowRoot!.querySelector('[role="dialog"]')!;
    return { under, inPopover: inShadow !== null && popover.contains(inShadow), inDocument: document.elementFromPoint(point.x, point.y) === element };
  }, centre);
  expect(hit.under).toBeGreaterThan(0);
  expect(hit).toMatchObject({ inPopover: true, inDocument: true });

  // Still a keyboard dialog: Escape closes it and gives the focus back to its badge.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
});

test('a brand name longer than the popover is wide wraps inside it, and a flagged badge says what "!" means', async ({ session }) => {
  const long = 'SuperCalifragilisticExpialidociousKettleCompanyOfTheWholeWideWorld';
  await setLocalStorage(await session.serviceWorker(), { brand: { ...BRAND, names: [long] } });
  session.serve(URL, pageOf([tweetHtml({ id: '1000000000000000099', handle: 'customer', text: `${long} refused my refund. Worst service ever, I am furious. #Boycott${long}`, time: '2026-11-23T10:00:00.000Z' })]));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(URL);
  const badge = page.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ });
  await expect(badge).toHaveText(/!$/);
  await expect(badge).toHaveAccessibleName(/with crisis signals/);
  await expect(badge).toHaveAttribute('title', /with crisis signals \(!\)/);
  await badge.click();
  const line = page.locator('firebreak-badge').getByRole('dialog').locator('.brand-line');
  await expect(line).toContainText(long.slice(0, 20));
  const fits = await line.evaluate((element) => element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().right <= element.closest('.popover')!.getBoundingClientRect().right);
  expect(fits).toBe(true);
});

test('the brand changed while a popover is open: the post is judged again, and the popover stays open with its focus, saying the new verdict', async ({ session }) => {
  const page = await openFeed(session, 900, 3);
  const post = page.locator('article[data-testid="tweet"]').first();
  await post.locator('firebreak-badge').getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = post.getByRole('dialog');
  await expect(dialog).toContainText('Mentions your brand: Brewly');
  const select = dialog.getByLabel('Correct this label');
  await select.focus();

  await setLocalStorage(await session.serviceWorker(), { brand: { ...BRAND, names: ['Kettlo'] } });
  await expect(dialog).not.toContainText('Mentions your brand', { timeout: 10_000 });
  await expect(dialog).toBeVisible();
  await expect(select).toBeFocused();
  await expect(post.locator('firebreak-badge')).toHaveCount(1);
});
