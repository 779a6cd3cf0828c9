// @vitest-environment happy-dom
// The open popover when focus leaves it for no element: Tab past the page's last control closes it
// (focus goes to the browser's own UI, or to the document itself), and so does focus coming back
// into the page elsewhere; the window losing focus, an arrow key in the select, or a correction
// saving keeps it open. Closing never takes the focus back.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { BadgeProps } from '@/components/Badge';
import { mountBadge } from '@/utils/content/badge';
import { useEnglishMessages } from '../messages';
import { badgeProps, flush, painted } from './badge-fixture';


/** The last post of a page with a link before it (nothing focusable after it): its badge, opened, focus on "Correct this label". */
async function openLastBadge(overrides: Partial<BadgeProps> = {}) {
  const pageLink = document.createElement('a');
  pageLink.href = '#top';
  pageLink.textContent = 'top of the page';
  const post = document.createElement('article');
  document.body.append(pageLink, post);
  const host = mountBadge(post, null, badgeProps(overrides));
  const shadow = host.shadowRoot!;
  (shadow.querySelector('button.badge') as HTMLButtonElement).click();
  await painted();
  const select = shadow.querySelector('select')!;
  select.focus();
  return {
    pageLink,
    select,
    button: () => shadow.querySelector('button.badge') as HTMLButtonElement,
    dialog: () => shadow.querySelector<HTMLElement>('[role="dialog"]'),
    shadow,
  };
}

const pressTab = (element: Element) => element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
const windowLosesFocus = () => vi.spyOn(document, 'hasFocus').mockReturnValue(false);

beforeEach(() => {
  useEnglishMessages();
  document.body.replaceChildren();
});
afterEach(() => vi.restoreAllMocks());

describe('focus leaving the popover for no element', () => {
  test('Tab past the last control of the page (to the browser\'s own UI) closes it, and focus is not taken back', async () => {
    const { select, button, dialog, shadow } = await openLastBadge();
    expect(dialog()).not.toBeNull();
    pressTab(select);
    // Focus goes out of the page: the window no longer has it.
    windowLosesFocus();
    select.blur();
    await flush();
    expect(dialog()).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(shadow.activeElement).not.toBe(button());
  });

  test('focus falling to the document itself closes it once focus has settled', async () => {
    const { select, button, dialog, shadow } = await openLastBadge();
    select.blur();
    await flush();
    expect(dialog()).toBeNull();
    expect(shadow.activeElement).not.toBe(button());
  });

  test('the window losing focus (another window, devtools) keeps it open; focus coming back into the page elsewhere closes it', async () => {
    const { pageLink, select, dialog } = await openLastBadge();
    const focus = windowLosesFocus();
    select.blur();
    await flush();
    expect(dialog()).not.toBeNull();

    // Back in the window, Tab from the browser's UI lands on the page's first control.
    focus.mockReturnValue(true);
    pageLink.focus();
    await flush();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(pageLink);
  });

  test('an arrow key in the select after a Tab (its change, a re-render) neither saves nor closes it', async () => {
    const onCorrect = vi.fn(async () => undefined);
    const { select, dialog } = await openLastBadge({ onCorrect });
    pressTab(select);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    select.value = 'neutral';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(onCorrect).not.toHaveBeenCalled();
    expect(select.disabled).toBe(false);
    // A focus loss for no element now is not that Tab's: it waits for focus to settle, and focus is still ours.
    select.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
    await flush();
    expect(dialog()).not.toBeNull();
  });

  test('saving keeps it open and the focus where it was', async () => {
    let finish: () => void = () => undefined;
    const { select, dialog, shadow } = await openLastBadge({ onCorrect: () => new Promise<undefined>((resolve) => (finish = () => resolve(undefined))) });
    select.value = 'positive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    const save = shadow.querySelector<HTMLButtonElement>('button.save')!;
    save.focus();
    save.click();
    await flush();
    expect(save.disabled).toBe(false);
    expect(shadow.activeElement).toBe(save);
    finish();
    await flush();
    await flush();
    expect(dialog()!.querySelector('[role="status"]')?.textContent).toContain('Saved');
    expect(shadow.activeElement).toBe(save);
  });
});
