// @vitest-environment happy-dom
// The options sections: every source off by default, the permission asked inside the click for
// that API's origin only, given back on the way off, and a webhook address that is never shown.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SourcesSection } from '@/components/options/SourcesSection';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { sourcesSettings, sourcesState, teamAlertsSettings } from '@/utils/sources/settings';
import { buttonNamed, click, mount, settle, type, unmountAll, useEnglishMessages } from '../options/helpers';

let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;
let grant = true;

beforeEach(() => {
  useEnglishMessages();
  grant = true;
  request = vi.fn(async () => grant);
  remove = vi.fn(async () => true);
  fakeBrowser.permissions.request = request as unknown as typeof fakeBrowser.permissions.request;
  fakeBrowser.permissions.remove = remove as unknown as typeof fakeBrowser.permissions.remove;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Firebreak',
    version: '0.1.0',
    content_scripts: [{ matches: ['https://www.reddit.com/*', 'https://mastodon.social/*'], js: [] }],
  });
});
afterEach(unmountAll);

const switchOf = (root: HTMLElement, id: string) => root.querySelector<HTMLInputElement>(`input[name="source-${id}"]`)!;

describe('SourcesSection', () => {
  it('shows every source off', async () => {
    const root = await mount(<SourcesSection />);
    const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name^="source-"]'));
    expect(boxes.map((box) => box.name)).toEqual(['source-bluesky', 'source-mastodon', 'source-reddit', 'source-hackernews']);
    expect(boxes.every((box) => !box.checked)).toBe(true);
    expect(root.textContent).toContain('Off.');
  });

  it('asks for the API’s origin inside the click, and turns on only when allowed', async () => {
    const root = await mount(<SourcesSection />);
    switchOf(root, 'bluesky').click();
    // Synchronously, in the click: no await before the request.
    expect(request).toHaveBeenCalledWith({ origins: ['https://public.api.bsky.app/*'] });
    await settle();
    const saved = await sourcesSettings.getValue();
    expect(saved.bluesky.enabled).toBe(true);
    expect(saved.bluesky.enabledAt).toBeTypeOf('number');
    expect(saved.reddit.enabled).toBe(false);
    expect(root.textContent).toContain('First check at the next minute.');
  });

  it('stays off when the permission is refused, and says so', async () => {
    grant = false;
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'reddit'));
    expect((await sourcesSettings.getValue()).reddit.enabled).toBe(false);
    expect(switchOf(root, 'reddit').checked).toBe(false);
    expect(root.textContent).toContain('Permission for https://www.reddit.com was not given');
  });

  it('Mastodon needs an instance, and asks for that host only', async () => {
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'mastodon'));
    expect(request).not.toHaveBeenCalled();
    expect(root.textContent).toContain("Type the instance's address");
    await type(root.querySelector('input[name="source-mastodon-instance"]'), 'https://Social.Example/home');
    await click(switchOf(root, 'mastodon'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://social.example/*'] });
    expect((await sourcesSettings.getValue()).mastodon).toMatchObject({ enabled: true, instance: 'social.example' });
  });

  it('gives the host back when turned off, unless the manifest or another feature needs it', async () => {
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'hackernews'));
    await click(switchOf(root, 'hackernews'));
    expect((await sourcesSettings.getValue()).hackernews.enabled).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://hn.algolia.com/*'] });

    remove.mockClear();
    await click(switchOf(root, 'reddit'));
    await click(switchOf(root, 'reddit'));
    // The content script runs on www.reddit.com: that host is the manifest's, not the source's.
    expect(remove).not.toHaveBeenCalled();
  });

  it('shows what the worker did, errors in words', async () => {
    await sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), bluesky: { enabled: true, intervalMinutes: 10 } });
    await sourcesState.setValue({
      bluesky: {
        lastPoll: Date.UTC(2025, 5, 2, 12),
        nextPoll: Date.UTC(2025, 5, 2, 13),
        itemsFetched: 50,
        brandItems: 7,
        mentionsAdded: 6,
        lastItems: 0,
        lastMentions: 0,
        consecutiveFailures: 1,
        queryIndex: 0,
        since: {},
        lastError: { code: 'rate-limited', status: 429, at: Date.UTC(2025, 5, 2, 12) },
      },
    });
    const root = await mount(<SourcesSection />);
    const status = root.querySelector('[data-source="bluesky"] [data-source-status]')!;
    expect(status.getAttribute('data-source-status')).toBe('error');
    expect(status.textContent).toContain('50 posts read, 7 naming the brand, 6 mentions added');
    expect(status.textContent).toContain('asked Firebreak to slow down');
  });

  it('refuses an interval under 5 minutes', async () => {
    const root = await mount(<SourcesSection />);
    await type(root.querySelector('input[name="source-reddit-interval"]'), '2');
    // The browser's own validation (min=5) stops the button; the section checks again on its own.
    const form = buttonNamed(root, 'Save source settings').form!;
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
    expect(root.textContent).toContain('from 5 to 1440');
    expect((await sourcesSettings.getValue()).reddit.intervalMinutes).toBe(10);
  });
});

describe('TeamAlertsSection', () => {
  const SECRET = 'https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX';

  it('is off by default; refuses an http address without asking', async () => {
    const root = await mount(<TeamAlertsSection />);
    expect(root.querySelector<HTMLInputElement>('input[name="team-alerts-enabled"]')!.checked).toBe(false);
    await type(root.querySelector('input[name="team-alerts-url"]'), 'http://hooks.slack.com/services/x');
    await click(buttonNamed(root, 'Save team alerts'));
    expect(request).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Use an https:// address');
  });

  it('asks for the webhook’s origin on save, then shows the address masked', async () => {
    const root = await mount(<TeamAlertsSection />);
    await type(root.querySelector('input[name="team-alerts-url"]'), SECRET);
    await click(buttonNamed(root, 'Save team alerts'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://hooks.slack.com/*'] });
    expect((await teamAlertsSettings.getValue()).url).toBe(SECRET);
    expect(root.textContent).toContain('Saved: https://hooks.slack.com/…XXXX');
    expect(root.textContent).not.toContain('secret');
    expect(Array.from(root.querySelectorAll('input')).some((input) => input.value.includes('secret'))).toBe(false);
  });

  it('saves nothing when the permission is refused', async () => {
    grant = false;
    const root = await mount(<TeamAlertsSection />);
    await type(root.querySelector('input[name="team-alerts-url"]'), SECRET);
    await click(buttonNamed(root, 'Save team alerts'));
    expect((await teamAlertsSettings.getValue()).url).toBe('');
    expect(root.textContent).toContain('Permission for hooks.slack.com was not given');
  });

  it('removing the address gives its host back', async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', url: SECRET, levelChanges: true, internalUpdates: true });
    const root = await mount(<TeamAlertsSection />);
    await click(buttonNamed(root, 'Remove address'));
    expect(await teamAlertsSettings.getValue()).toMatchObject({ enabled: false, url: '' });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://hooks.slack.com/*'] });
  });
});
