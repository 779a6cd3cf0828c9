// @vitest-environment happy-dom
// Mastodon fills the reply box with "@user " so that the person is notified. Inserting a suggestion
// keeps that run of mentions and replaces only what follows, through the browser's insertText
// command on that part alone, so Ctrl+Z still brings the previous draft back.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { COACH_TAG, insertText, leadingMentions, withoutMentionsOf, readDraft, startCoach } from '@/utils/content/coach';
import { mastodonAdapter } from '@/utils/platforms/mastodon';
import { fixture } from '../../fixtures/load';
import { useEnglishMessages } from '../options/helpers';
import { until } from './until';

beforeEach(useEnglishMessages);
afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('leadingMentions', () => {
  test.each([
    ['@mayachen ', '@mayachen '],
    ['@mayachen Sorry about that', '@mayachen '],
    ['@maya@mastodon.social @other hello', '@maya@mastodon.social @other '],
    ['  @maya\n@sam_p  draft', '  @maya\n@sam_p  '],
    ['@maya', '@maya'],
    ['@maya, thanks', ''],
    ['@maya. Thanks', ''],
    ['Hi @maya ', ''],
    ['@ hello', ''],
    ['', ''],
    ['email me@example.com', ''],
  ])('%j keeps %j', (draft, kept) => {
    expect(leadingMentions(draft)).toBe(kept);
  });
});

/**
 * A browser's insertText command on a text field: replaces the selection, fires input, and keeps
 * what it replaced on an undo stack, as Chromium does; "undo" puts it back.
 */
function browserCommands(box: HTMLTextAreaElement) {
  const undo: Array<{ value: string; start: number; end: number }> = [];
  const exec = vi.fn((command: string, _ui?: boolean, value?: string) => {
    if (command === 'insertText') {
      const { selectionStart: start, selectionEnd: end } = box;
      undo.push({ value: box.value, start, end });
      box.value = box.value.slice(0, start) + (value ?? '') + box.value.slice(end);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      return true;
    }
    if (command === 'undo') {
      const previous = undo.pop();
      if (!previous) return false;
      box.value = previous.value;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
      return true;
    }
    return false;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return exec;
}

/** A reply box (a text field) in the page, holding `draft`. */
function textBox(draft: string): HTMLTextAreaElement {
  const box = document.createElement('textarea');
  document.body.append(box);
  box.value = draft;
  return box;
}

describe('insertText keeps the mentions the box starts with', () => {
  test('a text field: only the text after "@mayachen " is replaced, with the insertText command (so undo works)', () => {
    const box = textBox('@mayachen Actually you are wrong about the refund.');
    const exec = browserCommands(box);
    expect(insertText(box, "We're sorry. Please send us a private mention.")).toBe(true);
    expect(box.value).toBe("@mayachen We're sorry. Please send us a private mention.");
    expect(exec).toHaveBeenCalledWith('insertText', false, "We're sorry. Please send us a private mention.");
    // The command replaced only what followed the mention: undo is the previous draft, whole.
    document.execCommand('undo');
    expect(box.value).toBe('@mayachen Actually you are wrong about the refund.');
  });

  test('a text field holding only the prefilled mention gets the reply after it', () => {
    const box = textBox('@maya@mastodon.social @other ');
    expect(insertText(box, 'Thanks for flagging this.')).toBe(true);
    expect(box.value).toBe('@maya@mastodon.social @other Thanks for flagging this.');
  });

  test('a mention without its space gets one', () => {
    const box = textBox('@maya');
    expect(insertText(box, 'Thanks!')).toBe(true);
    expect(box.value).toBe('@maya Thanks!');
  });

  test('a suggestion that greets the person already mentioned does not name them twice', () => {
    const box = textBox('@mayachen ');
    expect(insertText(box, 'Hello @mayachen, we’re sorry about this.')).toBe(true);
    expect(box.value).toBe('@mayachen Hello, we’re sorry about this.');
  });

  test.each<[string, string, string]>([
    ['Hello @maya, sorry.', '@maya ', 'Hello, sorry.'],
    ['Hi @Maya@mastodon.social, thanks.', '@maya@mastodon.social ', 'Hi, thanks.'],
    ['Hello @sam, sorry.', '@maya ', 'Hello @sam, sorry.'],
    ['Mail me at maya@brewly.com', '@brewly.com ', 'Mail me at maya@brewly.com'],
  ])('withoutMentionsOf(%j, %j)', (text, mentions, expected) => {
    expect(withoutMentionsOf(text, mentions)).toBe(expected);
  });

  test('a text that brings its own mentions replaces the whole box', () => {
    const box = textBox('@maya old draft');
    expect(insertText(box, '@sam Thanks!')).toBe(true);
    expect(box.value).toBe('@sam Thanks!');
  });

  test('an editor: the selection starts after the mention, and the rest is replaced', () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const line = document.createElement('p');
    line.textContent = '@mayachen Calm down.';
    box.append(line);
    document.body.append(box);
    const selected: string[] = [];
    const exec = vi.fn((_command: string, _ui?: boolean, value?: string) => {
      const range = document.getSelection()!.getRangeAt(0);
      selected.push(range.toString());
      range.deleteContents();
      range.insertNode(document.createTextNode(value ?? ''));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(insertText(box, 'We hear you.')).toBe(true);
    expect(selected).toEqual(['Calm down.']);
    expect(readDraft(box)).toBe('@mayachen We hear you.');
  });

  test('an editor without the command: the mention stays too', () => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.textContent = '@mayachen old';
    document.body.append(box);
    expect(insertText(box, 'We hear you.')).toBe(true);
    expect(readDraft(box)).toBe('@mayachen We hear you.');
  });
});

describe('on Mastodon’s own markup', () => {
  let controller: AbortController;
  beforeEach(() => {
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  test('Insert keeps "@mayachen " and the person is still mentioned', async () => {
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${fixture('mastodon/thread.html')}</body>`, 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
    const box = document.querySelector<HTMLTextAreaElement>('textarea.autosuggest-textarea__textarea')!;
    expect(box.value).toBe('@mayachen ');
    const texts: string[] = [];
    startCoach({ root: document, adapter: mastodonAdapter, signal: controller.signal, getContext: async () => ({ voice: 'formal' }), onInserted: (reply) => texts.push(reply.text) });
    const host = await until(() => document.querySelector<HTMLElement>(COACH_TAG));
    const toggle = await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    const insert = await until(() => host.shadowRoot!.querySelector<HTMLButtonElement>('li.suggestion button.insert'));
    box.value = '@mayachen Actually you are wrong about the refund.';
    insert.click();
    expect(texts).toHaveLength(1);
    // The suggestion greets "@mayachen"; the box already names them, so the greeting drops the handle.
    expect(texts[0]).toContain('@mayachen');
    expect(box.value).toBe(`@mayachen ${withoutMentionsOf(texts[0]!, '@mayachen ')}`);
    expect(box.value.match(/@mayachen/g)).toHaveLength(1);
  });
});
