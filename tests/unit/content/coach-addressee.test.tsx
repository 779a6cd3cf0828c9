// @vitest-environment happy-dom
// Whom the coach's suggestions greet, on the platforms' own markup: the person the box answers
// (its label names them where the platform does so), never the brand itself, and no one when the
// box could be answering any of several people.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COACH_TAG, startCoach, type CoachContext, type InsertedReply } from '@/utils/content/coach';
import { blueskyAdapter } from '@/utils/platforms/bluesky';
import { facebookAdapter } from '@/utils/platforms/facebook';
import { mastodonAdapter } from '@/utils/platforms/mastodon';
import { threadsAdapter } from '@/utils/platforms/threads';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { xAdapter } from '@/utils/platforms/x';
import { fixture } from '../../fixtures/load';
import { testAdapter } from './test-adapter';
import { tweetHtml } from '../../fixtures/x/build';
import { useEnglishMessages } from '../options/helpers';
import { until as untilValue } from './until';

/** Waits for a value that is there: not null, undefined, false or an empty list. */
const until = <T,>(read: () => T) =>
  untilValue(read, (value) => value !== null && value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0));

beforeEach(useEnglishMessages);

/** The brand's names and handles, as coachContextFromPlan gives them. */
const ACME: CoachContext = { voice: 'formal', brandTerms: ['Acme', 'Acme Coffee', 'acmecoffee'] };

const X_REPLY_BOX = `<div data-testid="inline_reply_offscreen"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" aria-label="Post text" class="public-DraftEditor-content"></div></div></div></div>`;

let controller: AbortController;
let inserted: InsertedReply[];

/** Starts the coach on `html` and gives, per reply box in page order, its suggested replies. */
async function suggestionsPerBox(adapter: PlatformAdapter, html: string, context: CoachContext = ACME): Promise<string[][]> {
  // The capture, parsed as the page would be (a fixture, not page text).
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  const boxes = adapter.findReplyBoxes(document);
  startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => context, onInserted: (reply) => inserted.push(reply) });
  const hosts = await until((): HTMLElement[] | null => {
    const found = Array.from(document.querySelectorAll<HTMLElement>(COACH_TAG));
    return found.length === boxes.length ? found : null;
  });
  const texts: string[][] = [];
  for (const host of hosts) {
    // A prefilled box ("@mayachen ") opens its panel by itself, after the first paint.
    const toggle = await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    // The context (asked for before the first look for boxes) is there by then.
    await until(() => host.shadowRoot!.querySelector('li.suggestion'));
    texts.push(Array.from(host.shadowRoot!.querySelectorAll('li.suggestion[data-suggestion^="empathetic"], li.suggestion[data-suggestion="dm"]')).map((li) => li.querySelector('.suggestion-text')!.textContent!));
  }
  return texts;
}

/** Inserts the first suggestion of the box's coach and gives what the coach reported. */
function insertFirst(host: Element): InsertedReply | undefined {
  host.shadowRoot!.querySelector<HTMLButtonElement>('li.suggestion button.insert')!.click();
  return inserted.at(-1);
}

beforeEach(() => {
  controller = new AbortController();
  inserted = [];
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('the suggestions greet the person the box answers', () => {
  test('Facebook: "Reply to Ana Lima" greets Ana (her first name) and answers her comment; the box under the brand\'s own post greets no one', async () => {
    const [comment, reply] = await suggestionsPerBox(facebookAdapter, fixture('facebook/permalink-comments.html'));
    // "Write a public comment…", inside the brand's own post.
    expect(comment!.length).toBeGreaterThan(0);
    for (const text of comment!) expect(text).not.toMatch(/Acme|^Hello|^Hi/);
    // "Reply to Ana Lima": her comment ("Still waiting for my refund") is what it answers.
    expect(reply!.length).toBeGreaterThan(0);
    for (const text of reply!) expect(text).toMatch(/^Hello Ana, we /);
    const host = document.querySelectorAll(COACH_TAG)[1]!;
    expect(insertFirst(host)?.postId).toBe(facebookAdapter.extract(document.querySelector('[aria-label^="Comment by Ana Lima"]')!)!.id);
  });

  test('Mastodon: "Reply to @mayachen" greets @mayachen', async () => {
    const [texts] = await suggestionsPerBox(mastodonAdapter, fixture('mastodon/thread.html'));
    expect(texts!.length).toBeGreaterThan(0);
    for (const text of texts!) expect(text).toMatch(/^Hello @mayachen, /);
  });

  test('X: a reply under the brand\'s own post never greets the brand', async () => {
    const brandPost = tweetHtml({ id: '1000000000000000002', handle: 'acmecoffee', text: 'We are sorry about the outage yesterday, refunds are on the way.', time: '2026-11-23T10:00:00.000Z' });
    const [texts] = await suggestionsPerBox(xAdapter, `<main>${brandPost}${X_REPLY_BOX}</main>`);
    expect(texts!.length).toBeGreaterThan(0);
    for (const text of texts!) expect(text).not.toMatch(/acme/i);
    // A customer's post in the same place is still answered by name.
    controller.abort();
    controller = new AbortController();
    const customerPost = tweetHtml({ id: '1000000000000000003', handle: 'sam_patel', text: 'Does the Acme grinder work with 220V?', time: '2026-11-23T10:00:00.000Z' });
    const [customer] = await suggestionsPerBox(xAdapter, `<main>${customerPost}${X_REPLY_BOX}</main>`);
    for (const text of customer!) expect(text).toMatch(/^Hello @sam_patel, /);
  });

  test('X: a reply box in a dialog answers the post in the dialog, never the timeline behind it', async () => {
    const timeline = tweetHtml({ id: '1000000000000000004', handle: 'dana_k', text: 'Acme support fixed my grinder in a day, thank you!', time: '2026-11-23T09:00:00.000Z' });
    const inDialog = tweetHtml({ id: '1000000000000000005', handle: 'sam_patel', text: 'My Acme grinder broke after a week. Furious.', time: '2026-11-23T10:00:00.000Z' });
    // X appends its reply dialog at the end of the body, after the timeline.
    const [answered] = await suggestionsPerBox(xAdapter, `<main>${timeline}</main><div role="dialog" aria-modal="true">${inDialog}${X_REPLY_BOX}</div>`);
    expect(answered!.length).toBeGreaterThan(0);
    for (const text of answered!) expect(text).toMatch(/^Hello @sam_patel, /);
    // A dialog whose post the adapter cannot read greets no one from the page behind: not the timeline's last post.
    controller.abort();
    controller = new AbortController();
    const [unknown] = await suggestionsPerBox(xAdapter, `<main>${timeline}</main><div role="dialog" aria-modal="true"><div>Replying to @sam_patel</div>${X_REPLY_BOX}</div>`);
    for (const text of unknown!) expect(text).not.toMatch(/dana_k/);
  });

  test('Threads: "Reply to acmecoffee..." is the brand\'s own post: no one is greeted (not the last reply above the box)', async () => {
    const [texts] = await suggestionsPerBox(threadsAdapter, fixture('threads/post-page.html'));
    expect(texts!.length).toBeGreaterThan(0);
    for (const text of texts!) expect(text).not.toMatch(/@|acme|priya/i);
  });

  test('Bluesky: the thread\'s composer, under several replies, greets none of them', async () => {
    const [texts] = await suggestionsPerBox(blueskyAdapter, fixture('bluesky/thread.html'));
    expect(texts!.length).toBeGreaterThan(0);
    for (const text of texts!) expect(text).not.toMatch(/@|kettlewatch|maya/i);
    // What it answers is the thread's own post, not the last reply.
    const host = document.querySelector(COACH_TAG)!;
    expect(insertFirst(host)?.postId).toBe('at://maya.bsky.social/app.bsky.feed.post/3ktp2xyykq223');
  });
});

describe('a platform notice where the post was', () => {
  test('a reply box under a "[removed]" comment greets no one and does not answer "[removed]"', async () => {
    const adapter = testAdapter({ textOf: (post) => post.querySelector('p')?.textContent ?? '' });
    const html = '<div class="post" data-id="t1_gone" data-author="Sam Reed"><p>[removed]</p><div class="reply" contenteditable="true" role="textbox"></div></div>';
    const [texts] = await suggestionsPerBox(adapter, html);
    expect(texts!.length).toBeGreaterThan(0);
    for (const text of texts!) expect(text).not.toMatch(/Sam|removed/i);
    expect(insertFirst(document.querySelector(COACH_TAG)!)?.postId).toBeUndefined();
  });
});
