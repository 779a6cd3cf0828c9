// @vitest-environment happy-dom
// "Hide coach for this box" leaves a note and "Undo" for a moment.
// - The note ("Reply coach hidden for this box.") is a status, a polite live region. Put into the panel
//   already holding its words, it was not read out by every browser and screen reader: the region must be
//   in the panel, empty, before the note goes into it.
// - A keyboard user who tabbed to "Undo" (the next stop after the box) and did not press it in time must
//   not be left with the focus in a panel that has gone: hidden under the focus, it would drop to the
//   page's <body>. The focus goes back to the reply box, as hiding did.
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
