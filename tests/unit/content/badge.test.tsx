// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis';
import { feelingNote, feelingWord, sureWord, type BadgeProps } from '@/components/Badge';
import { BADGE_TAG, mountBadge, unmountBadges } from '@/utils/content/badge';
import { useEnglishMessages } from '../messages';

const TEXT = 'Brewly <img src=x onerror=alert(1)> is awful';
const verdict = (label: Analysis['label'], extra: Partial<Analysis> = {}): Analysis => ({
  label,
  score: label === 'negative' ? -0.7 : 0,
  intensity: 0.6,
  confidence: 0.8,
  signals: [],
  reasons: [],
  ...extra,
});

function props(overrides: Partial<BadgeProps> = {}): BadgeProps {
  return {
    analysis: verdict('negative', {
      signals: ['anger'],
      reasons: [{ text: 'awful', start: TEXT.indexOf('awful'), end: TEXT.length, weight: -2.5 }],
    }),
    text: TEXT,
    brandHits: [{ term: 'Brewly', kind: 'name', start: 0, end: 6 }],
    compact: false,
    action: { kind: 'reply', text: 'Reply within 1 hour with empathy.' },
    onCorrect: vi.fn(async () => undefined),
    ...overrides,
  };
}

function post(): { container: HTMLElement; text: HTMLElement } {
  const container = document.createElement('article');
  const text = document.createElement('div');
  container.append(text);
  document.body.append(container);
  return { container, text };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const shadowOf = (host: HTMLElement) => host.shadowRoot!;

beforeEach(() => {
  useEnglishMessages();
  document.body.replaceChildren();
});

describe('badge', () => {
  test.each(['negative', 'neutral', 'positive', 'mixed'] as const)('a %s badge says so in text and to screen readers', async (label) => {
    const { container, text } = post();
    const host = mountBadge(container, text, props({ analysis: verdict(label), brandHits: [] }));
    await flush();
    expect(host.tagName.toLowerCase()).toBe(BADGE_TAG);
    expect(host.nextSibling).toBe(text);
    const button = shadowOf(host).querySelector('button.badge')!;
    expect(button.textContent?.toLowerCase()).toBe(label);
    expect(button.getAttribute('aria-label')).toBe(`Firebreak: ${label} sentiment. Show why`);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('a badge marked "!" says, to screen readers and in its tooltip, that it carries crisis signals; sarcasm alone marks nothing', async () => {
    const { container } = post();
    const flagged = mountBadge(container, null, props({ brandHits: [] }));
    await flush();
    const button = shadowOf(flagged).querySelector('button.badge')!;
    expect(button.textContent).toBe('Negative!');
    expect(button.getAttribute('aria-label')).toBe('Firebreak: negative sentiment, with crisis signals. Show why');
    expect(button.getAttribute('title')).toBe('Firebreak: Negative sentiment, with crisis signals (!)');
    unmountBadges(document);
    const sarcastic = mountBadge(post().container, null, props({ brandHits: [], analysis: verdict('negative', { signals: ['sarcasm'] }) }));
    await flush();
    const plain = shadowOf(sarcastic).querySelector('button.badge')!;
    expect(plain.textContent).toBe('Negative');
    expect(plain.getAttribute('aria-label')).toBe('Firebreak: negative sentiment. Show why');
  });

  test('a compact badge has no text but keeps its label for screen readers', async () => {
    const { container } = post();
    const host = mountBadge(container, null, props({ compact: true }));
    await flush();
    const button = shadowOf(host).querySelector('button.badge')!;
    expect(button.textContent).toBe('');
    expect(button.getAttribute('aria-label')).toContain('negative sentiment, mentions your brand');
  });

  test('opening it explains: figures, signals, highlighted words, what to do', async () => {
    const { container } = post();
    const host = mountBadge(container, null, props());
    await flush();
    (shadowOf(host).querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    const dialog = shadowOf(host).querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('clear feeling · Firebreak is sure');
    expect(dialog.querySelector('.figures')?.getAttribute('title')).toBe('Intensity 60%: how strongly the post feels. Confidence 80%: how sure Firebreak is of this reading.');
    expect(dialog.textContent).toContain('Anger');
    expect(dialog.textContent).toContain('Mentions your brand: Brewly');
    expect(dialog.textContent).toContain('Reply within 1 hour with empathy.');
    const marks = Array.from(dialog.querySelectorAll('mark')).map((mark) => [mark.className, mark.textContent]);
    expect(marks).toEqual([
      ['brand', 'Brewly'],
      ['negative', 'awful'],
    ]);
  });

  test("the badge's clicks and keys stay with the badge: the post (on X, opening the tweet) never sees them", async () => {
    const { container, text } = post();
    const pageSaw: string[] = [];
    for (const type of ['click', 'pointerdown', 'keydown']) container.addEventListener(type, () => pageSaw.push(type));
    const host = mountBadge(container, text, props());
    await flush();
    const button = shadowOf(host).querySelector('button.badge') as HTMLButtonElement;
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button.click();
    await flush();
    const dialog = shadowOf(host).querySelector('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageSaw).toEqual([]);
    // The rest of the post is the page's as before.
    text.click();
    expect(pageSaw).toEqual(['click']);
  });

  test('page text is shown as text, never as markup', async () => {
    const { container } = post();
    const host = mountBadge(container, null, props());
    await flush();
    (shadowOf(host).querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    const quote = shadowOf(host).querySelector('blockquote')!;
    expect(quote.querySelector('img')).toBeNull();
    expect(quote.textContent).toBe(TEXT);
  });

  test('Escape closes the popover and gives focus back to the badge', async () => {
    const { container } = post();
    const host = mountBadge(container, null, props());
    await flush();
    const button = shadowOf(host).querySelector('button.badge') as HTMLButtonElement;
    button.click();
    await flush();
    const dialog = shadowOf(host).querySelector('[role="dialog"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(shadowOf(host).querySelector('[role="dialog"]')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  test('correcting the label saves it and says so', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const { container } = post();
    const host = mountBadge(container, null, props({ onCorrect }));
    await flush();
    (shadowOf(host).querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    const select = shadowOf(host).querySelector('select') as HTMLSelectElement;
    select.value = 'positive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    (shadowOf(host).querySelector('button.save') as HTMLButtonElement).click();
    await flush();
    expect(onCorrect).toHaveBeenCalledWith('positive');
    expect(shadowOf(host).querySelector('[role="status"]')?.textContent).toContain('Saved');
  });

  test('a failed save says what to do', async () => {
    const { container } = post();
    const host = mountBadge(container, null, props({ onCorrect: () => Promise.reject(new Error('context invalidated')) }));
    await flush();
    (shadowOf(host).querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    const select = shadowOf(host).querySelector('select') as HTMLSelectElement;
    select.value = 'neutral';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    (shadowOf(host).querySelector('button.save') as HTMLButtonElement).click();
    await flush();
    expect(shadowOf(host).querySelector('[role="status"]')?.textContent).toContain('reload the page');
  });

  test('mounting again replaces the badge; nested posts keep theirs', async () => {
    const outer = post();
    const inner = document.createElement('div');
    outer.container.append(inner);
    mountBadge(inner, null, props({ analysis: verdict('positive') }));
    mountBadge(outer.container, null, props({ analysis: verdict('neutral') }));
    mountBadge(outer.container, null, props({ analysis: verdict('negative') }));
    expect(outer.container.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    expect(inner.querySelector(BADGE_TAG)?.getAttribute('data-label')).toBe('positive');
    unmountBadges(document);
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  test('an anchor outside the container is ignored: the badge stays inside the post', () => {
    const { container } = post();
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    const host = mountBadge(container, elsewhere, props());
    expect(host.parentElement).toBe(container);
  });

  // New Reddit: shreddit-comment's shadow root draws only named slots, so a badge beside the
  // slotted comment body (naming no slot) would not be drawn at all.
  test.each([
    ['a shadow host', (element: HTMLElement) => element.attachShadow({ mode: 'open' }).append(document.createElement('slot'))],
    ['a custom element whose shadow root is closed or not attached yet', () => undefined],
  ])('an anchor slotted into %s takes the badge inside it, first', (_, shadow) => {
    const comment = document.createElement('test-comment');
    shadow(comment);
    const meta = document.createElement('div');
    meta.slot = 'commentMeta';
    const body = document.createElement('div');
    body.slot = 'comment';
    for (const words of ['First paragraph', 'Second']) body.append(Object.assign(document.createElement('p'), { textContent: words }));
    comment.append(meta, body);
    document.body.append(comment);
    const host = mountBadge(comment, body, props());
    expect(host.parentElement).toBe(body);
    expect(body.firstChild).toBe(host);
    // Mounted again (the scanner puts back a dropped badge): still one, still inside.
    const again = mountBadge(comment, body, props({ analysis: verdict('neutral') }));
    expect(comment.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(again.parentElement).toBe(body);
  });

  test('a slot attribute on a child of a plain element is no web component slot: the badge goes before it', () => {
    const { container, text } = post();
    text.slot = 'content';
    const host = mountBadge(container, text, props());
    expect(host.nextSibling).toBe(text);
  });
});

describe('the popover words intensity and confidence', () => {
  test.each([
    [0, 'mild'],
    [0.29, 'mild'],
    [0.3, 'clear'],
    [0.64, 'clear'],
    [0.65, 'strong'],
    [1, 'strong'],
  ] as const)('intensity %s is a %s feeling', (intensity, word) => {
    expect(feelingWord(intensity)).toBe(word);
  });

  test.each([
    [0, 'unsure'],
    [0.49, 'unsure'],
    [0.5, 'fairly'],
    [0.74, 'fairly'],
    [0.75, 'sure'],
    [1, 'sure'],
  ] as const)('confidence %s reads %s', (confidence, word) => {
    expect(sureWord(confidence)).toBe(word);
  });
});

describe("the popover's header words the feeling as the popover explains it (QA: 'mild feeling' over 'No words of feeling found.', 'Neutral · strong feeling')", () => {
  const reason = (weight: number) => ({ text: 'word', start: 0, end: 4, weight });
  test.each([
    ['no words of feeling: no intensity', 'neutral', 0, [], null],
    ['no words, on a label the model read as a whole: no intensity', 'negative', 0, [], null],
    ['weak words leave it neutral: mild', 'neutral', 0.2, [reason(0.6)], 'mild'],
    ['strong words both ways that cancel out', 'neutral', 0.76, [reason(2.55), reason(-2)], 'bothSides'],
    ['strong words both ways, the weaker a third of the other', 'neutral', 0.7, [reason(3), reason(-1)], 'bothSides'],
    ['strong words one way the wording outweighed', 'neutral', 0.7, [reason(3)], 'someWords'],
    ['strong words one way and a trace the other', 'neutral', 0.7, [reason(3), reason(-0.3)], 'someWords'],
    ['a negative post: its intensity', 'negative', 0.9, [reason(-3)], 'strong'],
    ['a positive post: its intensity', 'positive', 0.4, [reason(1.5)], 'clear'],
    ['a mixed post: its intensity, both ways', 'mixed', 0.97, [reason(3), reason(-3)], 'strong'],
  ] as const)('%s', (_, label, intensity, reasons, note) => {
    expect(feelingNote({ label, intensity, reasons: [...reasons] })).toBe(note);
  });

  const header = async (analysis: Analysis) => {
    const host = mountBadge(post().container, null, props({ analysis, brandHits: [], text: 'Checking in on the order' }));
    await flush();
    (shadowOf(host).querySelector('button.badge') as HTMLButtonElement).click();
    await flush();
    const dialog = shadowOf(host).querySelector('[role="dialog"]')!;
    return { figures: dialog.querySelector('.figures')?.textContent, text: dialog.textContent ?? '' };
  };

  test('a neutral post with no words of feeling says only how sure Firebreak is, above "No words of feeling found."', async () => {
    const { figures, text } = await header(verdict('neutral', { intensity: 0, confidence: 0.64 }));
    expect(figures).toBe('Firebreak is fairly sure');
    expect(text).toContain('No words of feeling found.');
    expect(text).not.toMatch(/mild|clear|strong/);
  });

  test('a neutral post whose strong words cancel out says so, not "strong feeling"', async () => {
    const reasons = [
      { text: 'Checking', start: 0, end: 8, weight: 2.5 },
      { text: 'order', start: 19, end: 24, weight: -2 },
    ];
    const { figures } = await header(verdict('neutral', { intensity: 0.76, confidence: 0.26, reasons }));
    expect(figures).toBe('feelings on both sides · Firebreak is unsure');
  });
});
