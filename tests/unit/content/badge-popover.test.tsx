// @vitest-environment happy-dom
// The open badge: a correction shows at once, the popover follows its badge on scroll instead of
// closing, and it closes when focus moves on into the page.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BadgeProps, Corrected } from '@/components/Badge';
import { mountBadge } from '@/utils/content/badge';
import { useEnglishMessages } from '../messages';
import { badgeProps, flush, NEGATIVE, painted } from './badge-fixture';


/** A post with a badge, opened; and a focusable element of the page after it. */
async function openBadge(overrides: Partial<BadgeProps> = {}) {
  const container = document.createElement('article');
  const pageLink = document.createElement('a');
  pageLink.href = '#next';
  pageLink.textContent = 'next post';
  document.body.append(container, pageLink);
  const host = mountBadge(container, null, badgeProps(overrides));
  const shadow = host.shadowRoot!;
  (shadow.querySelector('button.badge') as HTMLButtonElement).click();
  await painted();
  return {
    host,
    pageLink,
    button: () => shadow.querySelector('button.badge') as HTMLButtonElement,
    dialog: () => shadow.querySelector<HTMLElement>('[role="dialog"]'),
  };
}

/** Picks a label in "Correct this label" (as an arrow key or a click in its list does): nothing is saved yet. */
async function pick(dialog: HTMLElement, label: string) {
  const select = dialog.querySelector('select')!;
  select.value = label;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
}

const saveButton = (dialog: HTMLElement) => dialog.querySelector<HTMLButtonElement>('button.save')!;

/** Picks a label and saves it. */
async function choose(dialog: HTMLElement, label: string) {
  await pick(dialog, label);
  saveButton(dialog).click();
  await flush();
  await flush();
}

beforeEach(() => {
  useEnglishMessages();
  document.body.replaceChildren();
});
afterEach(() => vi.restoreAllMocks());

describe('a corrected label shows at once', () => {
  test('face, accessible name, popover and host follow what the page gave back', async () => {
    const reread: Corrected = {
      analysis: { ...NEGATIVE, label: 'positive', confidence: 1 },
      action: { kind: 'thank', text: 'A good moment to thank them.' },
    };
    const { host, button, dialog } = await openBadge({ onCorrect: vi.fn(async () => reread) });
    await choose(dialog()!, 'positive');

    expect(button().textContent).toContain('Positive');
    expect(button().className).toContain('positive');
    expect(button().getAttribute('aria-label')).toBe('Firebreak: positive sentiment, mentions your brand, with crisis signals. Show why');
    expect(dialog()!.querySelector('header .label')?.textContent).toBe('Positive');
    expect(dialog()!.textContent).toContain('Firebreak is sure');
    expect(dialog()!.querySelector('.figures')?.getAttribute('title')).toContain('Confidence 100%');
    expect(dialog()!.textContent).toContain('A good moment to thank them.');
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Saved');
    expect(host.getAttribute('data-label')).toBe('positive');

    // Closed and opened again, it still reads as corrected.
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(dialog()).toBeNull();
    button().click();
    await flush();
    expect(dialog()!.querySelector('header .label')?.textContent).toBe('Positive');
  });

  test('when the save gives nothing back, the chosen label still shows', async () => {
    const { button, dialog } = await openBadge();
    await choose(dialog()!, 'neutral');
    expect(button().textContent).toContain('Neutral');
    expect(button().getAttribute('aria-label')).toContain('neutral sentiment');
    expect(dialog()!.querySelector('header .label')?.textContent).toBe('Neutral');
  });

  test('a failed save leaves the label as it was', async () => {
    const { button, dialog } = await openBadge({ onCorrect: () => Promise.reject(new Error('context invalidated')) });
    await choose(dialog()!, 'positive');
    expect(button().textContent).toContain('Negative');
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('reload the page');
  });
});

describe('correcting a label is a choice, then an explicit Save', () => {
  test('picking labels (arrow keys on a closed select fire change on each) saves nothing; Save saves the last one', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const { dialog } = await openBadge({ onCorrect });
    const select = dialog()!.querySelector('select')!;
    // It starts on the post's own label, so the user sees what they would change.
    expect(select.value).toBe('negative');
    await pick(dialog()!, 'neutral');
    await pick(dialog()!, 'positive');
    expect(onCorrect).not.toHaveBeenCalled();
    expect(select.disabled).toBe(false);
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toBe('');
    saveButton(dialog()!).click();
    await flush();
    await flush();
    expect(onCorrect).toHaveBeenCalledTimes(1);
    expect(onCorrect).toHaveBeenCalledWith('positive');
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Saved');
  });

  test('the current label is never saved as a correction: Save says it is unavailable', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const { dialog } = await openBadge({ onCorrect });
    expect(saveButton(dialog()!).getAttribute('aria-disabled')).toBe('true');
    saveButton(dialog()!).click();
    await pick(dialog()!, 'positive');
    expect(saveButton(dialog()!).getAttribute('aria-disabled')).toBe('false');
    await pick(dialog()!, 'negative');
    saveButton(dialog()!).click();
    await flush();
    expect(onCorrect).not.toHaveBeenCalled();
  });

  test('while saving, nothing is disabled under the focus and the popover stays open; Save pressed twice saves once', async () => {
    let finish: () => void = () => undefined;
    const onCorrect = vi.fn(() => new Promise<undefined>((resolve) => (finish = () => resolve(undefined))));
    const { dialog } = await openBadge({ onCorrect });
    await pick(dialog()!, 'positive');
    const save = saveButton(dialog()!);
    save.focus();
    save.click();
    save.click();
    await flush();
    expect(onCorrect).toHaveBeenCalledTimes(1);
    expect(save.disabled).toBe(false);
    expect(dialog()!.querySelector('select')!.disabled).toBe(false);
    expect(dialog()!.querySelector('.correct')!.getAttribute('aria-busy')).toBe('true');
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Saving');
    finish();
    await flush();
    await flush();
    expect(dialog()).not.toBeNull();
    expect(dialog()!.querySelector('.correct')!.getAttribute('aria-busy')).toBe('false');
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Saved');
    // Now the post's label: saving it again would be no correction.
    expect(save.getAttribute('aria-disabled')).toBe('true');
  });

  test('a post with no text (an image alone) offers no correction, and says why', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const { dialog } = await openBadge({ text: ' \n', brandHits: [], onCorrect });
    expect(dialog()!.querySelector('select')).toBeNull();
    expect(dialog()!.querySelector('button.save')).toBeNull();
    expect(dialog()!.textContent).toContain('This post has no text to read; nothing to correct.');
    expect(onCorrect).not.toHaveBeenCalled();
  });
});

describe('the open popover and the page', () => {
  test('scrolling the page keeps it open, next to its badge', async () => {
    let badgeTop = 100;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.classList.contains('badge') ? badgeTop : 0;
      return { top, bottom: top + 18, left: 40, right: 120, width: 80, height: 18, x: 40, y: top, toJSON: () => ({}) } as DOMRect;
    });
    const { dialog } = await openBadge();
    expect(dialog()!.style.top).toBe(`${100 + 18 + 6}px`);

    badgeTop = 60;
    window.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    await flush();
    expect(dialog()).not.toBeNull();
    expect(dialog()!.style.top).toBe(`${60 + 18 + 6}px`);
    // Never taller than the window: what does not fit scrolls inside it.
    expect(parseFloat(dialog()!.style.maxHeight)).toBeLessThanOrEqual(window.innerHeight - 16);
  });

  test('Tab out of it into the page closes it and leaves focus in the page', async () => {
    const { pageLink, button, dialog } = await openBadge();
    pageLink.focus();
    dialog()!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: pageLink }));
    await flush();
    expect(dialog()).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(pageLink);
  });

  test('Shift+Tab from the badge itself into the page closes it too', async () => {
    const { pageLink, button, dialog } = await openBadge();
    button().dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: pageLink }));
    await flush();
    expect(dialog()).toBeNull();
  });

  test('Escape on the badge itself closes it, and focus stays on the badge', async () => {
    const { host, button, dialog } = await openBadge();
    button().focus();
    button().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await flush();
    expect(dialog()).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(host.shadowRoot!.activeElement).toBe(button());
  });

  test('focus moving between the popover and its badge, or leaving the window, keeps it open', async () => {
    const { button, dialog } = await openBadge();
    dialog()!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: button() }));
    button().dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: dialog() }));
    dialog()!.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
    await flush();
    expect(dialog()).not.toBeNull();
  });
});

// happy-dom has no Popover API: these stand in for the browser's, to see the badge use them.
describe('the top layer', () => {
  test('the open popover is shown as a manual popover before it is placed and focused, and hidden on closing', async () => {
    const calls: string[] = [];
    const showing = new WeakSet<HTMLElement>();
    Object.assign(HTMLElement.prototype, {
      showPopover(this: HTMLElement) {
        calls.push(`show ${this.getAttribute('popover')} top=${this.style.top || 'unset'} focused=${this.getRootNode() instanceof ShadowRoot && (this.getRootNode() as ShadowRoot).activeElement === this}`);
        showing.add(this);
      },
      hidePopover(this: HTMLElement) {
        calls.push('hide');
        showing.delete(this);
      },
    });
    const matches = HTMLElement.prototype.matches;
    vi.spyOn(HTMLElement.prototype, 'matches').mockImplementation(function (this: HTMLElement, selector: string) {
      return selector === ':popover-open' ? showing.has(this) : matches.call(this, selector);
    });
    try {
      const { host, dialog } = await openBadge();
      expect(calls).toEqual(['show manual top=unset focused=false']);
      expect(host.shadowRoot!.activeElement).toBe(dialog());
      expect(dialog()!.style.top).not.toBe('');

      dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await flush();
      expect(dialog()).toBeNull();
      expect(calls).toEqual(['show manual top=unset focused=false', 'hide']);
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
      delete (HTMLElement.prototype as Partial<HTMLElement>).hidePopover;
    }
  });

  test('where the browser has no Popover API it stays a fixed popover beside its badge, as before', async () => {
    const { dialog } = await openBadge();
    expect(dialog()!.hasAttribute('popover')).toBe(false);
    expect(dialog()!.style.top).not.toBe('');
  });
});

// The learned model can decide a label with no word of the lexicon in sight ("The whole launch was
// mismanagement"): the popover says so rather than showing a text with nothing marked.
describe('right-to-left posts', () => {
  test('the quoted post takes its own direction (Arabic, Hebrew), not the popover\'s', async () => {
    const { dialog } = await openBadge({ text: 'الخدمة سيئة جدا', brandHits: [] });
    expect(dialog()!.querySelector('blockquote.text')?.getAttribute('dir')).toBe('auto');
  });
});

describe('a label no single word decided', () => {
  const note = (dialog: HTMLElement) => dialog.querySelector('.note')?.textContent ?? null;

  test('says the model read the wording as a whole', async () => {
    const { dialog } = await openBadge({ analysis: { ...NEGATIVE, reasons: [] } });
    expect(note(dialog()!)).toBe('No single word decided this: Firebreak’s model read the wording as a whole.');
  });

  test('a neutral post with no feeling word says that', async () => {
    const { dialog } = await openBadge({ analysis: { ...NEGATIVE, label: 'neutral', signals: [], reasons: [] } });
    expect(note(dialog()!)).toBe('No words of feeling found.');
  });

  test('a post in another language says its label is a guess', async () => {
    const { dialog } = await openBadge({ analysis: { ...NEGATIVE, label: 'neutral', signals: [], reasons: [], confidence: 0.3, notEnglish: true } });
    expect(note(dialog()!)).toBe('Firebreak reads English only, and this post seems to be in another language: its label is a guess.');
  });

  test('a mixed post read for the brand says so', async () => {
    const reasons = [{ text: 'trash', weight: -2.5, start: 26, end: 31 }];
    const { dialog } = await openBadge({ analysis: { ...NEGATIVE, reasons, towardBrand: true } });
    expect(note(dialog()!)).toBe('A mixed post: this label is how the parts that name your brand read.');
  });

  test('says nothing when words are marked', async () => {
    const reasons = [{ text: 'Worst', weight: -3.1, start: 26, end: 31 }];
    const { dialog } = await openBadge({ analysis: { ...NEGATIVE, reasons } });
    expect(note(dialog()!)).toBeNull();
    expect(dialog()!.querySelector('mark.negative')?.textContent).toBe('Worst');
  });
});
