// @vitest-environment happy-dom
// The scanner with verdicts that come later (the service worker reads the posts): the element
// waits unmarked, is shown once its verdict comes, and is read again if the page changed it meanwhile.
import { describe, expect, test, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import { SENTIMENT_ATTRIBUTE, startScanner, type IdleScheduler, type PostVerdict } from '@/utils/content/scanner';
import type { ExtractedPost } from '@/utils/platforms/types';
import { immediate, useScannerRun } from './scanner-run';
import { addPost, testAdapter } from './test-adapter';

const adapter = testAdapter({ overrides: { findReplyBoxes: () => [] } });

const verdictOf = (text: string): PostVerdict => ({
  analysis: {
    label: text.includes('angry') ? 'negative' : 'neutral',
    score: text.includes('angry') ? -0.8 : 0,
    intensity: 0,
    confidence: 1,
    signals: [],
    reasons: [],
  } satisfies Analysis,
  brandHits: [],
});

const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

/** A judge whose verdicts come only when the test lets them (as the worker's answer does). */
function laterJudge() {
  const asked: Array<{ text: string; answer: () => void; refuse: (error: Error) => void }> = [];
  const judge = vi.fn(
    (post: ExtractedPost) =>
      new Promise<PostVerdict>((resolve, reject) => {
        asked.push({ text: post.text, answer: () => resolve(verdictOf(post.text)), refuse: reject });
      }),
  );
  const answerAll = async () => {
    for (const item of asked.splice(0)) item.answer();
    await tick();
  };
  return { judge, asked, answerAll };
}

describe('startScanner, verdicts that come later', () => {
  const run = useScannerRun();
  const { report } = run;

  test('a post waits unmarked until its verdict comes; then it is marked, decorated and reported, and idle() waited for it', async () => {
    const angry = addPost('1', 'an angry post');
    const calm = addPost('2', 'a calm post');
    const { judge, asked, answerAll } = laterJudge();
    const decorated: string[] = [];
    const scanner = startScanner({
      root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate,
      decorate: (_element, post, verdict) => void decorated.push(`${post.id}:${verdict.analysis.label}`),
    });
    let idle = false;
    void scanner.idle().then(() => (idle = true));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    await tick(30);
    expect(angry.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(decorated).toEqual([]);
    expect(idle).toBe(false);
    await answerAll();
    await vi.waitFor(() => expect(idle).toBe(true), { timeout: 3_000 });
    expect(angry.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    expect(calm.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(decorated).toEqual(['1:negative', '2:neutral']);
    expect(run.reports.flat().map((post) => `${post.id}:${post.sentiment}`)).toEqual(['1:negative', '2:neutral']);
  });

  test('a post is asked about once while its verdict is awaited, however often the page is looked through', async () => {
    addPost('1', 'an angry post');
    const { judge, asked, answerAll } = laterJudge();
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    // Other posts arriving make the scanner look through the page again.
    for (let i = 2; i <= 4; i++) {
      addPost(String(i), 'a calm post');
      await tick(60);
    }
    expect(judge.mock.calls.filter(([post]) => post.id === '1')).toHaveLength(1);
    await answerAll();
    await scanner.idle();
    expect(judge.mock.calls.filter(([post]) => post.id === '1')).toHaveLength(1);
  });

  test('an element the page re-used for another post meanwhile shows that post in the end', async () => {
    const element = addPost('1', 'a calm post');
    const { judge, asked, answerAll } = laterJudge();
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    // The page puts another post in the same element (X and YouTube do) before the verdict comes.
    element.setAttribute('data-id', '9');
    element.textContent = 'an angry post';
    await tick(30);
    await answerAll();
    // Shown with the verdict that came, then read again: the new post is asked about.
    await vi.waitFor(() => expect(asked.map((item) => item.text)).toEqual(['an angry post']));
    await answerAll();
    await scanner.idle();
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    expect(run.reports.flat().map((post) => `${post.id}:${post.sentiment}`)).toEqual(['1:neutral', '9:negative']);
  });

  test('a post gone from the page before its verdict came is neither marked nor reported', async () => {
    const gone = addPost('1', 'an angry post');
    const stays = addPost('2', 'a calm post');
    const { judge, asked, answerAll } = laterJudge();
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    gone.remove();
    await answerAll();
    await scanner.idle();
    expect(gone.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(stays.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(run.reports.flat().map((post) => post.id)).toEqual(['2']);
  });

  test('stopped before the verdicts came (the extension reloaded), it marks nothing', async () => {
    const post = addPost('1', 'an angry post');
    const { judge, asked, answerAll } = laterJudge();
    startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    run.controller.abort();
    await answerAll();
    await tick(50);
    expect(post.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(run.reports).toEqual([]);
  });

  test('a verdict refused is told once and leaves the post unmarked; the next look through the page asks again', async () => {
    const post = addPost('1', 'an angry post');
    const { judge, asked, answerAll } = laterJudge();
    const errors: unknown[] = [];
    const scanner = startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate, onError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked.shift()!.refuse(new Error('no answer'));
    await scanner.idle();
    expect(post.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(errors).toHaveLength(1);
    // Something else changes on the page: it is looked through again, and the post asked about anew.
    addPost('2', 'a calm post');
    await vi.waitFor(() => expect(asked.map((item) => item.text).sort()).toEqual(['a calm post', 'an angry post']));
    await answerAll();
    await scanner.idle();
    expect(post.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
  });

  test('many verdicts that come together are shown in slices, not in one task', async () => {
    const posts = Array.from({ length: 6 }, (_, i) => addPost(String(i + 1), i % 2 ? 'an angry post' : 'a calm post'));
    const { judge, asked, answerAll } = laterJudge();
    // Idle slices are run by the test, each with no time to spare (one post per slice).
    const slices: Array<() => void> = [];
    const manual: IdleScheduler = (task) => void slices.push(() => task(() => 0));
    startScanner({ root: document, adapter, judge, report, signal: run.controller.signal, schedule: manual, inlineBudgetMs: 0, minSliceMs: 0 });
    const runSlice = () => slices.shift()?.();
    // The first look through the page, then one post read (and asked about) per slice.
    await vi.waitFor(() => expect(slices.length).toBeGreaterThan(0));
    while (asked.length < posts.length) {
      runSlice();
      await tick(0);
    }
    await answerAll();
    const marked = () => posts.filter((post) => post.hasAttribute(SENTIMENT_ATTRIBUTE)).length;
    expect(marked()).toBe(0);
    runSlice();
    expect(marked()).toBe(1);
    while (slices.length > 0) runSlice();
    expect(marked()).toBe(posts.length);
  });
});
