// @vitest-environment happy-dom
// After Insert, the reply coach says what happened to the draft the text replaced, and how to get it
// back, and shows the top of its panel: the status line, then the most serious finding (QA: "Inserted."
// over a replaced draft; a critical "Blank to fill in" left above a panel scrolled to its Insert button).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { insertedMessage, undoKeys } from '@/components/Coach';
import { COACH_TAG, readDraft, startCoach, type CoachContext } from '@/utils/content/coach';
import { testAdapter } from './test-adapter';
import { useEnglishMessages } from '../options/helpers';
import { until as untilValue } from './until';

const until = <T,>(read: () => T) => untilValue(read, Boolean);

beforeEach(useEnglishMessages);

// Reply boxes only: no post is read.
const adapter = testAdapter({ overrides: { findPosts: () => [], extract: () => null } });

const FOLLOW_UP = "An update on the outage: [what we found and what we're doing]. Next update by 3:15 PM UTC.";
const HOLDING = "We're aware of the concerns being raised and we're looking into it right now.";
const context: CoachContext = {
  preApproved: [
    { id: 'holding', title: 'Holding statement', text: HOLDING },
    { id: 'follow-up-update', title: 'Follow-up update', text: FOLLOW_UP },
  ],
};

/** The browser's insertText command, as Chromium runs it on a text field (its undo keeps the draft). */
function withInsertTextCommand(): () => void {
  const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
    const box = document.activeElement as HTMLTextAreaElement;
    if (command !== 'insertText' || !(box instanceof HTMLTextAreaElement)) return false;
    box.setRangeText(value ?? '', box.selectionStart, box.selectionEnd, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return () => Reflect.deleteProperty(document, 'execCommand');
}

describe('the status line after Insert', () => {
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

  const shadow = () => document.querySelector<HTMLElement>(COACH_TAG)!.shadowRoot!;
  const typed = async (text: string) => {
    startCoach({ root: document, adapter, signal: controller.signal, getContext: async () => context, onInserted: () => undefined });
    await until(() => document.querySelector(COACH_TAG));
    if (text) {
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    } else {
      (await until(() => shadow().querySelector<HTMLButtonElement>('button.toggle'))).click();
    }
  };
  const insert = async (id: string) => {
    (await until(() => shadow().querySelector<HTMLButtonElement>(`li[data-suggestion="pre-approved:${id}"] button.insert`))).click();
    return until(() => shadow().querySelector('.status')?.textContent);
  };

  test('into an empty box: "Inserted."', async () => {
    const restore = withInsertTextCommand();
    try {
      await typed('');
      expect(await insert('holding')).toBe('Inserted. Read it through, then post it yourself.');
      expect(readDraft(box)).toBe(HOLDING);
    } finally {
      restore();
    }
  });

  test('over a typed draft: it says the draft was replaced and that undo brings it back', async () => {
    const restore = withInsertTextCommand();
    try {
      await typed('Hi Dana, our engineer will call you about the refund.');
      expect(await insert('holding')).toBe('Inserted in place of your draft (Ctrl+Z brings it back). Read it through, then post it yourself.');
      expect(readDraft(box)).toBe(HOLDING);
    } finally {
      restore();
    }
  });

  test('over a draft set without the undoable command (no insertText here): replaced, with no promise of undo', async () => {
    await typed('Hi Dana, our engineer will call you about the refund.');
    expect(await insert('holding')).toBe('Inserted in place of your draft. Read it through, then post it yourself.');
    expect(readDraft(box)).toBe(HOLDING);
  });

  test('over the same text: nothing of the user’s was replaced', async () => {
    const restore = withInsertTextCommand();
    try {
      await typed(HOLDING);
      expect(await insert('holding')).toBe('Inserted. Read it through, then post it yourself.');
    } finally {
      restore();
    }
  });

  test('the panel shows its top after Insert: the status, then the critical blank to fill in', async () => {
    const restore = withInsertTextCommand();
    try {
      await typed('Hi Dana, our engineer will call you about the refund.');
      const body = await until(() => shadow().querySelector<HTMLElement>('.body'));
      // Scrolled down to the Insert buttons.
      body.scrollTop = 400;
      expect(body.scrollTop).toBe(400);
      await insert('follow-up-update');
      await until(() => shadow().querySelector('li.finding[data-code="placeholder"]'));
      expect(body.scrollTop).toBe(0);
      // In that order from the top: the status line, the findings, the most serious first.
      const order = Array.from(body.querySelectorAll('.status, li.finding')).map((element) => element.getAttribute('data-code') ?? 'status');
      expect(order[0]).toBe('status');
      expect(order[1]).toBe('placeholder');
    } finally {
      restore();
    }
  });
});

describe('the undo keys named', () => {
  test.each([
    ['MacIntel', 'Inserted in place of your draft (⌘Z brings it back). Read it through, then post it yourself.'],
    ['Win32', 'Inserted in place of your draft (Ctrl+Z brings it back). Read it through, then post it yourself.'],
    ['Linux x86_64', 'Inserted in place of your draft (Ctrl+Z brings it back). Read it through, then post it yourself.'],
  ])('on %s', (platform, message) => {
    expect(insertedMessage({ ok: true, replaced: { undoable: true } }, platform)).toBe(message);
  });

  test('a failed insert says so, whatever it would have replaced', () => {
    expect(insertedMessage({ ok: false, replaced: { undoable: true } })).toBe('Could not insert the text. Copy it from here instead.');
    expect(undoKeys('iPad')).toBe('⌘Z');
  });
});
