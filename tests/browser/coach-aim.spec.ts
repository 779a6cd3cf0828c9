// The reply coach in the built extension: an insulting reply is flagged (never "Looks good"), and
// suggested replies greet the person the box answers, never the brand, and no one when unsure.
import type { Page } from '@playwright/test';
import { fixture, pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, setLocalStorage, test, type ExtensionSession } from './harness';

const BRAND = { names: ['Acme'], handles: ['@acmecoffee'], hashtags: [], products: [], exclusions: [] };

const X_REPLY_BOX = `<div data-testid="inline_reply_offscreen"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" class="public-DraftEditor-content"></div></div></div></div>`;

const xPage = (handle: string, text: string) =>
  `${X_BASE_CSS}${pageOf([tweetHtml({ id: '1000000000000000004', handle, text, time: '2026-11-23T10:00:00.000Z' }), X_REPLY_BOX])}`;

async function open(session: ExtensionSession, url: string, html: string): Promise<Page> {
  await setLocalStorage(await session.serviceWorker(), { brand: BRAND });
  session.serve(url, html);
  const page = await session.open(url);
  await expect(page.locator('firebreak-coach').first()).toBeAttached();
  return page;
}

/** The texts of the suggested replies in the coach of the `index`th box, once the brand is known. */
async function suggestions(page: Page, index = 0): Promise<string[]> {
  const coach = page.locator('firebreak-coach').nth(index);
  // A focused reply to an upset post opens by itself (within a frame); any other is opened by hand.
  const opened = await coach
    .locator('button.toggle[aria-expanded="true"]')
    .waitFor({ timeout: 1_000 })
    .then(() => true, () => false);
  if (!opened) await coach.locator('button.toggle').click();
  // The plan's messages are offered once the coach has the brand's context.
  await expect(coach.locator('li.suggestion[data-suggestion^="pre-approved"]').first()).toBeAttached();
  const items = coach.locator('li.suggestion[data-suggestion^="empathetic"] .suggestion-text');
  await expect(items.first()).toBeVisible();
  return items.allTextContents();
}

test('an insulting reply is flagged as hostile and critical, not "Looks good"', async ({ session }) => {
  const url = 'https://x.com/curious/status/1000000000000000004';
  const page = await open(session, url, xPage('curious', 'Does the Acme Pro come with a warranty? Asking before I buy.'));
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type("You're an idiot if you think we'll give you a warranty. Learn to read. Get lost.");
  const coach = page.locator('firebreak-coach');
  await expect(coach).toHaveAttribute('data-firebreak-findings', 'hostile');
  await expect(coach.locator('.count')).not.toContainText('Looks good');
  const finding = coach.locator('li.finding[data-code="hostile"]');
  await expect(finding).toContainText('Critical');
  await expect(finding).toContainText('Hostile');
  await expect(finding.locator('mark')).toHaveText(['idiot', 'Learn to read', 'Get lost']);

  // Put right, the reply is clean again.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type("Great question: yes, it comes with a two-year warranty.");
  await expect(coach).toHaveAttribute('data-firebreak-findings', '');
});

test("X: a reply under the brand's own post greets no one, not the brand", async ({ session }) => {
  const url = 'https://x.com/acmecoffee/status/1000000000000000004';
  const page = await open(session, url, xPage('acmecoffee', 'We are sorry about the outage yesterday, refunds are on the way.'));
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  const texts = await suggestions(page);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toMatch(/acme/i);
});

test('Facebook: the box labelled "Reply to Ana Lima" greets Ana; the one under the brand\'s post greets no one', async ({ session }) => {
  const page = await open(session, 'https://www.facebook.com/acmecoffee/posts/1234567890', pageOf([fixture('facebook/permalink-comments.html')]));
  await expect(page.locator('firebreak-coach')).toHaveCount(2);
  for (const text of await suggestions(page, 0)) expect(text).not.toMatch(/acme/i);
  const toAna = await suggestions(page, 1);
  expect(toAna.length).toBeGreaterThan(0);
  for (const text of toAna) expect(text).toMatch(/^(Hi|Hello) Ana, /);
});

test("Bluesky: the thread's composer under several replies greets none of them", async ({ session }) => {
  const page = await open(session, 'https://bsky.app/profile/maya.bsky.social/post/3ktp2xyykq223', pageOf([fixture('bluesky/thread.html')]));
  await page.locator('[data-testid="composerTextInput"] .ProseMirror').click();
  const texts = await suggestions(page);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toMatch(/@|kettlewatch/);
});
