// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import { SENTIMENT_ATTRIBUTE, startScanner, type IdleScheduler } from '@/utils/content/scanner';
import type { PlatformAdapter } from '@/utils/platforms/types';
import type { ReportedPost } from '@/utils/tracking/posts';
import { immediate, useScannerRun } from './scanner-run';
import { testAdapter } from './test-adapter';

const adapter = testAdapter({ overrides: { findReplyBoxes: () => [] } });

const analyze = (text: string): Analysis => ({
  label: text.includes('angry') ? 'negative' : 'neutral',
  score: text.includes('angry') ? -0.8 : 0,
  intensity: 0,
  confidence: 1,
  signals: [],
  reasons: [],
});

const judge = (post: { text: string }) => ({
  analysis: analyze(post.text),
  brandHits: post.text.includes('Brewly') ? [{ term: 'Brewly', kind: 'name' as const, start: 0, end: 6 }] : [],
});


function addPost(id: string | null, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'post';
  if (id) element.setAttribute('data-id', id);
  element.textContent = text;
  document.body.append(element);
  return element;
}

describe('startScanner', () => {
  const run = useScannerRun();
  const { report } = run;

  test('marks and reports the posts already on the page', async () => {
    const calm = addPost('1', 'a calm post');
    const angry = addPost('2', 'an angry post');
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    expect(calm.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(angry.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    expect(run.reports.flat().map((post) => [post.id, post.sentiment, post.score])).toEqual([
      ['1', 'neutral', 0],
      ['2', 'negative', -0.8],
    ]);
  });

  test('reports the brand terms a post mentions, and hands each verdict to decorate', async () => {
    addPost('1', 'Brewly is angry-making');
    addPost('2', 'nothing to see');
    const decorated: string[] = [];
    const scanner = startScanner({
      root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate,
      decorate: (element, post, verdict) => void decorated.push(`${post.id}:${verdict.analysis.label}:${verdict.brandHits.length}`),
    });
    await scanner.idle();
    expect(decorated).toEqual(['1:negative:1', '2:neutral:0']);
    expect(run.reports.flat().map((post) => [post.id, post.brandTerms])).toEqual([
      ['1', ['Brewly']],
      ['2', []],
    ]);
  });

  test('reads the engagement counts only for posts that mention the brand', async () => {
    const asked: Array<[string | null, boolean]> = [];
    const counting: PlatformAdapter = {
      ...adapter,
      extract: (element, options) => {
        const post = adapter.extract(element);
        asked.push([element.getAttribute('data-id'), options?.engagement !== false]);
        return post && options?.engagement !== false ? { ...post, engagement: { likes: 7 } } : post;
      },
    };
    addPost('1', 'Brewly again');
    addPost('2', 'nothing to see');
    const scanner = startScanner({ root: document, adapter: counting, judge, report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    expect(run.reports.flat().map((post) => [post.id, post.engagement])).toEqual([
      ['1', { likes: 7 }],
      ['2', undefined],
    ]);
    expect(asked.filter(([, withCounts]) => withCounts).map(([id]) => id)).toEqual(['1']);
  });

  test('finds posts added later, and reports each post once', async () => {
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    addPost('1', 'first');
    // Reports wait up to a second for company.
    await vi.waitFor(() => expect(run.reports.flat()).toHaveLength(1), { timeout: 3_000 });
    // The same post rendered again in a new element (a virtualised feed) is marked, not re-reported.
    const again = addPost('1', 'first');
    addPost('2', 'second');
    await vi.waitFor(() => expect(again.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral'));
    await scanner.idle();
    expect(run.reports.flat().map((post) => post.id)).toEqual(['1', '2']);
  });

  test('posts found within a second go to the background in one message, marked at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      startScanner({ root: document, adapter, judge, report, signal: run.controller.signal });
      const first = addPost('1', 'first');
      await Promise.resolve();
      expect(first.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
      const second = addPost('2', 'angry second');
      await vi.advanceTimersByTimeAsync(60);
      expect(second.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
      await vi.advanceTimersByTimeAsync(800);
      expect(run.reports).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      expect(run.reports.map((batch) => batch.map((post) => post.id))).toEqual([['1', '2']]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('pagehide sends the waiting batch at once, even while an earlier one is still in flight, and only once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls: string[][] = [];
    // The background has not answered the first batch yet (a worker waking up), and never will: the page closes.
    const slow = (posts: ReportedPost[]) => {
      calls.push(posts.map((post) => post.id));
      return new Promise<void>(() => undefined);
    };
    try {
      startScanner({ root: document, adapter, judge, report: slow, signal: run.controller.signal });
      addPost('1', 'first');
      await vi.advanceTimersByTimeAsync(1_100);
      expect(calls).toEqual([['1']]);
      addPost('2', 'angry second');
      await vi.advanceTimersByTimeAsync(60);
      expect(calls).toEqual([['1']]);
      window.dispatchEvent(new Event('pagehide'));
      // In the event's own task: not behind the first batch.
      expect(calls).toEqual([['1'], ['2']]);
      window.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(calls).toEqual([['1'], ['2']]);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('with a post selector', () => {
    const findPosts = vi.fn((root: ParentNode) => Array.from(root.querySelectorAll('.post')));
    const scoped: PlatformAdapter = { ...adapter, findPosts, postSelector: '.post' };

    test('a change is read where it happened: added posts are marked without a look through the page', async () => {
      // Both posts in the page's task however busy the machine: with the default 4 ms, a slow first post
      // (another program on the CPU) left the second to the next slice, and the check below failed once.
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate, inlineBudgetMs: 1_000 });
      await scanner.idle();
      const looks = findPosts.mock.calls.length;
      const wrapper = document.createElement('div');
      wrapper.append(addPost('1', 'first'), addPost('2', 'angry second'));
      document.body.append(wrapper);
      await Promise.resolve();
      expect(wrapper.querySelector('[data-id="2"]')?.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
      expect(findPosts).toHaveBeenCalledTimes(looks);
      await scanner.idle();
      expect(run.reports.flat().map((post) => post.id)).toEqual(['1', '2']);
    });

    test("with isPost, a post drawn inside another (a quote) is the outer post's, wherever the change happens", async () => {
      const isPost = (element: Element) => !element.parentElement?.closest('.post');
      const quoting: PlatformAdapter = { ...scoped, isPost };
      const scanner = startScanner({ root: document, adapter: quoting, judge, report, signal: run.controller.signal, schedule: immediate });
      await scanner.idle();
      const outer = addPost('1', 'outer ');
      outer.remove();
      const quote = document.createElement('div');
      quote.className = 'post';
      quote.setAttribute('data-id', '2');
      quote.textContent = 'quoted';
      outer.append(quote);
      document.body.append(outer);
      await scanner.idle();
      // Text arriving inside the quote belongs to the outer post.
      quote.append(document.createElement('span'));
      await scanner.idle();
      expect(outer.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(true);
      expect(quote.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
      expect(run.reports.flat().map((post) => post.id)).toEqual(['1']);
    });

    test('a post whose text arrives later is read when it does (the change inside it)', async () => {
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate });
      const empty = addPost(null, '');
      await scanner.idle();
      expect(empty.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
      empty.setAttribute('data-id', '7');
      empty.append(document.createElement('span'));
      empty.lastElementChild!.textContent = 'angry late text';
      await vi.waitFor(() => expect(empty.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative'));
    });

    test('what a selector cannot see arrive (a class set afterwards) is still found by the look through the page', async () => {
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate });
      await scanner.idle();
      const late = document.createElement('div');
      late.setAttribute('data-id', '9');
      late.textContent = 'not a post yet';
      document.body.append(late);
      late.className = 'post';
      await vi.waitFor(() => expect(late.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral'), { timeout: 3_000 });
    });
  });

  test('a post that appears is marked in the same task as the page change (no extra frame), within a budget', async () => {
    // Idle time never comes: only the inline path, in the observer's callback, can mark the post.
    const never: IdleScheduler = () => undefined;
    startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: never });
    const element = addPost('7', 'arrives now');
    await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral'));
  });

  test('with the inline budget off, marking waits for idle time', async () => {
    const tasks: Array<(timeRemaining: () => number) => void> = [];
    const manual: IdleScheduler = (task) => void tasks.push(task);
    startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: manual, inlineBudgetMs: 0 });
    while (tasks.length) tasks.shift()!(() => 50);
    const element = addPost('8', 'later');
    await Promise.resolve();
    await Promise.resolve();
    expect(element.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    await vi.waitFor(() => expect(tasks.length).toBeGreaterThan(0));
    while (tasks.length) tasks.shift()!(() => 50);
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
  });

  test('a post still rendering is picked up once it is complete', async () => {
    const element = addPost(null, 'loading');
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    expect(element.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    element.setAttribute('data-id', '9');
    element.append(' done');
    await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral'));
  });

  test('works in slices: a long feed is not analysed in one task', async () => {
    for (let i = 0; i < 120; i++) addPost(String(i), `post ${i}`);
    let slices = 0;
    const counting: IdleScheduler = (task) => void setTimeout(() => (slices++, task(() => 50)), 0);
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: counting });
    await scanner.idle();
    expect(run.reports.flat()).toHaveLength(120);
    // One scan task plus at least three slices of at most 50 posts.
    expect(slices).toBeGreaterThanOrEqual(4);
  });

  test('an adapter that throws never throws into the page, and is reported once', async () => {
    const onError = vi.fn();
    const broken: PlatformAdapter = { ...adapter, extract: () => { throw new Error('markup changed'); } };
    addPost('1', 'a');
    addPost('2', 'b');
    const scanner = startScanner({ root: document, adapter: broken, judge, report, signal: run.controller.signal, schedule: immediate, onError });
    await scanner.idle();
    addPost('3', 'c');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await scanner.idle();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(run.reports).toEqual([]);
  });

  test('a report that keeps failing (extension gone) is given up after retries, and caught', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const onError = vi.fn();
    addPost('1', 'a');
    const failing = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    const scanner = startScanner({ root: document, adapter, judge, report: failing, signal: run.controller.signal, schedule: immediate, onError });
    const idle = scanner.idle();
    await vi.runAllTimersAsync();
    await idle;
    vi.useRealTimers();
    expect(failing).toHaveBeenCalledTimes(4);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'Extension context invalidated.' }));
  });

  test('a batch the worker dropped (it was stopped) is sent again', async () => {
    addPost('1', 'a');
    let calls = 0;
    const flaky = async (posts: ReportedPost[]) => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      run.reports.push(posts);
    };
    const scanner = startScanner({ root: document, adapter, judge, report: flaky, signal: run.controller.signal, schedule: immediate });
    await vi.waitFor(() => expect(run.reports.flat().map((post) => post.id)).toEqual(['1']), { timeout: 2000 });
    await scanner.idle();
    expect(calls).toBe(2);
  });

  describe('an element the page re-uses (YouTube, X re-bind the same element to another post)', () => {
    const scoped: PlatformAdapter = { ...adapter, postSelector: '.post' };
    /** A badge as the page's decorate adds one: empty (its face is in a shadow root), replacing the one before. */
    const badge = (element: Element, post: { id: string }) => {
      element.querySelector('firebreak-badge')?.remove();
      const host = document.createElement('firebreak-badge');
      host.setAttribute('data-post', post.id);
      element.append(host);
      return host;
    };
    const badgeOf = (element: Element) => element.querySelector('firebreak-badge')?.getAttribute('data-post');

    test.each([
      ['a look through the page', adapter],
      ['a post selector', scoped],
    ])('with %s: a new id and text in place are read again: new mark, new badge, the new post reported', async (_, using) => {
      const element = addPost('1', 'a calm post');
      const scanner = startScanner({ root: document, adapter: using, judge, report, signal: run.controller.signal, schedule: immediate, decorate: badge });
      await scanner.idle();
      expect(badgeOf(element)).toBe('1');
      // As React re-binds a row: the permalink attribute and the text node's data change, nothing is added.
      element.setAttribute('data-id', '2');
      (element.firstChild as Text).data = 'an angry post';
      await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative'));
      expect(badgeOf(element)).toBe('2');
      expect(element.querySelectorAll('firebreak-badge')).toHaveLength(1);
      await scanner.idle();
      expect(run.reports.flat().map((post) => [post.id, post.sentiment])).toEqual([
        ['1', 'neutral'],
        ['2', 'negative'],
      ]);
    });

    test('new text rendered as new nodes (Polymer) is read again too', async () => {
      const element = addPost('1', 'a calm post');
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate, decorate: badge });
      await scanner.idle();
      element.setAttribute('data-id', '3');
      element.firstChild!.replaceWith(document.createTextNode('an angry comment'));
      await vi.waitFor(() => expect(badgeOf(element)).toBe('3'));
      expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    });

    test('a badge the page\'s rendering dropped is put back, without reading or reporting the post again', async () => {
      const element = addPost('1', 'a calm post');
      const counting = vi.fn(judge);
      const scanner = startScanner({ root: document, adapter: scoped, judge: counting, report, signal: run.controller.signal, schedule: immediate, decorate: badge });
      await scanner.idle();
      // The page draws the post's content again: the badge is gone with the old nodes.
      element.replaceChildren(document.createTextNode('a calm post'));
      expect(badgeOf(element)).toBeUndefined();
      await vi.waitFor(() => expect(badgeOf(element)).toBe('1'));
      await scanner.idle();
      expect(counting).toHaveBeenCalledTimes(1);
      expect(run.reports.flat().map((post) => post.id)).toEqual(['1']);
    });

    test('a post the page replaces with "This post was deleted" loses its mark and its badge, and comes back if the post does', async () => {
      const element = addPost('1', 'an angry post');
      element.setAttribute('data-firebreak-corrected', 'true');
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate, decorate: badge });
      await scanner.idle();
      expect(badgeOf(element)).toBe('1');
      // Deleted: no id, a notice for text; the badge (appended to the post) is still there.
      element.removeAttribute('data-id');
      (element.firstChild as Text).data = 'This post was deleted';
      await vi.waitFor(() => expect(element.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false));
      expect(element.hasAttribute('data-firebreak-corrected')).toBe(false);
      expect(badgeOf(element)).toBeUndefined();
      // The element re-used for another post, drawn anew: read as a new post.
      element.setAttribute('data-id', '2');
      element.replaceChildren(document.createTextNode('a calm post'));
      await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral'), { timeout: 3_000 });
      expect(badgeOf(element)).toBe('2');
    });

    test('undecorate, when given, takes the badge away', async () => {
      const element = addPost('1', 'an angry post');
      const undecorate = vi.fn((post: Element) => post.querySelector('firebreak-badge')?.remove());
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate, decorate: badge, undecorate });
      await scanner.idle();
      element.removeAttribute('data-id');
      await vi.waitFor(() => expect(element.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false));
      expect(undecorate).toHaveBeenCalledWith(element);
      expect(badgeOf(element)).toBeUndefined();
    });

    test('a post whose text changes in place ("See more", an edit, a translation) is reported again, with the new verdict', async () => {
      const element = addPost('1', 'Day 3 with my kettle…');
      const scanner = startScanner({ root: document, adapter: scoped, judge, report, signal: run.controller.signal, schedule: immediate, decorate: badge });
      await scanner.idle();
      // Expanded: the brand is named, and the post turns angry, only in the rest of the text.
      (element.firstChild as Text).data = 'Day 3 with my kettle… the Brewly kettle is broken and I am angry';
      await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative'));
      await scanner.idle();
      expect(run.reports.flat().map((post) => [post.id, post.sentiment, post.brandTerms])).toEqual([
        ['1', 'neutral', []],
        ['1', 'negative', ['Brewly']],
      ]);
      // Drawn again with the same text (or only its spacing changed): nothing new to report.
      element.replaceChildren(document.createTextNode('Day 3 with my kettle…  the Brewly kettle is broken and I am angry'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await scanner.idle();
      expect(run.reports.flat()).toHaveLength(2);
    });

    test('a change inside one post reads that post only, and judges nothing when its id and text are the same', async () => {
      const extract = vi.fn(adapter.extract);
      const counting = vi.fn(judge);
      const posts = Array.from({ length: 50 }, (_, i) => addPost(String(i), `post ${i}`));
      const scanner = startScanner({
        root: document, adapter: { ...scoped, extract }, judge: counting, report, signal: run.controller.signal, schedule: immediate, decorate: badge,
      });
      await scanner.idle();
      extract.mockClear();
      // A like count going up, a link's href changed, a badge of our own: the post is the same.
      const count = document.createElement('span');
      posts[7]!.append(count);
      count.setAttribute('href', '/likes');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await scanner.idle();
      expect(extract.mock.calls.map(([element]) => element)).toEqual([posts[7]]);
      expect(counting).toHaveBeenCalledTimes(50);
      expect(badgeOf(posts[7]!)).toBe('7');
    });
  });

  test('stops cleanly when aborted', async () => {
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    run.controller.abort();
    const late = addPost('1', 'after the extension reloaded');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(run.reports).toEqual([]);
  });
});
