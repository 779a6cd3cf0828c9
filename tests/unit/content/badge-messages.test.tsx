// @vitest-environment happy-dom
// Every word of the badge and its popover comes from the locale file: under a pseudo-locale (each
// message's Latin letters made fullwidth, see tests/unit/messages.ts) no Latin letter is left but
// the page's own data, which here has none (Cyrillic post, brand term and suggested action).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { SIGNAL_CODES, type Analysis } from '@/utils/analysis';
import type { BadgeProps } from '@/components/Badge';
import { mountBadge } from '@/utils/content/badge';
import { pseudo, usePseudoMessages } from '../messages';
import { flush } from './badge-fixture';

const TEXT = 'Бруля ужасно, бойкот!';
const TERM = 'Бруля';
const ACTION = 'Ответьте в течение часа.';

const analysis = (extra: Partial<Analysis> = {}): Analysis => ({
  label: 'negative',
  score: -0.7,
  intensity: 0.6,
  confidence: 0.8,
  signals: [...SIGNAL_CODES],
  signalEvidence: [{ code: 'boycott', text: 'бойкот', start: 14, end: 20 }],
  reasons: [{ text: 'ужасно', start: 6, end: 12, weight: -2.5 }],
  ...extra,
});

function props(overrides: Partial<BadgeProps> = {}): BadgeProps {
  return {
    analysis: analysis(),
    text: TEXT,
    brandHits: [{ term: TERM, kind: 'name', start: 0, end: 5 }],
    compact: false,
    action: { kind: 'escalate', text: ACTION },
    onCorrect: vi.fn(async () => undefined),
    ...overrides,
  };
}

/** Mounts a badge (closed), and opens it. */
async function badge(overrides: Partial<BadgeProps> = {}) {
  const container = document.createElement('article');
  document.body.append(container);
  const shadow = mountBadge(container, null, props(overrides)).shadowRoot!;
  const button = () => shadow.querySelector<HTMLButtonElement>('button.badge')!;
  const closed = { text: button().textContent, name: button().getAttribute('aria-label'), title: button().title };
  button().click();
  await flush();
  return { shadow, closed, button, dialog: () => shadow.querySelector<HTMLElement>('[role="dialog"]')! };
}

/** Every text a user can read or hear in the badge: its text, and its accessible names and tooltips. */
function shown(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style') || !node.textContent?.trim()) continue;
    texts.push(node.textContent);
  }
  for (const element of Array.from(root.querySelectorAll('[aria-label], [title]'))) {
    for (const name of ['aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

const untranslated = (root: ShadowRoot) => shown(root).filter((text) => /[A-Za-z]/.test(text));

beforeEach(() => {
  usePseudoMessages();
  document.body.replaceChildren();
});

describe('the badge speaks the locale file', () => {
  test('the closed badge: its label, accessible name and tooltip', async () => {
    const { closed } = await badge();
    expect(closed).toEqual({
      text: pseudo('Negative!'),
      name: pseudo('Firebreak: negative sentiment, mentions your brand, with crisis signals. Show why'),
      title: pseudo('Firebreak: Negative sentiment, mentions your brand, with crisis signals (!)'),
    });
    const plain = await badge({ analysis: analysis({ label: 'mixed', signals: [] }), brandHits: [], compact: true });
    expect(plain.closed).toEqual({
      text: '',
      name: pseudo('Firebreak: mixed sentiment. Show why'),
      title: pseudo('Firebreak: Mixed sentiment'),
    });
  });

  test('the popover: heading, figures, brand line, signals, highlights, notes, what to do, the correction', async () => {
    const { shadow, dialog, button } = await badge({ analysis: analysis({ label: 'mixed', towardBrand: true }) });
    expect(untranslated(shadow)).toEqual([]);
    expect(dialog().getAttribute('aria-label')).toBe(pseudo('Why Firebreak labelled this post'));
    expect(button().getAttribute('aria-label')).toBe(pseudo('Firebreak: mixed sentiment, mentions your brand, with crisis signals. Show why'));
    expect(dialog().querySelector('header .label')?.textContent).toBe(pseudo('Mixed'));
    expect(dialog().querySelector('.figures')?.textContent).toBe(pseudo('clear feeling · Firebreak is sure'));
    expect(dialog().querySelector('.figures')?.getAttribute('title')).toBe(pseudo('Intensity 60%: how strongly the post feels. Confidence 80%: how sure Firebreak is of this reading.'));
    expect(dialog().querySelector('.close')?.getAttribute('aria-label')).toBe(pseudo('Close'));
    expect(dialog().querySelector('.brand-line')?.textContent).toBe(`${pseudo('Mentions your brand: ')}${TERM}`);
    expect(dialog().querySelector('.signals')?.getAttribute('aria-label')).toBe(pseudo('Crisis signals'));
    expect(Array.from(dialog().querySelectorAll('.signals li'), (item) => item.textContent)).toEqual(
      [
        'Anger',
        'Hostility or insult',
        'Call to boycott',
        'Product failure',
        'Service complaint',
        'Insensitive or offensive content',
        'Hypocrisy',
        'Employee conduct',
        'Security or hacked account',
        'Legal threat',
        'Press involved',
        'Going viral',
        'Possible sarcasm',
      ].map(pseudo),
    );
    expect(Array.from(dialog().querySelectorAll('mark'), (mark) => [mark.textContent, mark.title])).toEqual([
      [TERM, `${pseudo('Mentions ')}${TERM}`],
      ['ужасно', '-2.5'],
      ['бойкот', pseudo('Call to boycott')],
    ]);
    expect(dialog().querySelector('.note')?.textContent).toBe(pseudo('A mixed post: this label is how the parts that name your brand read.'));
    expect(dialog().querySelector('.action')?.textContent).toBe(`${pseudo('What to do: ')}${ACTION}`);
    expect(dialog().querySelector('.correct label')?.textContent).toBe(`${pseudo('Correct this label: ')}${['Negative', 'Neutral', 'Positive', 'Mixed'].map(pseudo).join('')}`);
    expect(dialog().querySelector('button.save')?.textContent).toBe(pseudo('Save'));
  });

  test.each([
    ['a neutral post with no words of feeling', analysis({ label: 'neutral', signals: [], signalEvidence: [], reasons: [] }), 'No words of feeling found.'],
    ['a post only the model decided', analysis({ reasons: [] }), 'No single word decided this: Firebreak’s model read the wording as a whole.'],
    [
      'a post in another language',
      analysis({ reasons: [], notEnglish: true }),
      'Firebreak reads English only, and this post seems to be in another language: its label is a guess.',
    ],
  ])('its note for %s', async (_, given, note) => {
    const { shadow, dialog } = await badge({ analysis: given });
    expect(untranslated(shadow)).toEqual([]);
    expect(dialog().querySelector('.note')?.textContent).toBe(pseudo(note));
  });

  test('a post with no text says it has nothing to correct', async () => {
    const { shadow, dialog } = await badge({ text: '', brandHits: [], analysis: analysis({ signals: [], signalEvidence: [], reasons: [] }) });
    expect(untranslated(shadow)).toEqual([]);
    expect(Array.from(dialog().querySelectorAll('.note'), (note) => note.textContent)).toContain(pseudo('This post has no text to read; nothing to correct.'));
  });

  test.each([
    ['saved', async () => undefined, 'Saved. Firebreak will remember this for your brand.'],
    ['not saved', () => Promise.reject(new Error('context invalidated')), 'Could not save: reload the page and try again.'],
  ])('a correction %s says so, and the face follows it', async (_, onCorrect, status) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { shadow, dialog, button } = await badge({ onCorrect: vi.fn(() => held.then(onCorrect)) });
    const select = dialog().querySelector('select')!;
    select.value = 'positive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    dialog().querySelector<HTMLButtonElement>('button.save')!.click();
    await flush();
    expect(dialog().querySelector('[role="status"]')?.textContent).toBe(pseudo('Saving…'));
    release();
    await flush();
    await flush();
    expect(dialog().querySelector('[role="status"]')?.textContent).toBe(pseudo(status));
    expect(untranslated(shadow)).toEqual([]);
    if (status.startsWith('Saved')) expect(button().textContent).toBe(pseudo('Positive!'));
  });
});
