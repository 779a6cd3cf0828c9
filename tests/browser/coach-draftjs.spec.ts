// The reply coach inserting into X's real editor: Draft.js keeps its own model of the text and posts
// that, not what the screen shows. An insert must go through the editor, so that what X would post is
// what the user sees, undo brings back their draft, and typing after it (over a blank left to write,
// or after deleting everything) lands where they type.
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { build } from 'esbuild';
import { pageOf } from '../fixtures/load';
import { tweetHtml, X_BASE_CSS } from '../fixtures/x/build';
import { expect, setLocalStorage, test, type ExtensionSession } from './harness';

const URL = 'https://x.com/angry_customer/status/1000000000000000001';
const SCRIPT = 'https://x.com/draft-editor.js';

async function draftOnX(session: ExtensionSession): Promise<Page> {
  const bundle = await build({
    entryPoints: [resolve('tests/fixtures/x/draft-editor.js')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  await setLocalStorage(await session.serviceWorker(), { brand: { names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: [], exclusions: [] } });
  const post = tweetHtml({ id: '1000000000000000001', handle: 'angry_customer', text: 'Brewly refused my refund. Worst service ever, I am furious.', time: new Date(Date.now() - 60_000).toISOString() });
  session.serve(URL, `${X_BASE_CSS}${pageOf([post, `<div id="reply"></div><script src="${SCRIPT}"></script>`])}`);
  session.serve(SCRIPT, bundle.outputFiles[0]!.text, 'text/javascript');
  return session.open(URL);
}

/** The editor's own text (what X would post) and the text on screen. */
const texts = (page: Page) =>
  page.evaluate(() => ({
    model: (window as unknown as { __draft: { text: string } }).__draft.text,
    screen: (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).innerText.replace(/\n$/, ''),
  }));

/** The page with `draft` typed into the editor, once the coach has read it (its findings match `flagged`). */
async function typedOnX(session: ExtensionSession, draft: string, flagged: RegExp): Promise<{ page: Page; box: Locator; coach: Locator }> {
  const page = await draftOnX(session);
  const box = page.locator('[data-testid="tweetTextarea_0"]');
  await box.click();
  await page.keyboard.type(draft);
  const coach = page.locator('firebreak-coach');
  await expect(coach).toHaveAttribute('data-firebreak-findings', flagged);
  return { page, box, coach };
}

test('an inserted message is what X would post: undo brings the draft back, and typing after it lands', async ({ session }) => {
  const { page, box, coach } = await typedOnX(session, "Actually you're wrong.", /arguing/);

  await coach.locator('li.suggestion').first().getByRole('button', { name: /^Insert “/ }).click();
  await expect(box).toHaveText(/^Hi @angry_customer, /);
  const inserted = await texts(page);
  expect(inserted.model).toBe(inserted.screen);
  await expect(coach).not.toHaveAttribute('data-firebreak-findings', /arguing/);
  // The draft it replaced is named, with the way back (QA: "Inserted." and the draft gone silently).
  await expect(coach.getByRole('status')).toHaveText('Inserted in place of your draft (Ctrl+Z brings it back). Read it through, then post it yourself.');

  // Undo in the editor: the draft comes back, on screen and in what X would post.
  await page.keyboard.press('Control+z');
  await expect.poll(() => texts(page)).toEqual({ model: "Actually you're wrong.", screen: "Actually you're wrong." });
  await expect(coach).toHaveAttribute('data-firebreak-findings', /arguing/);

  // Inserted again, then everything deleted and typed afresh: every key lands.
  await coach.locator('li.suggestion').first().getByRole('button', { name: /^Insert “/ }).click();
  await expect(box).toHaveText(/^Hi @angry_customer, /);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Hello');
  await expect.poll(() => texts(page)).toEqual({ model: 'Hello', screen: 'Hello' });
  expect(session.extensionRequests()).toEqual([]);
});

test('a blank left to write is selected in the editor: typing fills it, in what X would post too', async ({ session }) => {
  const { page, coach } = await typedOnX(session, 'Calm down.', /dismissive|arguing/);

  await coach.locator('li.suggestion').filter({ hasText: 'Follow-up update' }).getByRole('button', { name: /^Insert “/ }).click();
  await expect(coach).toHaveAttribute('data-firebreak-findings', 'placeholder');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe("[what we found and what we're doing]");
  await page.keyboard.type('a faulty batch, now recalled');
  const { model, screen } = await texts(page);
  expect(model).toMatch(/^An update on the concerns being raised: a faulty batch, now recalled\. Thank you/);
  expect(model).toBe(screen);
});
