// @vitest-environment happy-dom
// "Hide coach for this box" leaves a note and "Undo" for a moment.
// - The note ("Reply coach hidden for this box.") is a status, a polite live region. Put into the panel
//   already holding its words, it was not read out by every browser and screen reader: the region must be
//   in the panel, empty, before the note goes into it.
// - "Undo" waits for a user who is on it (WCAG 2.2.1): its time does not run while it (or the panel) has
//   the keyboard focus or the pointer, and starts again in full once they leave.
// - Should the panel go with the focus still in it (the window lost the focus, which leaves it there),
//   the focus must not drop to the page's <body> with it: it goes back to the reply box, as hiding did.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { COACH_TAG, startCoach } from '@/utils/content/coach';
import { useEnglishMessages } from '../messages';
import { testAdapter } from './test-adapter';
import { until } from './until';

let controller: AbortController;
beforeEach(() => {
  useEnglishMessages();
  document.body.replaceChildren();
  controller = new AbortController();
});
afterEach(() => controller.abort());

function start(hideUndoMs = 150): HTMLTextAreaElement {
  const post = document.createElement('article');
  post.className = 'post';
  post.setAttribute('data-id', '1');
  post.textContent = 'Where is my order?';
  const box = document.createElement('textarea');
  box.className = 'reply';
  document.body.append(post, box);
  startCoach({
    root: document,
    adapter: testAdapter(),
    signal: controller.signal,
    getContext: async () => ({}),
    onInserted: () => undefined,
    onError: (error) => {
      throw error;
    },
    hideUndoMs,
  });
  return box;
}

const host = () => document.querySelector<HTMLElement>(COACH_TAG);
const shadow = () => host()!.shadowRoot!;
const shadowButton = (name: RegExp) =>
  Array.from(host()!.shadowRoot!.querySelectorAll('button')).find((button) => name.test(button.getAttribute('aria-label') ?? button.textContent ?? ''));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hides the coach for the box, as the user does, and gives back its "Undo" once shown. */
async function hideCoach(box: HTMLTextAreaElement): Promise<HTMLButtonElement> {
  await until(host);
  box.focus();
  shadowButton(/Hide coach for this box/)!.click();
  expect(document.activeElement).toBe(box);
  return until(() => shadowButton(/^Undo$/));
}

// WCAG 2.2.1 (timing adjustable): the time to undo does not run out under a user who is on it.
/** From now, the whole time (150 ms here) runs again before the coach hides: not what was left of it. */
async function hiddenAfterFullTime(): Promise<void> {
  const left = performance.now();
  await sleep(90);
  expect(host()!.hidden).toBe(false);
  await until(() => host()!.hidden);
  expect(performance.now() - left).toBeGreaterThanOrEqual(140);
}

test('while "Undo" has the focus its time does not run out; once the focus leaves, the full time starts again', async () => {
  const box = start(150);
  // Tab: to "Undo".
  const undo = await hideCoach(box);
  undo.focus();
  expect(shadow().activeElement).toBe(undo);
  await sleep(400);
  expect(host()!.hidden).toBe(false);
  expect(shadow().activeElement).toBe(undo);

  // Shift+Tab: back to the box. The whole time again, not what was left of it.
  box.focus();
  await hiddenAfterFullTime();
  expect(document.activeElement).toBe(box);
});

test('while the pointer is over the panel its time does not run out; once it leaves, the full time starts again', async () => {
  const box = start(150);
  await hideCoach(box);
  const panel = shadow().querySelector('section')!;
  panel.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
  await sleep(400);
  expect(host()!.hidden).toBe(false);

  panel.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
  await hiddenAfterFullTime();
  // Nobody moved the focus: it stays in the box.
  expect(document.activeElement).toBe(box);
});

test('the time running out after the focus left "Undo" for elsewhere in the page leaves the focus there', async () => {
  const box = start(150);
  const elsewhere = document.createElement('button');
  elsewhere.textContent = 'Like';
  document.body.append(elsewhere);
  const undo = await hideCoach(box);
  undo.focus();
  await sleep(200);
  expect(host()!.hidden).toBe(false);
  elsewhere.focus();
  await until(() => host()!.hidden);
  expect(document.activeElement).toBe(elsewhere);
});

test('the window losing the focus while it is on "Undo" (it stays there) lets the time run; once out, the focus goes back to the reply box', async () => {
  const box = start(150);
  const undo = await hideCoach(box);
  undo.focus();
  await sleep(200);
  expect(host()!.hidden).toBe(false);
  // Another window: the focus leaves for no element, and stays on "Undo" for when the window comes back.
  undo.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null }));
  await until(() => host()!.hidden);
  // Hidden under the focus, the focus would drop to the page's <body>: back to the box, as hiding did.
  expect(document.activeElement).toBe(box);
});

test('"Undo" pressed after the focus and the pointer were on it brings the panel back, for good', async () => {
  const box = start(150);
  const undo = await hideCoach(box);
  undo.focus();
  await sleep(50);
  undo.click();
  await until(() => shadowButton(/Reply coach/));
  await sleep(300);
  expect(host()!.hidden).toBe(false);
});

test('hidden while the focus is elsewhere in the page, it leaves the focus there', async () => {
  const box = start();
  const elsewhere = document.createElement('button');
  elsewhere.textContent = 'Like';
  document.body.append(elsewhere);
  await until(host);
  box.focus();
  shadowButton(/Hide coach for this box/)!.click();
  elsewhere.focus();
  await until(() => host()!.hidden);
  expect(document.activeElement).toBe(elsewhere);
});

test('the hidden note goes into a live region that was already there, empty', async () => {
  const box = start(300);
  await until(host);
  box.focus();
  // Every status region as it enters the panel, with the words it holds then.
  const added: { region: Element; text: string }[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        const regions = [node, ...Array.from(node.querySelectorAll('*'))].filter((element) => element.getAttribute('role') === 'status');
        for (const region of regions) added.push({ region, text: region.textContent ?? '' });
      }
    }
  });
  observer.observe(shadow(), { childList: true, subtree: true });
  Array.from(shadow().querySelectorAll('button'))
    .find((button) => button.getAttribute('aria-label') === 'Hide coach for this box')!
    .click();

  const note = await until(
    () => Array.from(shadow().querySelectorAll('[role="status"]')).find((region) => region.textContent === 'Reply coach hidden for this box. Undo'),
    undefined,
    1_000,
  );
  observer.disconnect();
  // The region the note is in was in the panel before the note: empty when it came, or there all along.
  const entry = added.find((record) => record.region === note);
  expect(entry?.text ?? '').toBe('');
  // "Undo" came with the note, and the time to use it has not run out.
  expect(host()!.hidden).toBe(false);
});
