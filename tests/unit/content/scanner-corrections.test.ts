// @vitest-environment happy-dom
// A post the user corrected, as the page goes on rendering it: drawn again (React drops the badge
// and puts the same text back), or its text expanded ("Show more") or translated in place.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SentimentLabel } from '@/utils/analysis';
import { CORRECTED_ATTRIBUTE, SENTIMENT_ATTRIBUTE, startScanner, type PostVerdict } from '@/utils/content/scanner';
import type { PlatformAdapter } from '@/utils/platforms/types';
import type { ReportedPost } from '@/utils/tracking/posts';
import { immediate } from './scanner-run';
import { addPost, testAdapter } from './test-adapter';

const adapter: PlatformAdapter = { ...testAdapter({ overrides: { findReplyBoxes: () => [] } }), postSelector: '.post' };
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

const ANGRY = 'Worst service ever, I am angry';

/** The brand rules as page.tsx keeps them: a correction's override is by text. */
let overrides: Map<string, SentimentLabel>;
const judge = (post: { text: string }): PostVerdict => {
  const label = overrides.get(post.text) ?? (post.text.includes('grateful') ? 'mixed' : post.text.includes('angry') ? 'negative' : 'neutral');
  return { analysis: { label, score: 0, intensity: 0, confidence: 1, signals: [], reasons: [] }, brandHits: [] };
};

/** A badge as page.tsx's decorate adds one: it shows the label of the verdict it is given. */
const decorate = (element: Element, _post: unknown, verdict: PostVerdict) => {
  element.querySelector('firebreak-badge')?.remove();
  const host = document.createElement('firebreak-badge');
  host.setAttribute('data-label', verdict.analysis.label);
  element.append(host);
  return host;
};
const badgeLabel = (element: Element) => element.querySelector('firebreak-badge')?.getAttribute('data-label');


/** What the badge's onCorrect does once the correction is saved: new rules, then the marks. */
function correct(element: Element, text: string, label: SentimentLabel, { rulesUpdated = true } = {}) {
  if (rulesUpdated) overrides.set(text, label);
  element.setAttribute(SENTIMENT_ATTRIBUTE, label);
  element.setAttribute(CORRECTED_ATTRIBUTE, 'true');
}

/** The page draws the post's content again: its nodes (and so the badge among them) replaced. */
const rerender = (element: Element) => element.replaceChildren(document.createTextNode(element.firstChild!.textContent!));
const setText = (element: Element, text: string) => ((element.firstChild as Text).data = text);

describe('a corrected post, rendered again by the page', () => {
  let controller: AbortController;
  let reports: ReportedPost[][];
  const report = async (posts: ReportedPost[]) => void reports.push(posts);
  const start = () => startScanner({ root: document, adapter, judge, report, decorate, signal: controller.signal, schedule: immediate });

  beforeEach(() => {
    document.body.replaceChildren();
    overrides = new Map();
    controller = new AbortController();
    reports = [];
  });
  afterEach(() => controller.abort());

  test.each([
    ['the rules updated (as page.tsx does)', true],
    ['the judge not (yet) reading the correction', false],
  ])('the badge put back shows the corrected label, with %s', async (_, rulesUpdated) => {
    const element = addPost('1', ANGRY);
    const scanner = start();
    await scanner.idle();
    expect(badgeLabel(element)).toBe('negative');
    correct(element, ANGRY, 'positive', { rulesUpdated });
    await tick();
    rerender(element);
    await vi.waitFor(() => expect(badgeLabel(element)).toBeDefined());
    await scanner.idle();
    expect(badgeLabel(element)).toBe('positive');
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('positive');
    expect(element.getAttribute(CORRECTED_ATTRIBUTE)).toBe('true');
    expect(element.querySelectorAll('firebreak-badge')).toHaveLength(1);
    // The stored post follows its label.
    expect(reports.flat().map((post) => post.sentiment)).toEqual(['negative', 'positive']);
  });

  test('a post not corrected is still put back without being judged again', async () => {
    const element = addPost('1', ANGRY);
    const other = addPost('2', 'a calm post');
    const counting = vi.fn(judge);
    const scanner = startScanner({ root: document, adapter, judge: counting, report, decorate, signal: controller.signal, schedule: immediate });
    await scanner.idle();
    rerender(other);
    await vi.waitFor(() => expect(badgeLabel(other)).toBe('neutral'));
    await scanner.idle();
    expect(counting).toHaveBeenCalledTimes(2);
    expect(element.hasAttribute(CORRECTED_ATTRIBUTE)).toBe(false);
  });

  test('its text expanded ("Show more"): read again, no longer marked corrected; marked again when the corrected text is back', async () => {
    const truncated = 'Worst service ever, I am angry…';
    const element = addPost('1', truncated);
    const scanner = start();
    await scanner.idle();
    correct(element, truncated, 'positive');
    await tick();
    setText(element, `${truncated} just kidding, Brewly fixed it, I am so grateful.`);
    await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('mixed'));
    expect(element.hasAttribute(CORRECTED_ATTRIBUTE)).toBe(false);
    expect(badgeLabel(element)).toBe('mixed');
    // "Show less": the text the correction is of.
    setText(element, truncated);
    await vi.waitFor(() => expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('positive'));
    expect(element.getAttribute(CORRECTED_ATTRIBUTE)).toBe('true');
    expect(badgeLabel(element)).toBe('positive');
    await scanner.idle();
  });

  test('a translation: the mark goes; only spacing or case changed, the correction still applies', async () => {
    const element = addPost('1', ANGRY);
    const scanner = start();
    await scanner.idle();
    correct(element, ANGRY, 'neutral', { rulesUpdated: false });
    await tick();
    // The same text for a correction's key (utils/analysis/corrections.ts, textKey).
    setText(element, `  ${ANGRY.toUpperCase()}  `);
    await tick();
    await scanner.idle();
    expect(element.getAttribute(CORRECTED_ATTRIBUTE)).toBe('true');
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    setText(element, 'Pire service, je suis en colère (angry)');
    await vi.waitFor(() => expect(element.hasAttribute(CORRECTED_ATTRIBUTE)).toBe(false));
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('negative');
    expect(badgeLabel(element)).toBe('negative');
  });

  test('the element re-used for another post with the corrected text is not marked: the correction was of the post before', async () => {
    const element = addPost('1', ANGRY);
    const scanner = start();
    await scanner.idle();
    correct(element, ANGRY, 'neutral');
    await tick();
    element.setAttribute('data-id', '2');
    await vi.waitFor(() => expect(element.hasAttribute(CORRECTED_ATTRIBUTE)).toBe(false));
    // Its label still follows the correction of its text (the rules), as after a reload.
    expect(element.getAttribute(SENTIMENT_ATTRIBUTE)).toBe('neutral');
    await scanner.idle();
  });
});
