// @vitest-environment happy-dom
// Posts on a page are judged by the service worker (the analysis off the page's main thread): the
// posts found together go in one message, the badges say what the worker said, and should the
// worker not answer, the page reads them itself.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '@/utils/analysis';
import { BADGE_TAG } from '@/utils/content/badge';
import { READING_HERE, runOnPage } from '@/utils/content/page';
import { SENTIMENT_ATTRIBUTE } from '@/utils/content/scanner';
import { sendMessage } from '@/utils/messaging';
import type { PostVerdict } from '@/utils/tracking/verdict';
import { useEnglishMessages } from '../messages';
import { addPost, testAdapter } from './test-adapter';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const adapter = testAdapter({ overrides: { findReplyBoxes: () => [] } });
const ANGRY = 'Worst service ever, I am furious and disgusted with this awful company.';

/** What a worker would answer: every post positive (no page-side reading of these texts says so). */
const positive = (text: string): PostVerdict => ({
  analysis: { label: 'positive', score: 0.9, intensity: 0.9, confidence: 0.9, signals: [], reasons: [{ text: text.slice(0, 5), start: 0, end: 5, weight: 2 }] } satisfies Analysis,
  brandHits: [],
});

describe('runOnPage, the worker judges the posts', () => {
  let ctx: ContentScriptContext;
  let judgeAnswer: (texts: string[]) => Promise<unknown>;

  beforeEach(() => {
    useEnglishMessages();
    document.body.replaceChildren();
    judgeAnswer = async (texts) => texts.map(positive);
    vi.mocked(sendMessage).mockReset();
    vi.mocked(sendMessage).mockImplementation((async (type: string, data: unknown) => {
      if (type === 'content→background:analysisRules') return { overrides: {}, lexicon: {} };
      if (type === 'content→background:judge') return judgeAnswer(data as string[]);
      return type === 'content→background:openIncident' ? null : undefined;
    }) as unknown as typeof sendMessage);
    ctx = new ContentScriptContext('content');
  });
  afterEach(() => ctx.abort());

  const judgeCalls = () => vi.mocked(sendMessage).mock.calls.filter(([type]) => type === 'content→background:judge').map(([, data]) => data as string[]);

  test("the posts found together go in one message, and the badges say the worker's verdict", async () => {
    const posts = [addPost('1', ANGRY), addPost('2', 'Lovely morning with friends'), addPost('3', 'Meeting at 10')];
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(3));
    expect(judgeCalls()).toEqual([[ANGRY, 'Lovely morning with friends', 'Meeting at 10']]);
    for (const post of posts) expect(post.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('positive');

    // A post arriving later goes in a message of its own.
    const late = addPost('4', 'Another post');
    await vi.waitFor(() => expect(late.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('positive'));
    expect(judgeCalls()).toHaveLength(2);
    expect(judgeCalls()[1]).toEqual(['Another post']);
  });

  test('a worker that fails to answer, or answers nonsense, leaves the page to read its posts itself', async () => {
    judgeAnswer = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const angry = addPost('1', ANGRY);
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => expect(angry.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative'));
    expect(angry.querySelector(BADGE_TAG)).not.toBeNull();
    // Said once, in the console only (the browser tests check it is never said while the worker answers).
    expect(debug.mock.calls.filter((args) => args.includes(READING_HERE))).toHaveLength(1);

    judgeAnswer = async () => [{ analysis: null }];
    const second = addPost('2', ANGRY.replace('Worst', 'Truly the worst'));
    await vi.waitFor(() => expect(second.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative'));
    expect(ctx.signal.aborted).toBe(false);
    expect(debug.mock.calls.filter((args) => args.includes(READING_HERE))).toHaveLength(1);
    debug.mockRestore();
  });

  test('the extension gone while the worker was asked: nothing is marked, and Firebreak stops on the page', async () => {
    let answer!: (value: unknown) => void;
    judgeAnswer = () => new Promise((resolve) => (answer = resolve));
    const post = addPost('1', ANGRY);
    await runOnPage(ctx, adapter);
    await vi.waitFor(() => expect(judgeCalls()).toHaveLength(1));
    // What a reloaded extension answers an old content script.
    answer(Promise.reject(new Error('Extension context invalidated.')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(post.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(post.querySelector(BADGE_TAG)).toBeNull();
    // Not read on the page instead, and posts arriving later are left alone.
    const late = addPost('2', ANGRY);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(late.hasAttribute(SENTIMENT_ATTRIBUTE)).toBe(false);
    expect(judgeCalls()).toHaveLength(1);
  });
});
