// @vitest-environment happy-dom
// QA: "Reply coach hidden for this box." is a status (role="status"), a polite live region. It was put into
// the panel already holding its words, and a live region added with its words is not read out by every
// browser and screen reader: the user who pressed "Hide coach for this box" heard nothing. The region must be
// in the panel, empty, before the note (and its "Undo") goes into it.
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
    hideUndoMs: 300,
  });
  return box;
}

const host = () => document.querySelector<HTMLElement>(COACH_TAG);
const shadow = () => host()!.shadowRoot!;

test('the hidden note goes into a live region that was already there, empty', async () => {
  const box = start();
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
