// @vitest-environment happy-dom
// "Hide coach for this box" leaves "Undo" for a moment. A keyboard user who tabbed to it (the next stop after
// the box) and did not press it in time must not be left with the focus in a panel that has gone: hidden
// under the focus, it would drop to the page's <body>. The focus goes back to the reply box, as hiding did.
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

function start(): HTMLTextAreaElement {
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
    hideUndoMs: 150,
  });
  return box;
}

const host = () => document.querySelector<HTMLElement>(COACH_TAG);
const shadowButton = (name: RegExp) =>
  Array.from(host()!.shadowRoot!.querySelectorAll('button')).find((button) => name.test(button.getAttribute('aria-label') ?? button.textContent ?? ''));

test('the time to undo passing with the focus on "Undo" gives the focus back to the reply box', async () => {
  const box = start();
  await until(host);
  box.focus();
  shadowButton(/Hide coach for this box/)!.click();
  expect(document.activeElement).toBe(box);

  // Tab: to "Undo".
  const undo = await until(() => shadowButton(/^Undo$/));
  undo.focus();
  expect(host()!.shadowRoot!.activeElement).toBe(undo);

  await until(() => host()!.hidden);
  expect(document.activeElement).toBe(box);
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
