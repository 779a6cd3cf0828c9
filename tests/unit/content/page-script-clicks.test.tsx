// @vitest-environment happy-dom
// A page's own script can reach into the badge's and the coach's (open) shadow roots and call
// `.click()` or dispatchEvent on their buttons. The browser marks such events untrusted
// (isTrusted: false); the user's clicks, keys and assistive technology are trusted. Firebreak's
// controls act on the user's events only: a page cannot save a correction ("this is actually
// positive") in the user's name, put a plan's message into its own reply box, or hide the coach.
//
// happy-dom does not implement isTrusted (it is undefined on every event, so the other tests'
// `.click()` stand for the user's); here each event says which it is, as a browser's would.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { mountBadge } from '@/utils/content/badge';
import { COACH_TAG, readDraft, startCoach, type CoachOptions } from '@/utils/content/coach';
import { useEnglishMessages } from '../options/helpers';
import { badgeProps, flush } from './badge-fixture';
import { testAdapter } from './test-adapter';
import { until } from './until';

/** A click as a browser delivers it: from the user (trusted) or from the page's script (untrusted). */
function clickAs(target: Element, trusted: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

beforeEach(() => {
  useEnglishMessages();
  document.body.replaceChildren();
});

describe('the badge', () => {
  async function openBadge(onCorrect = vi.fn(async () => undefined)) {
    const container = document.createElement('article');
    document.body.append(container);
    const host = mountBadge(container, null, badgeProps({ onCorrect }));
    const shadow = host.shadowRoot!;
    clickAs(shadow.querySelector('button.badge')!, true);
    await flush();
    const select = shadow.querySelector('select')!;
    select.value = 'positive';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    return { host, shadow, onCorrect, save: shadow.querySelector<HTMLButtonElement>('button.save')! };
  }

  test("the page's script cannot save a correction; the user can", async () => {
    const { shadow, onCorrect, save } = await openBadge();
    clickAs(save, false);
    await flush();
    expect(onCorrect).not.toHaveBeenCalled();
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('');
    clickAs(save, true);
    await flush();
    expect(onCorrect).toHaveBeenCalledWith('positive');
  });

  /** A change of the select as a browser delivers it: the user's pick (trusted) or the page script's (untrusted). */
  function changeAs(select: HTMLSelectElement, value: string, trusted: boolean): void {
    select.value = value;
    const event = new Event('change', { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    select.dispatchEvent(event);
  }

  async function openUnpicked(onCorrect = vi.fn(async () => undefined)) {
    const container = document.createElement('article');
    document.body.append(container);
    const host = mountBadge(container, null, badgeProps({ onCorrect }));
    const shadow = host.shadowRoot!;
    clickAs(shadow.querySelector('button.badge')!, true);
    await flush();
    return { shadow, onCorrect, select: shadow.querySelector('select')!, save: shadow.querySelector<HTMLButtonElement>('button.save')! };
  }

  test("the page's script setting the correction's value before the user's Save saves nothing: the select shows the label again", async () => {
    const { shadow, onCorrect, select, save } = await openUnpicked();
    select.value = 'positive';
    clickAs(save, true);
    await flush();
    expect(onCorrect).not.toHaveBeenCalled();
    expect(select.value).toBe('negative');
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('');
  });

  test("the page's script dispatching a change is no choice either", async () => {
    const { onCorrect, select, save } = await openUnpicked();
    changeAs(select, 'positive', false);
    await flush();
    expect(select.value).toBe('negative');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    clickAs(save, true);
    await flush();
    expect(onCorrect).not.toHaveBeenCalled();
  });

  test("Save saves the label the user picked, whatever the page's script set after it", async () => {
    const { onCorrect, select, save } = await openUnpicked();
    changeAs(select, 'neutral', true);
    await flush();
    select.value = 'positive';
    changeAs(select, 'positive', false);
    select.value = 'positive';
    clickAs(save, true);
    await flush();
    expect(onCorrect).toHaveBeenCalledTimes(1);
    expect(onCorrect).toHaveBeenCalledWith('neutral');
  });

  test("the page's script cannot open a badge either", async () => {
    const container = document.createElement('article');
    document.body.append(container);
    const host = mountBadge(container, null, badgeProps());
    clickAs(host.shadowRoot!.querySelector('button.badge')!, false);
    await flush();
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
  });
});

describe('the reply coach', () => {
  const ANGRY = 'Brewly refused my refund. Worst service ever, I am furious';
  let controller: AbortController;
  let inserted: Parameters<CoachOptions['onInserted']>[0][];

  async function coachWithDraft() {
    const post = document.createElement('article');
    post.className = 'post';
    post.setAttribute('data-id', '101');
    post.setAttribute('data-author', '@sam');
    post.textContent = ANGRY;
    const box = document.createElement('textarea');
    box.className = 'reply';
    document.body.append(post, box);
    controller = new AbortController();
    inserted = [];
    startCoach({ root: document, adapter: testAdapter(), signal: controller.signal, getContext: async () => ({}), onInserted: (reply) => inserted.push(reply), hideUndoMs: 50 });
    const host = await until(() => document.querySelector<HTMLElement>(COACH_TAG));
    box.value = "Actually you're wrong, that's not true.";
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    const shadow = host.shadowRoot!;
    const insert = await until(() => shadow.querySelector<HTMLButtonElement>('li.suggestion button.insert:not([disabled])'));
    return { host, shadow, box, insert };
  }

  test("the page's script cannot insert a suggestion (nor tell the extension a reply went in); the user can", async () => {
    const { box, insert } = await coachWithDraft();
    const draft = box.value;
    clickAs(insert, false);
    await flush();
    expect(readDraft(box)).toBe(draft);
    expect(inserted).toEqual([]);
    clickAs(insert, true);
    await flush();
    expect(readDraft(box)).not.toBe(draft);
    expect(inserted).toHaveLength(1);
    controller.abort();
  });

  test("the page's script cannot hide the coach", async () => {
    const { host, shadow } = await coachWithDraft();
    clickAs(shadow.querySelector('button.hide')!, false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(shadow.querySelector('.hidden-note')).toBeNull();
    expect(host.hidden).toBe(false);
    controller.abort();
  });
});
