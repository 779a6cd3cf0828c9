// The badge's popover at the end of a page: Tab from its last control moves focus out of the page
// (to the browser's own UI), and that closes it too, without taking the focus back; the next Tab
// walks the page with it closed. A window that loses focus for another reason (another window)
// keeps it open.
import type { Page } from '@playwright/test';
import { fixture, pageOf } from '../fixtures/load';
import { expect, test, type ExtensionSession } from './harness';

const PAGES = [
  { name: 'Reddit thread (shreddit)', file: 'reddit/shreddit-thread.html', url: 'https://www.reddit.com/r/espresso/comments/1abcde/thread/' },
  { name: 'LinkedIn feed', file: 'linkedin/lsb-feed-real-mixed.html', url: 'https://www.linkedin.com/feed/' },
];

async function open(session: ExtensionSession, file: string, url: string): Promise<Page> {
  session.serve(url, pageOf([fixture(file)]));
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(url);
  await expect(page.locator('firebreak-badge').first()).toBeAttached();
  // Posts are read in idle slices: wait until no badge has been added for a moment, so "the last
  // badge" is the page's last and not one that a later slice would follow.
  const badges = page.locator('firebreak-badge');
  await expect
    .poll(async () => {
      const before = await badges.count();
      await page.waitForTimeout(300);
      return before === (await badges.count());
    })
    .toBe(true);
  return page;
}

/** The focused element, looking into shadow roots: "firebreak-badge>select", "body", "a". */
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

for (const { name, file, url } of PAGES) {
  test(`${name}: Tab from the last badge's last control closes its popover, and it stays closed as Tab walks the page`, async ({ session }) => {
    const page = await open(session, file, url);
    // By index: .last() would follow a badge mounted after the click.
    const host = page.locator('firebreak-badge').nth((await page.locator('firebreak-badge').count()) - 1);
    const badge = host.getByRole('button', { name: /^Firebreak:/ });
    await badge.click();
    const dialog = host.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // Its last control: Save, after "Correct this label".
    await dialog.getByRole('button', { name: 'Save' }).focus();
    expect(await focused(page)).toBe('firebreak-badge>button');

    // Nothing focusable after it: focus leaves the page.
    await page.keyboard.press('Tab');
    await expect(dialog).toBeHidden();
    await expect(badge).toHaveAttribute('aria-expanded', 'false');
    // The focus was left where Tab took it, not pulled back onto the badge.
    expect(await focused(page)).not.toContain('firebreak-badge');

    // Tab comes back into the page: still closed at every step.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      await expect(dialog).toBeHidden();
    }
    expect(await focused(page)).not.toBe('body');
  });
}

test('the popover stays open while another window has the focus, with its focus kept', async ({ session }) => {
  const page = await open(session, PAGES[0]!.file, PAGES[0]!.url);
  const host = page.locator('firebreak-badge').nth((await page.locator('firebreak-badge').count()) - 1);
  await host.getByRole('button', { name: /^Firebreak:/ }).click();
  const dialog = host.getByRole('dialog');
  const select = dialog.getByLabel('Correct this label');
  await select.focus();

  // Playwright keeps every page focused by emulation: off, another page in front takes the focus.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  const other = await session.context.newPage();
  await other.bringToFront();
  await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(false);
  await page.waitForTimeout(200);
  await expect(dialog).toBeVisible();

  await page.bringToFront();
  await expect.poll(() => page.evaluate(() => document.hasFocus())).toBe(true);
  await expect(dialog).toBeVisible();
  expect(await focused(page)).toBe('firebreak-badge>select');
  await other.close();
});

// A non-modal disclosure popover, as QA drove it on a Bluesky thread (QA: "the popover stays open
// when focus leaves it", "Escape does not return the focus to the badge"): Escape from anything in
// it closes it and gives the focus back to its badge; Shift+Tab onto its badge keeps it open; Tab
// past its last control into the page ("212 reposts"), Shift+Tab past the badge, or a click
// elsewhere closes it, leaving the focus where it went.
test('Bluesky thread, by keyboard: Escape gives the focus back to the badge, and focus or a click elsewhere closes the popover', async ({ session }) => {
  const page = await open(session, 'bluesky/thread.html', 'https://bsky.app/profile/acme.example/post/3lxyz');
  const host = page.locator('firebreak-badge').first();
  const badge = host.getByRole('button', { name: /^Firebreak:/ });
  const dialog = host.getByRole('dialog');
  const openByKeyboard = async () => {
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
  };

  // Escape from the popover itself, then from each of its controls (Close, the select, Save).
  for (let tabs = 0; tabs <= 3; tabs++) {
    await openByKeyboard();
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(['firebreak-badge>div', 'firebreak-badge>button', 'firebreak-badge>select', 'firebreak-badge>button'][tabs]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(badge).toBeFocused();
    await expect(badge).toHaveAttribute('aria-expanded', 'false');
  }

  // Tab past Save: into the page, closed.
  await openByKeyboard();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('212 reposts');
  await expect(badge).toHaveAttribute('aria-expanded', 'false');

  // Shift+Tab from the popover onto its badge: still open; once more, past it: closed.
  await openByKeyboard();
  await page.keyboard.press('Shift+Tab');
  await expect(badge).toBeFocused();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog).toBeHidden();
  expect(await focused(page)).not.toContain('firebreak-badge');

  // A click on the page's text, outside the popover: closed.
  await openByKeyboard();
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
});
