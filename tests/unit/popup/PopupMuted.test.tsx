// @vitest-environment happy-dom
// A mute has no end date, so the popup says when desktop notifications are off and leads, by a
// real button, to the settings section that turns them back on.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { alerting, brandProfile } from '@/utils/settings';
import { buttonNamed, click, mount, settle, unmountAll, useEnglishMessages } from '../options/helpers';

const ORIGIN = 'chrome-extension://firebreak-test';

beforeEach(async () => {
  useEnglishMessages();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${ORIGIN}${path}`);
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(unmountAll);

const mutedLine = (root: ParentNode) => root.querySelector('[data-testid="notifications-muted"]');

describe('Popup: desktop notifications muted', () => {
  test('says so, and its button opens the settings at the Desktop notifications section', async () => {
    await alerting.setValue({ snoozedUntil: 0, muted: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = await mount(<Popup />);

    expect(mutedLine(root)?.textContent).toBe('Desktop notifications are off. Turn them on in the settings');
    const button = buttonNamed(mutedLine(root)!, 'Turn them on in the settings');
    // A button: reached with Tab, pressed with Enter or Space.
    expect(button.type).toBe('button');
    expect(button.tabIndex).toBe(0);
    await click(button);
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/options.html#notifications` });
  });

  test('the line comes and goes with the setting, as it changes elsewhere', async () => {
    const root = await mount(<Popup />);
    expect(mutedLine(root)).toBeNull();
    await alerting.setValue({ snoozedUntil: 0, muted: true });
    await settle();
    expect(mutedLine(root)).not.toBeNull();
    await alerting.setValue({ snoozedUntil: 0, muted: false });
    await settle();
    expect(mutedLine(root)).toBeNull();
  });

  test('while muted, no snooze or resume is offered: a mute outranks a snooze, and the muted line leads to the settings', async () => {
    await alerting.setValue({ snoozedUntil: 0, muted: true });
    const root = await mount(<Popup />);
    expect(mutedLine(root)).not.toBeNull();
    expect(() => buttonNamed(root, 'Snooze alerts for an hour')).toThrow();

    await alerting.setValue({ snoozedUntil: Date.now() + 60 * 60_000, muted: true });
    await settle();
    expect(() => buttonNamed(root, /^Alerts snoozed until .+ — resume$/)).toThrow();

    // Unmuted (elsewhere) while snoozed: the snooze is what keeps them off now, and it can be ended here.
    await alerting.setValue({ snoozedUntil: Date.now() + 60 * 60_000, muted: false });
    await settle();
    expect(buttonNamed(root, /^Alerts snoozed until .+ — resume$/)).toBeDefined();
  });

  test('the Settings button still opens the settings at the top', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = await mount(<Popup />);
    await click(buttonNamed(root, 'Settings'));
    expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/options.html` });
  });
});
