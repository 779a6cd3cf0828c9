// @vitest-environment happy-dom
// "Open dashboard" during a crisis, pressed again from the popup or a notification: the dashboard already
// open comes to the front. Each press opened another tab, each running its own live queries over the range.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { openExtensionTab } from '@/utils/extension-tab';
import { brandProfile } from '@/utils/settings';
import { buttonNamed, click, mount, unmountAll, useEnglishMessages } from '../options/helpers';

const ORIGIN = 'chrome-extension://firebreak-test';

/** The extension's open pages, as runtime.getContexts reports them (the fake browser has none of its own). */
function openPages(urls: string[]) {
  const runtime = fakeBrowser.runtime as unknown as { getContexts?: unknown };
  runtime.getContexts = vi.fn(async () => urls.map((documentUrl, index) => ({ contextType: 'TAB', documentUrl, tabId: 40 + index, windowId: 7 })));
}

beforeEach(async () => {
  useEnglishMessages();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${ORIGIN}${path}`);
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  await brandProfile.setValue({ names: ['Brewly'], handles: [], hashtags: [], products: [], exclusions: [] });
});
afterEach(async () => {
  delete (fakeBrowser.runtime as unknown as { getContexts?: unknown }).getContexts;
  await unmountAll();
});

describe('Open dashboard', () => {
  test('from the popup, with the dashboard open in a tab: that tab and its window come to the front, no second one opens', async () => {
    openPages([`${ORIGIN}/options.html#brand`, `${ORIGIN}/dashboard.html`]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const focus = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    const root = await mount(<Popup />);
    await click(buttonNamed(root, 'Open dashboard'));
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(41, { active: true }));
    expect(focus).toHaveBeenCalledWith(7, { focused: true });
    expect(create).not.toHaveBeenCalled();
  });

  test('with none open, or where the browser cannot list its pages, a tab opens', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openExtensionTab('/dashboard.html');
    expect(create).toHaveBeenLastCalledWith({ url: `${ORIGIN}/dashboard.html` });
    openPages([`${ORIGIN}/options.html`]);
    await openExtensionTab('/dashboard.html');
    expect(create).toHaveBeenCalledTimes(2);
    // A section asked for is a place in the page: the settings open there, as before.
    await openExtensionTab('/options.html', 'brand');
    expect(create).toHaveBeenLastCalledWith({ url: `${ORIGIN}/options.html#brand` });
  });
});
