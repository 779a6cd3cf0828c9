// @vitest-environment happy-dom
// First run: no brand is set, so nothing is listened for. The popup must not show a green "Normal" (a
// calm nobody measured), and its first, strongest action is setting up the brand.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { EMPTY_BRAND } from '@/utils/tracking/brand';
import { brandProfile } from '@/utils/settings';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const ORIGIN = 'chrome-extension://firebreak-test';

beforeEach(async () => {
  useEnglishMessages();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${ORIGIN}${path}`);
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  await brandProfile.setValue(EMPTY_BRAND);
});
afterEach(unmountAll);

const pill = (root: ParentNode) => root.querySelector('.level-pill')!;

describe('Popup with no brand set', () => {
  test('says it is not listening yet instead of "Normal", and leads to the brand settings with a primary button', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = await mount(<Popup />);
    expect(pill(root).getAttribute('data-level')).toBe('off');
    expect(pill(root).textContent).toContain('Not listening yet');
    expect(pill(root).textContent).not.toContain('Normal');

    const button = buttonNamed(root, 'Set up your brand');
    expect(button.classList.contains('primary')).toBe(true);
    // It comes before the incident panel's Declare button in the tab order.
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.indexOf(button)).toBeLessThan(buttons.findIndex((b) => b.textContent?.includes('Declare')));
    await click(button);
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/options.html#brand` });
  });

  test('with a brand set, the pill says it is learning (no day of history yet) and no set-up button is offered', async () => {
    await brandProfile.setValue({ ...EMPTY_BRAND, handles: ['@brewly'] });
    const root = await mount(<Popup />);
    await settle();
    expect(pill(root).getAttribute('data-level')).toBe('learning');
    expect(pill(root).textContent?.trim()).toBe('○ Learning normal');
    expect(() => buttonNamed(root, 'Set up your brand')).toThrow();
    // Something to alert about: snoozing is offered.
    expect(buttonNamed(root, 'Snooze alerts for an hour')).toBeTruthy();
  });

  test('with no brand set there is nothing to alert about: no snooze is offered', async () => {
    const root = await mount(<Popup />);
    await settle();
    expect(pill(root).textContent).toContain('Not listening yet');
    expect(() => buttonNamed(root, 'Snooze alerts for an hour')).toThrow();
    expect(buttonNamed(root, 'Open dashboard')).toBeTruthy();
  });
});
