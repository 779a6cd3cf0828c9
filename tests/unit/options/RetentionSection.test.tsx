// @vitest-environment happy-dom
// The retention field, as the threshold fields: an emptied field stays empty (not "0"), and a refusal is
// said in the section's status line (the browser's own bubble is not the only word), with the field
// marked and focused and nothing saved.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import { retentionDays } from '@/utils/settings';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from './helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn() }));

const section = (root: ParentNode) => root.querySelector('section[aria-labelledby="retention"]')!;
const field = (root: ParentNode) => section(root).querySelector<HTMLInputElement>('input[name="retention"]')!;
const status = (root: ParentNode) => section(root).querySelector('[role="status"]')!;

async function submit(root: HTMLElement) {
  await act(() => {
    section(root).querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(useEnglishMessages);
afterEach(unmountAll);

describe('DataSection: retention', () => {
  test('an emptied field stays empty; saving says what to do, marks and focuses the field, and saves nothing', async () => {
    await retentionDays.setValue(45);
    const root = await mount(<DataSection />);
    expect(field(root).value).toBe('45');
    // The section checks the value itself: the browser's bubble does not stand in for its words.
    expect(section(root).querySelector('form')!.noValidate).toBe(true);

    await type(field(root), '');
    expect(field(root).value).toBe('');
    await submit(root);
    expect(status(root).textContent).toBe('Choose a whole number of days from 1 to 365.');
    expect(field(root).getAttribute('aria-invalid')).toBe('true');
    expect(field(root).getAttribute('aria-describedby')).toBe(status(root).id);
    expect(status(root).id).not.toBe('');
    expect(document.activeElement).toBe(field(root));
    expect(field(root).value).toBe('');
    expect(await retentionDays.getValue()).toBe(45);

    // Fixed: the mark goes at once, the value is saved.
    await type(field(root), '90');
    expect(field(root).hasAttribute('aria-invalid')).toBe(false);
    await click(buttonNamed(root, 'Save retention'));
    expect(status(root).textContent).toBe('✓ Saved.');
    expect(await retentionDays.getValue()).toBe(90);
    expect(field(root).value).toBe('90');
  });

  test.each(['0', '366', '2.5', '-3'])('%s days is refused in the section, and nothing is saved', async (typed) => {
    const root = await mount(<DataSection />);
    await type(field(root), typed);
    await click(buttonNamed(root, 'Save retention'));
    expect(status(root).textContent).toBe('Choose a whole number of days from 1 to 365.');
    expect(field(root).getAttribute('aria-invalid')).toBe('true');
    expect(field(root).value).toBe(typed);
    expect(await retentionDays.getValue()).toBe(30);
  });
});
