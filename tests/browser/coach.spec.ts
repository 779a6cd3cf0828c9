// The reply coach in the real built extension, on each platform's reply box served at its real
// address: a hostile draft typed with real key events gets findings, and a suggestion inserted
// with one click is taken by the page as typed text (its own counter moves, its Send button
// enables) while the coach never sends anything.
import type { Page } from '@playwright/test';
import { fixture, pageOf } from '../fixtures/load';
import { seriousViolations } from './axe';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, test } from './harness';

const HOSTILE = "Actually you're wrong, that's not true. Calm down!!";

/** X's inline reply composer under a focused tweet: Draft.js's wrappers around the textbox. */
const X_REPLY_BOX = `<div data-testid="inline_reply_offscreen"><div class="DraftEditor-root">
  <div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">Post your reply</div></div>
  <div class="DraftEditor-editorContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" spellcheck="true" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"></div></div>
</div></div>`;

const X_PAGE = `${X_BASE_CSS}${pageOf([
  tweetHtml({
    id: '1000000000000000001',
    handle: 'angry_customer',
    text: 'Brewly refused my refund. Worst service ever, I am furious.',
    time: '2026-11-23T10:00:00.000Z',
  }),
  X_REPLY_BOX,
])}`;

/**
 * Stands in for the site's editor: on the box's input events it updates a character counter and
 * enables its Send button, as the platforms do. It counts Send clicks and form submits, which the
 * coach must never cause.
 */
function withSiteEditor(html: string, box: string): string {
  const script = `<div id="site-toolbar"><span id="site-counter">0</span> <button id="site-send" type="button" disabled>Send</button></div>
<script>
  window.__site = { sendClicks: 0, submits: 0, inputTypes: [] };
  const counter = document.getElementById('site-counter');
  const send = document.getElementById('site-send');
  send.addEventListener('click', () => { window.__site.sendClicks++; });
  document.addEventListener('submit', (event) => { event.preventDefault(); window.__site.submits++; }, true);
  document.addEventListener('input', (event) => {
    const el = event.target instanceof Element ? event.target.closest(${JSON.stringify(box)}) : null;
    if (!el) return;
    window.__site.inputTypes.push(event.inputType);
    const text = ('value' in el ? el.value : el.innerText).trim();
    counter.textContent = String(text.length);
    send.disabled = text.length === 0;
  }, true);
</script>`;
  return html.replace('</body>', `${script}</body>`);
}

interface Case {
  name: string;
  url: string;
  html: () => string;
  /** The reply box as the site renders it (the one in view, where a page holds several). */
  box: string;
  /** What the site puts in the box before the user types (Mastodon: the person replied to). */
  prefill?: string;
}

const CASES: Case[] = [
  { name: 'X', url: 'https://x.com/angry_customer/status/1000000000000000001', html: () => X_PAGE, box: '[data-testid="tweetTextarea_0"]' },
  {
    name: 'Reddit',
    url: 'https://www.reddit.com/r/CustomerService/comments/1d4xq9z/acme_cancelled_my_order_twice_and_support_keeps/',
    html: () => pageOf([fixture('reddit/shreddit-thread.html')]),
    box: 'shreddit-composer [slot="rte"][contenteditable="true"]',
  },
  {
    name: 'old Reddit',
    url: 'https://old.reddit.com/r/CustomerService/comments/1d4xq9z/acme_cancelled_my_order_twice_and_support_keeps/',
    html: () => pageOf([fixture('reddit/old-thread.html')]),
    box: '.commentarea > form textarea[name="text"]',
  },
  {
    name: 'YouTube',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    html: () => pageOf([fixture('youtube/comments-view-model.html')]),
    box: '#contenteditable-root',
  },
  {
    name: 'Mastodon',
    url: 'https://mastodon.social/@mayachen/112529512857600417',
    html: () => pageOf([fixture('mastodon/thread.html')]),
    box: 'textarea.autosuggest-textarea__textarea',
    prefill: '@mayachen ',
  },
  {
    name: 'Bluesky',
    url: 'https://bsky.app/profile/maya.bsky.social/post/3ktp2xyykq223',
    html: () => pageOf([fixture('bluesky/thread.html')]),
    box: '[data-testid="composerTextInput"] .ProseMirror',
  },
];

interface SiteLog {
  sendClicks: number;
  submits: number;
  inputTypes: string[];
}

const siteLog = (page: Page) => page.evaluate(() => (window as unknown as { __site: SiteLog }).__site);

/** What the box holds, as the site reads it. */
const boxText = (page: Page, box: string) =>
  page.locator(box).evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText).replace(/\n+$/, ''));

/**
 * What an inserted suggestion leaves in the box: the site's prefilled mention stays, and the suggestion's
 * greeting does not name that person a second time ("@mayachen Hi, …", not "@mayachen Hi @mayachen, …").
 */
const inserted = (text: string, prefill = '') =>
  prefill + prefill.trim().split(/\s+/).filter(Boolean).reduce((rest, handle) => rest.split(` ${handle}`).join(''), text).trimStart();

for (const { name, url, html, box, prefill } of CASES) {
  test(`${name}: a hostile draft gets findings, and an inserted suggestion is the box's own typed text`, async ({ session }) => {
    session.serve(url, withSiteEditor(html(), box));
    const page = await session.open(url);
    const input = page.locator(box);
    await expect(input).toHaveCount(1);

    // The coach's host follows the box's editor; the page's posts are badged as usual.
    await expect(page.locator('[data-firebreak-sentiment]').first()).toBeAttached();
    // Old Reddit also holds hidden edit forms: their coaches are hidden with them.
    const coach = page.locator('firebreak-coach:visible');
    await expect(coach).toHaveCount(1);
    await expect(coach).toHaveAttribute('data-firebreak-findings', '');
    await expect(coach.getByRole('region', { name: 'Firebreak reply coach' })).toBeVisible();

    // Real key events, at the end of whatever the box already holds (Mastodon prefills "@name ").
    await input.click();
    await page.keyboard.press('End');
    await input.pressSequentially(HOSTILE, { delay: 5 });
    // The whole draft analysed (findings follow long typing every 600 ms): its last words, "Calm
    // down!!", are dismissive.
    await expect(coach).toHaveAttribute('data-firebreak-findings', /^(?=.*(^| )arguing( |$)).*(^| )dismissive( |$)/);
    await expect(page.locator('#site-counter')).not.toHaveText('0');

    const arguing = coach.locator('li.finding[data-code="arguing"]');
    await expect(arguing).toContainText('Warning');
    await expect(arguing.locator('mark').first()).toHaveText('Actually');

    // One click on a suggestion's Insert button.
    const suggestion = coach.locator('li.suggestion:not(.unusable)').first();
    const text = (await suggestion.locator('.suggestion-text').textContent())!;
    expect(text.length).toBeGreaterThan(20);
    const before = (await siteLog(page)).inputTypes.length;
    await suggestion.getByRole('button', { name: /^Insert “/ }).click();

    const expected = inserted(text, prefill);
    await expect.poll(() => boxText(page, box)).toBe(expected);
    if (prefill) expect(expected.split(prefill.trim())).toHaveLength(2);
    await expect(page.locator('#site-counter')).toHaveText(String(expected.trim().length));
    await expect(page.locator('#site-send')).toBeEnabled();
    const log = await siteLog(page);
    expect(log.inputTypes.slice(before)).toContain('insertText');
    await expect(coach).not.toHaveAttribute('data-firebreak-findings', /arguing/);
    await expect(coach.getByRole('status')).toContainText('post it yourself');

    // Never sent: the Send button was not clicked and no form was submitted.
    await page.waitForTimeout(300);
    expect(log.sendClicks).toBe(0);
    expect((await siteLog(page)).sendClicks).toBe(0);
    expect((await siteLog(page)).submits).toBe(0);
    expect(session.extensionRequests()).toEqual([]);
  });
}

test('starting a reply to an angry post opens the coach with its replies, before a word is typed', async ({ session }) => {
  const url = 'https://x.com/angry_customer/status/1000000000000000001';
  session.serve(url, X_PAGE);
  const page = await session.open(url);
  const coach = page.locator('firebreak-coach');
  await expect(coach).toHaveCount(1);
  const toggle = coach.getByRole('button', { name: /Reply coach/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(coach.locator('li.suggestion[data-suggestion="empathetic:apology"] .suggestion-text')).toContainText(/sorry/i);
  await expect(page.locator('[data-testid="tweetTextarea_0"]')).toBeFocused();
});

test('a click on Insert takes, though the draft is analysed again between the press and the release', async ({ session }) => {
  // Old Reddit's plain text field: the analysis is the coach's, not an editor's.
  const { url, html, box } = CASES[2]!;
  session.serve(url, withSiteEditor(html(), box));
  const page = await session.open(url);
  const input = page.locator(box);
  const coach = page.locator('firebreak-coach:visible');
  await input.click();
  await input.pressSequentially("Actually you're wrong.", { delay: 5 });
  await expect(coach).toHaveAttribute('data-firebreak-findings', /(^| )arguing( |$)/);

  const suggestion = coach.locator('li.suggestion:not(.unusable)').first();
  const text = (await suggestion.locator('.suggestion-text').textContent())!;
  const button = suggestion.getByRole('button', { name: /^Insert “/ });
  await button.scrollIntoViewIfNeeded();
  const at = (await button.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  // Words the coach analyses while the button is held (a paste, the site's own autocomplete, the
  // analysis of the last keystrokes landing then): two more findings, above the replies.
  await input.evaluate((field: HTMLTextAreaElement) => {
    field.value = "Actually you're wrong. CALM DOWN!!";
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  });
  await expect(coach).toHaveAttribute('data-firebreak-findings', /(^| )shouting( |$)/);
  await page.mouse.up();

  await expect.poll(() => boxText(page, box)).toBe(text);
  await expect(coach.getByRole('status')).toContainText('post it yourself');
});

test('the coach works by keyboard alone: Enter inserts, Escape collapses, and it can be hidden for a box (and brought back)', async ({ session }) => {
  const url = CASES[0]!.url;
  session.serve(url, withSiteEditor(X_PAGE, CASES[0]!.box));
  const page = await session.open(url);
  const input = page.locator(CASES[0]!.box);
  const coach = page.locator('firebreak-coach');
  await expect(coach).toHaveCount(1);
  await input.click();
  await input.pressSequentially('YOU SHOULD HAVE READ THE MANUAL', { delay: 5 });
  await expect(coach).toHaveAttribute('data-firebreak-findings', /defensive/);

  const insert = coach.getByRole('button', { name: /^Insert “/ }).first();
  await insert.focus();
  await page.keyboard.press('Enter');
  await expect(coach).toHaveAttribute('data-firebreak-findings', '');
  await expect(input).toBeFocused();

  // Escape in the panel collapses it (and is not the site's Escape).
  await coach.getByRole('button', { name: 'Hide coach for this box' }).focus();
  await page.keyboard.press('Escape');
  await expect(coach.getByRole('button', { name: /Reply coach/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(coach.getByRole('button', { name: /Reply coach/ })).toBeFocused();

  // Hidden for the box: typing goes on, and "Undo" is the next stop after the box for a few seconds.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await expect(coach.getByRole('status').first()).toHaveText('Reply coach hidden for this box. Undo');
  await page.keyboard.press('Tab');
  await expect(coach.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(coach.getByRole('button', { name: /Reply coach/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(coach).toBeHidden({ timeout: 15_000 });
  // The host stays (hidden) and keeps reporting.
  await input.click();
  await input.pressSequentially(' Actually no.', { delay: 5 });
  await expect(coach).toHaveAttribute('data-firebreak-findings', /arguing/);
  expect((await siteLog(page)).sendClicks).toBe(0);
});

test('the open panel has no serious or critical accessibility violation (axe-core), light and dark', async ({ session }) => {
  const { url, box } = CASES[0]!;
  session.serve(url, withSiteEditor(X_PAGE, box));
  const page = await session.open(url);
  await page.locator(box).click();
  await page.keyboard.type("Actually you're wrong, email me at sam@example.com. CALM DOWN!!");
  const coach = page.locator('firebreak-coach');
  await expect(coach.locator('li.finding[data-code="personal-data"]')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, 'firebreak-coach'), colorScheme).toEqual([]);
  }
});
