// What the options-page component tests share: English messages from the locale file (the fake
// browser has no i18n), rendering with Preact's act(), and events as a user's browser sends them.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export { useEnglishMessages } from '../messages';

/** Lets storage reads, effects and re-renders finish. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  await settle();
  return container;
}

export async function unmountAll(): Promise<void> {
  for (const container of Array.from(document.body.children)) {
    await act(() => {
      render(null, container);
    });
  }
  document.body.replaceChildren();
}

/** Types a value as a user would: the value changes, then `input` (and `change` for selects and blur). */
export async function type(control: Element | null, value: string, eventName: 'input' | 'change' = 'input'): Promise<void> {
  if (!control) throw new Error('No such control');
  (control as HTMLInputElement).value = value;
  await act(() => {
    control.dispatchEvent(new Event(eventName, { bubbles: true }));
  });
  await settle(1);
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('Nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

/** The label's control: by <label for> text (exact, trimmed) within `root`. */
export function byLabel(root: ParentNode, text: string, nth = 0): HTMLInputElement {
  const labels = Array.from(root.querySelectorAll('label')).filter((label) => label.textContent?.trim() === text);
  const label = labels[nth];
  if (!label) throw new Error(`No label "${text}" (#${nth})`);
  const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select, textarea');
  if (!control) throw new Error(`Label "${text}" has no control`);
  return control as HTMLInputElement;
}

export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll('button')).find((candidate) => {
    const accessible = candidate.getAttribute('aria-label') ?? candidate.textContent?.trim() ?? '';
    return typeof name === 'string' ? accessible === name : name.test(accessible);
  });
  if (!button) throw new Error(`No button "${String(name)}"`);
  return button;
}

/** Presses Escape where the focus is, as a keyboard user does. */
export async function pressEscape(): Promise<void> {
  await act(() => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
  await settle();
}

/**
 * Presses Tab (or Shift+Tab) where the focus is. The fake browser does not move the focus itself, so
 * this checks what a page does with the key: a question that keeps the focus inside moves it.
 */
export async function pressTab(shift = false): Promise<void> {
  await act(() => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true }));
  });
  await settle(1);
}

/** Chooses a file holding `text` in the settings file input, as the browser does after the file dialog. */
export async function chooseSettingsFile(root: HTMLElement, text: string, name = 'settings.json'): Promise<void> {
  const input = byLabel(root, 'Import settings or a plan (JSON file)');
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** The problems an import lists, in order. */
export const importProblems = (root: ParentNode) => Array.from(root.querySelectorAll('[role="alert"] li')).map((li) => li.textContent);
