// @vitest-environment happy-dom
// A backlog (a long feed arriving faster than idle time allows) is worked through nearest the
// viewport first: the posts the user looks at are badged before those scrolled past.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SENTIMENT_ATTRIBUTE, startScanner, type IdleScheduler, type PostVerdict } from '@/utils/content/scanner';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { testAdapter } from './test-adapter';

const adapter: PlatformAdapter = { ...testAdapter({ overrides: { findReplyBoxes: () => [] } }), postSelector: '.post' };
const judge = (): PostVerdict => ({ analysis: { label: 'neutral', score: 0, intensity: 0, confidence: 1, signals: [], reasons: [] }, brandHits: [] });

/** An IntersectionObserver the test drives: the browser's reports are what the test says. */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | undefined;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeIntersectionObserver.last = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** The viewport is 0…800 px; the margin around it a viewport's height, as asked. */
  report(positions: ReadonlyMap<Element, number>) {
    const rootBounds = { top: -800, bottom: 1600, height: 2400 } as DOMRectReadOnly;
    const entries = [...this.targets].map((target) => {
      const top = positions.get(target) ?? 100_000;
      return {
        target,
        isIntersecting: top > -900 && top < 1600,
        boundingClientRect: { top, bottom: top + 100, height: 100 } as DOMRectReadOnly,
        rootBounds,
      } as IntersectionObserverEntry;
    });
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function addPosts(count: number): HTMLElement[] {
  return Array.from({ length: count }, (_, i) => {
    const element = document.createElement('div');
    element.className = 'post';
    element.setAttribute('data-id', String(i));
    element.textContent = `post ${i}`;
    document.body.append(element);
    return element;
  });
}

describe('a backlog of posts', () => {
  let controller: AbortController;
  /** Idle tasks wait until the test runs them: each slice has time for `perSlice` posts. */
  let tasks: Array<Parameters<IdleScheduler>[0]>;
  const schedule: IdleScheduler = (task) => void tasks.push(task);
  const runTask = (perSlice: number) => {
    let left = perSlice;
    // The scanner asks before each post after the first.
    tasks.shift()!(() => (left-- > 1 ? 50 : 0));
  };
  const marked = (posts: HTMLElement[]) => posts.filter((post) => post.hasAttribute(SENTIMENT_ATTRIBUTE)).map((post) => Number(post.dataset.id));
  /** The posts in the order they were handled. */
  let order: number[];
  const decorate = (element: Element) => void order.push(Number(element.getAttribute('data-id')));

  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
    tasks = [];
    order = [];
    FakeIntersectionObserver.last = undefined;
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
  });

  test('is worked through nearest the viewport first, then in page order', async () => {
    const posts = addPosts(200);
    startScanner({ root: document, adapter, judge, decorate, report: async () => {}, signal: controller.signal, schedule, inlineBudgetMs: 0, minSliceMs: 0 });
    runTask(0); // the first look through the page
    runTask(10);
    expect(order).toEqual([...Array(10).keys()]);
    // A backlog: the browser is asked which of it is near the viewport, with a viewport's margin.
    const watcher = FakeIntersectionObserver.last!;
    expect(watcher.options?.rootMargin).toBe('100% 0px');
    expect(watcher.targets.size).toBe(190);
    // The user scrolled to posts 150…160: 155 across the middle of the viewport (400 px), 150 in
    // the margin above, 180 far below.
    const positions = new Map<Element, number>();
    for (let i = 150; i <= 160; i++) positions.set(posts[i]!, 350 + (i - 155) * 100);
    positions.set(posts[180]!, 5_000);
    watcher.report(positions);
    runTask(3);
    expect(order.slice(10)).toEqual([155, 154, 156]);
    runTask(8);
    expect(order.slice(13)).toEqual([153, 157, 152, 158, 151, 159, 150, 160]);
    // Then the rest, oldest first; what was handled is no longer watched.
    runTask(5);
    expect(order.slice(21)).toEqual([10, 11, 12, 13, 14]);
    expect(watcher.targets.has(posts[155]!)).toBe(false);
    expect(watcher.targets.has(posts[15]!)).toBe(true);
    // Posts arriving while the backlog lasts are watched too.
    const late = addPosts(1)[0]!;
    late.setAttribute('data-id', 'late');
    await vi.waitFor(() => expect(watcher.targets.has(late)).toBe(true));
    while (tasks.length > 0) runTask(50);
    expect(posts.every((post) => post.hasAttribute(SENTIMENT_ATTRIBUTE))).toBe(true);
    // No backlog, nothing watched.
    expect(watcher.disconnected).toBe(true);
  });

  test('posts handled as they come leave nothing to watch', () => {
    const posts = addPosts(20);
    startScanner({ root: document, adapter, judge, report: async () => {}, signal: controller.signal, schedule, inlineBudgetMs: 0, minSliceMs: 0 });
    runTask(0);
    runTask(50);
    expect(marked(posts)).toHaveLength(20);
    expect(FakeIntersectionObserver.last).toBeUndefined();
  });

  test('a slice the browser gave no idle time (its timeout ran out on a busy page) still handles a few posts, not one', () => {
    const posts = addPosts(200);
    startScanner({ root: document, adapter, judge, report: async () => {}, signal: controller.signal, schedule, inlineBudgetMs: 0 });
    runTask(0);
    // A clock of its own, a tenth of a millisecond a look: on a loaded machine one post's real time can
    // pass the whole minimum (CI saw one post handled), which says nothing of the scanner.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.1));
    tasks.shift()!(() => 0);
    now.mockRestore();
    expect(marked(posts).length).toBeGreaterThan(1);
    // About the default minimum (4 ms), never the whole backlog.
    expect(marked(posts).length).toBeLessThanOrEqual(50);
  });

  test('without IntersectionObserver, the backlog goes in page order', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const posts = addPosts(30);
    startScanner({ root: document, adapter, judge, report: async () => {}, signal: controller.signal, schedule, inlineBudgetMs: 0, minSliceMs: 0 });
    runTask(0);
    runTask(10);
    runTask(10);
    expect(marked(posts)).toEqual([...Array(20).keys()]);
  });
});
