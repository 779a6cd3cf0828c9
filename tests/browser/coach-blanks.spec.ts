// Pre-approved messages inserted by the reply coach on X with the default plan: the placeholders
// Firebreak knows are filled (as the popup fills them), and a blank left to write is flagged and
// selected in the box, so typing fills it in and nothing goes out with a blank by mistake.
import type { Locator, Page } from '@playwright/test';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, setLocalStorage, test, type ExtensionSession } from './harness';

const X_REPLY_BOX = `<div data-testid="inline_reply_offscreen"><div class="DraftEditor-root">
  <div class="DraftEditor-editorContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" aria-multiline="true" class="notranslate public-DraftEditor-content" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;"></div></div>
</div></div>`;
const URL = 'https://x.com/angry_customer/status/1000000000000000001';
const PAGE = `${X_BASE_CSS}${pageOf([
  tweetHtml({ id: '1000000000000000001', handle: 'angry_customer', text: 'Brewly refused my refund. Worst service ever, I am furious.', time: '2026-11-23T10:00:00.000Z' }),
  X_REPLY_BOX,
])}`;
const BLANK = "[what we found and what we're doing]";

async function coachOnX(session: ExtensionSession): Promise<{ page: Page; box: Locator; coach: Locator }> {
  await setLocalStorage(await session.serviceWorker(), { brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] } });
  session.serve(URL, PAGE);
  const page = await session.open(URL);
  const box = page.locator('[data-testid="tweetTextarea_0"]');
  await box.click();
  await box.pressSequentially("Actually you're wrong. CALM DOWN!!", { delay: 2 });
  const coach = page.locator('firebreak-coach');
  // The whole draft analysed: its last words are dismissive (and the panel no longer grows under a click).
  await expect(coach).toHaveAttribute('data-firebreak-findings', /^(?=.*arguing).*dismissive/);
  return { page, box, coach };
}

/** "9:15 PM", or "Wed, Dec 2, 12:00 AM" when the update falls on another day (a run late in the evening). */
const UPDATE_TIME = String.raw`(?:\w{3}, \w{3} \d{1,2}, )?\d{1,2}:\d{2} [AP]M`;

const insert = (coach: Locator, title: string) => coach.locator('li.suggestion').filter({ hasText: title }).getByRole('button', { name: /^Insert “/ }).click();

test('"Follow-up update": filled where Firebreak knows, its blank flagged and selected to type over', async ({ session }) => {
  const { page, box, coach } = await coachOnX(session);
  // The panel scrolls: its Insert buttons are low in it, and clicking one scrolls it down to it.
  const body = coach.locator('.body');
  await body.evaluate((element) => (element.scrollTop = element.scrollHeight));
  expect(await body.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await insert(coach, 'Follow-up update');

  await expect(box).toHaveText(new RegExp(String.raw`^An update on the concerns being raised: \[what we found and what we're doing\]\. Thank you for your patience\. Next update by ${UPDATE_TIME} `));
  await expect(box).not.toHaveText(/\{\w+\}/);
  await expect(coach).toHaveAttribute('data-firebreak-findings', 'placeholder');
  const finding = coach.locator('li.finding[data-code="placeholder"]');
  await expect(finding).toContainText('Critical');
  await expect(finding).toContainText('Fill in “[what we found and wh');
  await expect(finding.locator('mark')).toHaveText(BLANK);
  // In view at the top of the panel, under the status line that says the typed draft was replaced
  // (QA: the panel stayed scrolled to the bottom, the critical finding out of sight above).
  await expect(coach.getByRole('status')).toHaveText('Inserted in place of your draft (Ctrl+Z brings it back). Read it through, then post it yourself.');
  expect(await body.evaluate((element) => element.scrollTop)).toBe(0);
  const [panel, shown] = [(await body.boundingBox())!, (await finding.boundingBox())!];
  expect(shown.y).toBeGreaterThanOrEqual(panel.y);
  expect(shown.y + shown.height).toBeLessThanOrEqual(panel.y + panel.height);

  // The blank is selected in the box: typing replaces it.
  await expect(box).toBeFocused();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(BLANK);
  await page.keyboard.type('a faulty batch, now recalled');
  await expect(box).toHaveText(/^An update on the concerns being raised: a faulty batch, now recalled\. Thank you/);
  await expect(coach).not.toHaveAttribute('data-firebreak-findings', /placeholder/);
  expect(session.extensionRequests()).toEqual([]);
});

test('"Holding statement": every placeholder filled, as the popup fills it, and nothing left to flag', async ({ session }) => {
  const { box, coach } = await coachOnX(session);
  await insert(coach, 'Holding statement');
  await expect(box).toHaveText(new RegExp(String.raw`^We're aware of the concerns being raised and we're looking into it right now\. We'll share an update by ${UPDATE_TIME} \S+\.$`));
  await expect(coach).toHaveAttribute('data-firebreak-findings', '');
});
