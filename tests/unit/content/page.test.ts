// @vitest-environment happy-dom
// Firebreak on a page when the extension is reloaded or updated under it: WXT's context notices
// that only when asked, so the page's own work must ask, and then leave the page as it was.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_TAG } from '@/utils/content/badge';
import { COACH_TAG } from '@/utils/content/coach';
import { runOnPage } from '@/utils/content/page';
import { SENTIMENT_ATTRIBUTE } from '@/utils/content/scanner';
import { sendMessage } from '@/utils/messaging';
import { brandProfile } from '@/utils/settings';
import type { ReportedPost } from '@/utils/tracking/posts';
import { useEnglishMessages } from '../options/helpers';
import { popoverText } from './popover';
import { addPost, testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const adapter = testAdapter();


/** What Firebreak logged (WXT logs the invalidation itself, once). */
const firebreakLogs = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter((args) => args[0] === '[Firebreak]');
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runOnPage, when the extension goes away', () => {
  let ctx: ContentScriptContext;
  let reported: ReportedPost[];

  beforeEach(() => {
    useEnglishMessages();
    document.body.replaceChildren();
    reported = [];
    // The background's answers: no brand rules, no incident, every batch stored.
    vi.mocked(sendMessage).mockImplementation((async (type: string, data: unknown) => {
      if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
      if (type === 'content→background:postsSeen') reported.push(...(data as ReportedPost[]));
      return type === 'content→background:openIncident' ? null : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  // fakeBrowser.reset() leaves the runtime's id as a test set it.
  const extensionId = fakeBrowser.runtime.id;
  afterEach(() => {
    ctx.abort();
    fakeBrowser.runtime.id = extensionId;
  });

  /** A page with a post (badged) and a reply box (coached), Firebreak running on it. */
  async function running() {
    const first = addPost('1', 'Brewly refused my refund, worst service ever');
    const box = document.createElement('textarea');
    box.className = 'reply';
    document.body.append(box);
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => {
      expect(first.querySelector(BADGE_TAG)).not.toBeNull();
      expect(document.querySelector(COACH_TAG)).not.toBeNull();
    });
    await vi.waitFor(() => expect(reported.map((post) => post.id)).toEqual(['1']), { timeout: 3_000 });
    return { first, box };
  }

  test('a reload is noticed at the next page change: badges and coach go, new posts are left alone, nothing is logged', { timeout: 10_000 }, async () => {
    const { first, box } = await running();
    // As a correction leaves it.
    first.setAttribute('data-firebreak-corrected', 'true');
    const debug = vi.spyOn(console, 'debug');
    vi.mocked(sendMessage).mockClear().mockRejectedValue(new Error('Extension context invalidated.'));
    // What Chrome does to the old content script: its runtime has no id any more.
    (fakeBrowser.runtime as { id?: string }).id = undefined;

    const late = addPost('2', 'another angry post about Brewly');
    await tick();
    expect(ctx.signal.aborted).toBe(true);
    expect(late.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    expect(first.querySelector(BADGE_TAG)).toBeNull();
    expect(document.querySelector(COACH_TAG)).toBeNull();
    // The page is left as it was: no post keeps Firebreak's marks.
    expect(document.querySelectorAll('[data-firebreak-sentiment], [data-firebreak-corrected]')).toHaveLength(0);

    // Typing in the box and more posts arriving do nothing now.
    box.focus();
    box.value = 'you are wrong';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    addPost('3', 'and another');
    await tick(1_200);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    expect(document.querySelector(COACH_TAG)).toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(firebreakLogs(debug)).toEqual([]);
  });

  test('a call into the extension failing with "Extension context invalidated" tears down the same way, silently', { timeout: 10_000 }, async () => {
    await running();
    const debug = vi.spyOn(console, 'debug');
    vi.mocked(sendMessage).mockClear().mockRejectedValue(new Error('Extension context invalidated.'));

    addPost('2', 'a post reported a second later');
    // Its report fails: that is the news, and no retry follows.
    await vi.waitFor(() => expect(document.querySelector(BADGE_TAG)).toBeNull(), { timeout: 3_000 });
    expect(document.querySelector(COACH_TAG)).toBeNull();
    expect(document.querySelectorAll('[data-firebreak-sentiment]')).toHaveLength(0);
    const calls = vi.mocked(sendMessage).mock.calls.length;

    const late = addPost('3', 'after the extension went away');
    await tick(1_500);
    expect(late.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    expect(sendMessage).toHaveBeenCalledTimes(calls);
    expect(firebreakLogs(debug)).toEqual([]);
  });
});

describe('runOnPage, the brand’s own posts', () => {
  let ctx: ContentScriptContext;

  beforeEach(async () => {
    useEnglishMessages();
    document.body.replaceChildren();
    fakeBrowser.reset();
    await brandProfile.setValue({ names: ['Brewly'], handles: ['@brewly'], hashtags: [], products: ['KX-200'], exclusions: [] });
    vi.mocked(sendMessage).mockImplementation((async (type: string) => {
      if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
      return type === 'content→background:openIncident' ? null : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => ctx.abort());




  test('a safety notice from the brand’s account is not a complaint to escalate', async () => {
    const text = 'We know some KX-200 kettles are overheating. Please stop using them until we post an update.';
    const own = addPost('1', text);
    own.setAttribute('data-author', '@Brewly');
    const customer = addPost('2', text);
    customer.setAttribute('data-author', '@kit_w');
    await runOnPage(ctx, adapter);
    expect(await popoverText(own)).toContain('Your brand’s own post: nothing to answer here.');
    expect(await popoverText(customer)).not.toContain('Your brand’s own post');
  });
});
