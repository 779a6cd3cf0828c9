// @vitest-environment happy-dom
// A press on the reply coach's panel holds what it shows until the release: a repaint between the
// press and the release (the analysis of the last keystrokes adding findings above the replies) moved
// the Insert button from under the pointer, and the click, which goes where press and release meet,
// landed on nothing (a CI run: "Insert" clicked, the box unchanged).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COACH_TAG, FINDINGS_ATTRIBUTE, startCoach } from '@/utils/content/coach';
import { testAdapter } from './test-adapter';
import { useEnglishMessages } from '../options/helpers';
import { until } from './until';

beforeEach(useEnglishMessages);

const adapter = testAdapter({ overrides: { findPosts: () => [], extract: () => null } });

describe('a press on the coach panel', () => {
  let controller: AbortController;
  let box: HTMLTextAreaElement;
  beforeEach(() => {
    document.body.replaceChildren();
    controller = new AbortController();
    box = document.createElement('textarea');
    box.className = 'reply';
    document.body.append(box);
  });
  afterEach(() => controller.abort());

  const host = () => document.querySelector<HTMLElement>(COACH_TAG);
  const shadow = () => host()!.shadowRoot!;
  const shownFindings = () => Array.from(shadow().querySelectorAll('li.finding')).map((item) => item.getAttribute('data-code'));
  const type = (text: string) => {
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  };
  const press = (target: Element, type: 'pointerdown' | 'pointerup' | 'pointercancel') =>
    target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1 }));

  /** The coach open on "Actually you're wrong", its Insert button pressed and not yet released. */
  async function pressedOnArguing(): Promise<HTMLButtonElement> {
    startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => ({}), onInserted: () => undefined });
    await until(host);
    type("Actually you're wrong");
    await until(() => shownFindings().includes('arguing'));
    const insert = await until(() => shadow().querySelector<HTMLButtonElement>('li.suggestion button.insert'));
    press(insert, 'pointerdown');
    // The last words typed are analysed while the button is held: "calm down" is dismissive.
    type("Actually you're wrong. Calm down");
    await until(() => host()!.getAttribute(FINDINGS_ATTRIBUTE), (codes) => /(^| )dismissive( |$)/.test(codes ?? ''));
    return insert;
  }

  test('holds the panel still until the release; the findings come after it, and the host reports them at once', async () => {
    const insert = await pressedOnArguing();
    // The attribute (read by nothing under the pointer) is current; the panel is not repainted under the press.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shownFindings()).not.toContain('dismissive');
    expect(insert.isConnected).toBe(true);

    // Released anywhere (here on the page, the pointer having left the panel): the panel catches up.
    press(document.body, 'pointerup');
    // At once, not when the hold runs out (1 s).
    await until(() => shownFindings().includes('dismissive'), Boolean, 400);
  });

  test('a cancelled press releases it too', async () => {
    await pressedOnArguing();
    press(document.body, 'pointercancel');
    await until(() => shownFindings().includes('dismissive'), Boolean, 400);
  });

  test('a press never released holds it a moment only', async () => {
    await pressedOnArguing();
    const held = Date.now();
    await until(() => shownFindings().includes('dismissive'), Boolean, 3_000);
    expect(Date.now() - held).toBeGreaterThan(500);
  });

  test('a press that ends in a click on Insert inserts, and the panel shows the reply analysed', async () => {
    const insert = await pressedOnArguing();
    const text = insert.closest('li')!.querySelector('.suggestion-text')!.textContent;
    press(insert, 'pointerup');
    insert.click();
    expect(box.value).toBe(text);
    await until(() => host()!.getAttribute(FINDINGS_ATTRIBUTE), (codes) => !/arguing|dismissive/.test(codes ?? ''));
    await until(() => !shownFindings().includes('arguing'), Boolean, 400);
    expect(shownFindings()).not.toContain('dismissive');
  });
});
