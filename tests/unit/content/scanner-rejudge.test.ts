// @vitest-environment happy-dom
// The scanner asked to judge again (the brand changed): the posts it read that are still in the page
// are judged again and decorated anew, in idle slices, one answered for the old judge is judged again,
// and what reads differently is reported; a post gone, and a stopped scanner, are left alone.
import { describe, expect, test, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import { SENTIMENT_ATTRIBUTE, startScanner, type IdleScheduler, type PostVerdict } from '@/utils/content/scanner';
import type { ExtractedPost } from '@/utils/platforms/types';
import { immediate, useScannerRun } from './scanner-run';
import { addPost, testAdapter } from './test-adapter';

const adapter = testAdapter({ overrides: { findReplyBoxes: () => [] } });
const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

/** A judge that finds `brand.name` (whatever it is when asked) in the text. */
function brandJudge() {
  const brand = { name: '' };
  const judged: string[] = [];
  const verdictOf = (text: string): PostVerdict => {
    judged.push(text);
    const at = brand.name ? text.indexOf(brand.name) : -1;
    return {
      analysis: { label: 'neutral', score: 0, intensity: 0, confidence: 1, signals: [], reasons: [] } satisfies Analysis,
      brandHits: at < 0 ? [] : [{ term: brand.name, kind: 'name', start: at, end: at + brand.name.length }],
    };
  };
  return { brand, judged, verdictOf };
}

describe('startScanner, rejudge', () => {
  const run = useScannerRun();
  const { report } = run;

  test('the posts read are judged again in idle slices and decorated anew; what reads differently is reported; a post gone is not', async () => {
    const { brand, judged, verdictOf } = brandJudge();
    const kept = addPost('1', 'Brewly kettle leaks');
    const plain = addPost('2', 'a calm post');
    const gone = addPost('3', 'Brewly lid broke');
    const slices: Array<() => void> = [];
    let queueing = false;
    // Idle tasks run at once until the test holds them, to see that rejudge waits for one.
    const schedule: IdleScheduler = (task) => (queueing ? void slices.push(() => task(() => 50)) : immediate(task));
    const decorated: string[] = [];
    const scanner = startScanner({
      root: document, adapter, judge: (post: ExtractedPost) => verdictOf(post.text), report, signal: run.controller.signal, schedule,
      decorate: (_element, post, verdict) => void decorated.push(`${post.id}:${verdict.brandHits.length}`),
    });
    await scanner.idle();
    expect(decorated).toEqual(['1:0', '2:0', '3:0']);
    gone.remove();
    judged.length = 0;
    decorated.length = 0;
    const reportsBefore = run.reports.length;

    brand.name = 'Brewly';
    queueing = true;
    scanner.rejudge();
    // Nothing in the task that asked: the work waits for idle time.
    expect(judged).toEqual([]);
    await tick();
    expect(slices).toHaveLength(1);
    queueing = false;
    slices.shift()!();
    await scanner.idle();

    expect(judged.sort()).toEqual(['Brewly kettle leaks', 'a calm post']);
    expect(decorated.sort()).toEqual(['1:1', '2:0']);
    expect(kept.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    expect(plain.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    // Only the post that now names the brand is news to the worker.
    expect(run.reports.slice(reportsBefore).flat().map((post) => `${post.id}:${(post.brandTerms ?? []).join()}`)).toEqual(['1:Brewly']);
  });

  test('a verdict the judge gave before rejudge was asked for is judged again once it has come', async () => {
    const { brand, verdictOf } = brandJudge();
    const post = addPost('1', 'Brewly kettle leaks');
    const answers: Array<() => void> = [];
    const judge = vi.fn(
      (asked: ExtractedPost) =>
        new Promise<PostVerdict>((resolve) => {
          // Judged as the brand is when asked, answered when the test lets it.
          const verdict = verdictOf(asked.text);
          answers.push(() => resolve(verdict));
        }),
    );
    const decorated: number[] = [];
    const scanner = startScanner({
      root: document, adapter, judge, report, signal: run.controller.signal, schedule: immediate,
      decorate: (_element, _post, verdict) => void decorated.push(verdict.brandHits.length),
    });
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    brand.name = 'Brewly';
    scanner.rejudge();
    answers.shift()!();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers.shift()!();
    await scanner.idle();
    expect(judge).toHaveBeenCalledTimes(2);
    expect(decorated).toEqual([0, 1]);
    expect(post.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
  });

  test('stopped, it judges nothing again', async () => {
    const { brand, judged, verdictOf } = brandJudge();
    addPost('1', 'Brewly kettle leaks');
    const scanner = startScanner({ root: document, adapter, judge: (post: ExtractedPost) => verdictOf(post.text), report, signal: run.controller.signal, schedule: immediate });
    await scanner.idle();
    judged.length = 0;
    run.controller.abort();
    brand.name = 'Brewly';
    scanner.rejudge();
    await tick(30);
    expect(judged).toEqual([]);
  });
});
