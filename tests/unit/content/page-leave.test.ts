// @vitest-environment happy-dom
// A page closed or hidden soon after its posts were badged: the posts seen and the health report,
// each held back a while to go with others (1 s, 2 s), are sent as the page goes, once each (QA: a
// tab closed 1.2 s after its badges appeared left the platform "not visited yet").
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_TAG } from '@/utils/content/badge';
import { runOnPage } from '@/utils/content/page';
import { sendMessage } from '@/utils/messaging';
import type { ReportedPost } from '@/utils/tracking/posts';
import { useEnglishMessages } from '../options/helpers';
import { addPost, testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const adapter = testAdapter();
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));


/** Every message sent of `type`, with what it carried. */
const sent = (type: string) =>
  vi
    .mocked(sendMessage)
    .mock.calls.filter(([name]) => name === type)
    .map(([, data]) => data);

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('leaving a page sends what waits, once', () => {
  let ctx: ContentScriptContext;
  const extensionId = fakeBrowser.runtime.id;

  beforeEach(() => {
    useEnglishMessages();
    document.body.replaceChildren();
    vi.mocked(sendMessage).mockReset();
    vi.mocked(sendMessage).mockImplementation((async (type: string) => {
      if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
      return type === 'content→background:openIncident' ? null : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => {
    ctx.abort();
    Reflect.deleteProperty(document, 'visibilityState');
    fakeBrowser.runtime.id = extensionId;
  });

  /** Firebreak on a page with two posts, both badged: their report and the health report still wait. */
  async function badged() {
    const posts = [addPost('1', 'Brewly refused my refund, worst service ever'), addPost('2', 'Brewly is great, thanks')];
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => expect(posts.every((post) => post.querySelector(BADGE_TAG))).toBe(true));
    expect(sent('content→background:postsSeen')).toEqual([]);
    expect(sent('content→background:health')).toEqual([]);
  }

  test('pagehide: the posts seen and the health report go at once', { timeout: 10_000 }, async () => {
    await badged();
    window.dispatchEvent(new Event('pagehide'));
    // In the same task as the event, give or take a microtask: a closing page has no more.
    await Promise.resolve();
    expect(sent('content→background:health')).toEqual([{ platform: 'x', postsFound: 2 }]);
    expect((sent('content→background:postsSeen') as ReportedPost[][]).map((batch) => batch.map((post) => post.id))).toEqual([['1', '2']]);

    // Nothing again: not when their timers would have run, nor on another pagehide.
    window.dispatchEvent(new Event('pagehide'));
    await tick(2_500);
    expect(sent('content→background:health')).toHaveLength(1);
    expect(sent('content→background:postsSeen')).toHaveLength(1);
  });

  test('hidden, then closed: sent when hidden, not again on pagehide; shown again, nothing', { timeout: 10_000 }, async () => {
    await badged();
    setVisibility('hidden');
    await Promise.resolve();
    expect(sent('content→background:health')).toEqual([{ platform: 'x', postsFound: 2 }]);
    expect(sent('content→background:postsSeen')).toHaveLength(1);
    setVisibility('visible');
    window.dispatchEvent(new Event('pagehide'));
    await tick(2_500);
    expect(sent('content→background:health')).toHaveLength(1);
    expect(sent('content→background:postsSeen')).toHaveLength(1);
  });

  test('a post badged after the page came back is reported in its own time, and flushed on the next hide', { timeout: 10_000 }, async () => {
    await badged();
    setVisibility('hidden');
    setVisibility('visible');
    addPost('3', 'Brewly lost my parcel');
    await vi.waitFor(() => expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(3));
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(sent('content→background:health')).toEqual([
      { platform: 'x', postsFound: 2 },
      { platform: 'x', postsFound: 3 },
    ]);
    expect((sent('content→background:postsSeen') as ReportedPost[][]).map((batch) => batch.map((post) => post.id))).toEqual([['1', '2'], ['3']]);
  });

  test('with the extension gone (reloaded under the page), pagehide sends nothing and nothing is thrown', { timeout: 10_000 }, async () => {
    await badged();
    vi.mocked(sendMessage).mockClear().mockRejectedValue(new Error('Extension context invalidated.'));
    // What Chrome does to the old content script: its runtime has no id any more.
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      window.dispatchEvent(new Event('pagehide'));
      setVisibility('hidden');
      await tick(2_500);
      expect(sendMessage).not.toHaveBeenCalled();
      expect(errors).toEqual([]);
      expect(ctx.signal.aborted).toBe(true);
      expect(document.querySelector(BADGE_TAG)).toBeNull();
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
