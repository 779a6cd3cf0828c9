// @vitest-environment happy-dom
// The options sections: every source off by default, the permission asked inside the click for
// that API's origin only, given back on the way off, and a webhook address that is never shown.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SourcesSection } from '@/components/options/SourcesSection';
import { TeamAlertsSection } from '@/components/options/TeamAlertsSection';
import { ensureSecretsMigrated, getSourceToken, getWebhookUrl, secretsDb, setWebhookUrl } from '@/utils/sources/secrets';
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

  it('a message about an earlier switch goes when the sources are changed elsewhere (another tab)', async () => {
    grant = false;
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'reddit'));
    expect(root.textContent).toContain('Permission for https://www.reddit.com was not given');

    const stored = await sourcesSettings.getValue();
    await sourcesSettings.setValue({ ...stored, hackernews: { ...stored.hackernews, enabled: true, enabledAt: Date.now() } });
    await settle();
    expect(switchOf(root, 'hackernews').checked).toBe(true);
    expect(root.textContent).not.toContain('was not given');
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

  it('a redirect not followed says so, and what to do about an instance that moved', async () => {
    await sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), mastodon: { enabled: true, intervalMinutes: 10, instance: 'mastodon.example', hashtags: '' } });
    const at = Date.UTC(2025, 5, 2, 12);
    await sourcesState.setValue({
      mastodon: { lastPoll: at, itemsFetched: 0, brandItems: 0, mentionsAdded: 0, lastItems: 0, lastMentions: 0, consecutiveFailures: 1, queryIndex: 0, since: {}, lastError: { code: 'redirected', at } },
    });
    const root = await mount(<SourcesSection />);
    const status = root.querySelector('[data-source="mastodon"] [data-source-status]')!;
    expect(status.textContent).toContain('Firebreak does not follow it: your search terms go only to the address you chose');
    expect(status.textContent).toContain('A Mastodon instance: open it in a tab, and enter the address it ends up at.');
    expect(status.textContent).not.toContain('HTTP');
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
    // The message names the source and the field.
    expect(root.textContent).toContain('Reddit search, Every (minutes): Choose a whole number of minutes from 5 to 1440.');
    expect((await sourcesSettings.getValue()).reddit.intervalMinutes).toBe(10);
  });

  it('turning a source off always takes effect, whatever is unsaved in another source', async () => {
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'bluesky'));
    expect((await sourcesSettings.getValue()).bluesky.enabled).toBe(true);
    await type(root.querySelector('input[name="source-hackernews-interval"]'), '2');
    await click(switchOf(root, 'bluesky'));
    const saved = await sourcesSettings.getValue();
    expect(saved.bluesky.enabled).toBe(false);
    expect(switchOf(root, 'bluesky').checked).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://public.api.bsky.app/*'] });
    // Only the switch was saved; the unsaved field is still on screen, still unsaved.
    expect(saved.hackernews.intervalMinutes).toBe(10);
    expect(root.querySelector<HTMLInputElement>('input[name="source-hackernews-interval"]')!.value).toBe('2');
    expect(root.textContent).not.toContain('from 5 to 1440');
  });

  it('turning a source on checks its own fields before asking for the permission, and names the field', async () => {
    const root = await mount(<SourcesSection />);
    await type(root.querySelector('input[name="source-bluesky-interval"]'), '3');
    await click(switchOf(root, 'bluesky'));
    expect(request).not.toHaveBeenCalled();
    expect((await sourcesSettings.getValue()).bluesky.enabled).toBe(false);
    expect(root.textContent).toContain('Bluesky search, Every (minutes): Choose a whole number of minutes from 5 to 1440.');
    // Another source's unfinished field does not stop it.
    await type(root.querySelector('input[name="source-bluesky-interval"]'), '15');
    await type(root.querySelector('input[name="source-reddit-interval"]'), '3');
    await click(switchOf(root, 'bluesky'));
    expect(request).toHaveBeenCalledTimes(1);
    expect((await sourcesSettings.getValue()).bluesky).toMatchObject({ enabled: true, intervalMinutes: 15 });
    expect((await sourcesSettings.getValue()).reddit.intervalMinutes).toBe(10);
  });

  it('a token an earlier version kept in storage.local is moved before a save, never written back nor lost', async () => {
    const legacy = { enabled: false, intervalMinutes: 10, token: 'reddit-secret-token' };
    await fakeBrowser.storage.local.set({ sources: { reddit: legacy, hackernews: legacy } });
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'hackernews'));
    // This first save moves the tokens first (nothing on this page had read a secret yet): it takes more
    // turns of the fake IndexedDB than click() waits for.
    await vi.waitFor(async () => expect((await sourcesSettings.getValue()).hackernews.enabled).toBe(true));
    await vi.waitFor(() => expect(switchOf(root, 'hackernews').checked).toBe(true));
    await type(root.querySelector('input[name="source-reddit-interval"]'), '15');
    await click(buttonNamed(root, 'Save source settings'));
    expect((await sourcesSettings.getValue()).reddit.intervalMinutes).toBe(15);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('secret-token');
    expect(await getSourceToken('reddit')).toBe('reddit-secret-token');
    expect(await getSourceToken('hackernews')).toBe('reddit-secret-token');
  });

  it('gives the permission back when turning on fails after it was granted', async () => {
    const root = await mount(<SourcesSection />);
    vi.spyOn(sourcesSettings, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await click(switchOf(root, 'hackernews'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://hn.algolia.com/*'] });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://hn.algolia.com/*'] });
    expect((await sourcesSettings.getValue()).hackernews.enabled).toBe(false);
    expect(root.textContent).toContain('Hacker News search could not be changed');
  });

  const baseState = { itemsFetched: 3, brandItems: 2, mentionsAdded: 2, lastItems: 0, lastMentions: 0, consecutiveFailures: 1, queryIndex: 0, since: {} };

  it('a failed check reads as a failure, not as "0 posts, 0 new mentions"', async () => {
    await sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), reddit: { enabled: true, intervalMinutes: 10 } });
    await sourcesState.setValue({
      reddit: { ...baseState, lastPoll: Date.UTC(2025, 5, 2, 12), lastSuccess: Date.UTC(2025, 5, 2, 11), lastError: { code: 'server', status: 503, at: Date.UTC(2025, 5, 2, 12) } },
    });
    const root = await mount(<SourcesSection />);
    const status = root.querySelector('[data-source="reddit"] [data-source-status]')!;
    expect(status.getAttribute('data-source-status')).toBe('error');
    expect(status.textContent).not.toContain('Last checked');
    expect(status.textContent).not.toContain('0 posts');
    expect(status.textContent).toMatch(/^Last check \(.+\) failed: The service had a problem \(HTTP 503\)/);
    expect(status.textContent).toContain('Last successful check');
  });

  it('says when a check was cut short at its page budget', async () => {
    await sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), bluesky: { enabled: true, intervalMinutes: 10 } });
    await sourcesState.setValue({ bluesky: { ...baseState, consecutiveFailures: 0, lastPoll: Date.UTC(2025, 5, 2, 12), lastItems: 100, lastTruncated: 'skipped' } });
    const root = await mount(<SourcesSection />);
    expect(root.querySelector('[data-source="bluesky"]')!.textContent).toContain('More new posts arrived than one check reads (4 pages), so some posts between this check and the one before were not read.');
  });

  it('says when a gap is left for the next checks, being filled, closed or given up', async () => {
    await sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), bluesky: { enabled: true, intervalMinutes: 10 } });
    const polled = { ...baseState, consecutiveFailures: 0, lastPoll: Date.UTC(2025, 5, 2, 12), lastItems: 100 };
    const gap = { since: '2025-06-02T11:00:00.000Z', resume: '2025-06-02T11:40:00.000Z', newest: Date.UTC(2025, 5, 2, 11, 40), openedAt: Date.UTC(2025, 5, 2, 12) };
    const text = async (state: Record<string, unknown>) => {
      await sourcesState.setValue({ bluesky: { ...polled, ...state } });
      await settle();
      return root.querySelector('[data-source="bluesky"] [data-source-status]')!.textContent!;
    };
    const root = await mount(<SourcesSection />);

    const cut = await text({ lastTruncated: 'gap', gaps: { Brewly: [gap] } });
    expect(cut).toContain('More new posts arrived than one check reads (4 pages, one of them kept for earlier posts while any are still unread); the next checks go back for the posts in between, oldest first, up to a day back.');
    expect(cut).not.toContain('were not read');
    expect(cut).not.toContain('Going back');

    expect(await text({ gaps: { Brewly: [gap] }, lastGap: { items: 49 } })).toContain(
      'Going back for posts that earlier checks could not reach: 49 read at this check, the rest at the next checks.',
    );
    expect(await text({ gaps: { Brewly: [gap] } })).toContain('Going back for posts that earlier checks could not reach: the next checks read them.');

    const closed = await text({ lastGap: { items: 50, closed: true } });
    expect(closed).toContain('Gap closed: this check read the last of the posts an earlier check could not reach (50 at this check).');
    expect(closed).not.toContain('Going back');

    expect(await text({ lastGap: { items: 0, givenUp: 'age' } })).toContain(
      'Gave up going back for some posts that an earlier check could not reach (they are more than a day old): they were not read.',
    );
    expect(await text({ lastGap: { items: 10, givenUp: 'reach' } })).toContain('(the service lists no further back)');
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
    expect(await getWebhookUrl()).toBe(SECRET);
    expect(root.textContent).toContain('Saved: https://hooks.slack.com/…XXXX');
    expect(root.textContent).not.toContain('secret');
    expect(Array.from(root.querySelectorAll('input')).some((input) => input.value.includes('secret'))).toBe(false);
  });

  it('keeps the address out of storage.local (content scripts can read it), and shows it masked after a reload', async () => {
    const root = await mount(<TeamAlertsSection />);
    await click(root.querySelector('input[name="team-alerts-enabled"]'));
    await type(root.querySelector('input[name="team-alerts-url"]'), SECRET);
    await click(buttonNamed(root, 'Save team alerts'));
    expect(await teamAlertsSettings.getValue()).toEqual({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('XXXXsecret');
    await unmountAll();
    const reloaded = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(reloaded.textContent).toContain('Saved: https://hooks.slack.com/…XXXX'));
    expect(reloaded.querySelector<HTMLInputElement>('input[name="team-alerts-enabled"]')!.checked).toBe(true);
    expect(reloaded.querySelector('input[name="team-alerts-url"]')).toBeNull();
  });

  it('an address an earlier version kept in storage.local is shown masked (the page may open before the worker moved it), and moved', async () => {
    await fakeBrowser.storage.local.set({ teamAlerts: { enabled: true, kind: 'teams', url: SECRET, levelChanges: false, internalUpdates: true } });
    const root = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Saved: https://hooks.slack.com/…XXXX'));
    expect(await fakeBrowser.storage.local.get('teamAlerts')).toEqual({ teamAlerts: { enabled: true, kind: 'teams', levelChanges: false, internalUpdates: true } });
    expect(await getWebhookUrl()).toBe(SECRET);
    // A save of the other settings (the page's draft was read before the move) does not write it back.
    await click(root.querySelector('input[name="team-alerts-levels"]'));
    await click(buttonNamed(root, 'Save team alerts'));
    expect(await fakeBrowser.storage.local.get('teamAlerts')).toEqual({ teamAlerts: { enabled: true, kind: 'teams', levelChanges: true, internalUpdates: true } });
    expect(root.textContent).toContain('Saved: https://hooks.slack.com/…XXXX');
  });

  it('follows an address saved in another tab', async () => {
    const root = await mount(<TeamAlertsSection />);
    expect(root.querySelector('input[name="team-alerts-url"]')).not.toBeNull();
    await setWebhookUrl(SECRET);
    await vi.waitFor(() => expect(root.textContent).toContain('Saved: https://hooks.slack.com/…XXXX'));
  });

  it('saves nothing when the permission is refused', async () => {
    grant = false;
    const root = await mount(<TeamAlertsSection />);
    await type(root.querySelector('input[name="team-alerts-url"]'), SECRET);
    await click(buttonNamed(root, 'Save team alerts'));
    expect(await getWebhookUrl()).toBe('');
    expect(root.textContent).toContain('Permission for hooks.slack.com was not given');
  });

  describe('a test message', () => {
    let bodies: Array<Record<string, unknown>>;
    let answer: number;
    beforeEach(async () => {
      bodies = [];
      answer = 200;
      fakeBrowser.permissions.contains = (async () => true) as unknown as typeof fakeBrowser.permissions.contains;
      vi.stubGlobal(
        'fetch',
        vi.fn(async (_url: string, init?: RequestInit) => {
          bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
          return new Response('no', { status: answer });
        }),
      );
      await teamAlertsSettings.setValue({ enabled: false, kind: 'slack', levelChanges: true, internalUpdates: true });
      await setWebhookUrl(SECRET);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('goes in the chat format chosen on screen, saved or not', async () => {
      const root = await mount(<TeamAlertsSection />);
      await click(root.querySelector('input[name="team-alerts-kind"][value="teams"]'));
      await click(buttonNamed(root, 'Send test message'));
      await settle();
      expect(bodies).toHaveLength(1);
      expect(bodies[0]).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
      expect(root.textContent).toContain('Test message sent.');
    });

    it('a failure is described as the webhook’s, and says it is not sent again', async () => {
      answer = 404;
      const root = await mount(<TeamAlertsSection />);
      await click(buttonNamed(root, 'Send test message'));
      await settle();
      const shown = root.querySelector('.status')?.textContent ?? '';
      expect(shown).toBe('No webhook at that address (HTTP 404): check the webhook address; it may have been removed in your chat. It was not sent, and Firebreak does not send it again.');
      for (const text of [shown, root.querySelector('[data-team-alerts-status]')?.textContent ?? '']) {
        expect(text).not.toContain('instance or hashtag');
        expect(text).not.toContain('tries again later');
      }
      answer = 500;
      await click(buttonNamed(root, 'Send test message'));
      await settle();
      expect(root.querySelector('.status')?.textContent).toBe('The chat service had a problem (HTTP 500). It was not sent, and Firebreak does not send it again.');
    });

    it('a network failure (or a refused redirect) points at the address, not at being online', async () => {
      vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
      const root = await mount(<TeamAlertsSection />);
      await click(buttonNamed(root, 'Send test message'));
      await settle();
      const shown = root.querySelector('.status')?.textContent ?? '';
      expect(shown).toContain('Check the webhook address');
      expect(shown).not.toContain('Are you online');
    });

    it('is not sent to a new address that is not saved yet, and says so', async () => {
      const root = await mount(<TeamAlertsSection />);
      await click(buttonNamed(root, 'Replace address'));
      await type(root.querySelector('input[name="team-alerts-url"]'), 'https://hooks.slack.com/services/T1/B1/other');
      await click(buttonNamed(root, 'Send test message'));
      expect(bodies).toHaveLength(0);
      expect(root.textContent).toContain('Save the new address first');
    });
  });

  it('removing the address gives its host back', async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(SECRET);
    const root = await mount(<TeamAlertsSection />);
    await click(buttonNamed(root, 'Remove address'));
    expect(await teamAlertsSettings.getValue()).toMatchObject({ enabled: false });
    expect(await getWebhookUrl()).toBe('');
    expect(remove).toHaveBeenCalledWith({ origins: ['https://hooks.slack.com/*'] });
  });
});

describe('a host that a source and the webhook share', () => {
  // A Mastodon server that also takes the team's webhook (a relay of its own): one origin, two users.
  const HOOK = 'https://chat.example.org/hooks/T000/XXXXsecretXXXX';
  const ORIGIN = 'https://chat.example.org/*';
  const mastodonOn = async () =>
    sourcesSettings.setValue({ ...(await sourcesSettings.getValue()), mastodon: { enabled: true, intervalMinutes: 10, instance: 'chat.example.org', hashtags: '' } });

  /** Holds every read of the secrets store until the returned function is called. */
  function holdSecretReads(): () => void {
    const table = secretsDb().secrets;
    const read = table.get.bind(table);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    vi.spyOn(table, 'get').mockImplementation((async (key: string) => {
      await gate;
      return read(key);
    }) as unknown as typeof table.get);
    return open;
  }

  it('turning the source off before the page has read the webhook address keeps the host the webhook uses', async () => {
    await setWebhookUrl(HOOK);
    await mastodonOn();
    const open = holdSecretReads();
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'mastodon'));
    expect((await sourcesSettings.getValue()).mastodon.enabled).toBe(false);
    open();
    await settle();
    expect(remove).not.toHaveBeenCalled();

    // With the address removed, the same switch gives the host back: it is the address stored now that counts.
    await setWebhookUrl('');
    await click(switchOf(root, 'mastodon'));
    await click(switchOf(root, 'mastodon'));
    expect((await sourcesSettings.getValue()).mastodon.enabled).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: [ORIGIN] });
  });

  it('when the webhook address cannot be read, the host is kept', async () => {
    await setWebhookUrl(HOOK);
    await mastodonOn();
    const table = secretsDb().secrets;
    vi.spyOn(table, 'get').mockRejectedValue(new Error('UnknownError'));
    vi.spyOn(teamAlertsSettings, 'getValue').mockRejectedValue(new Error('storage unavailable'));
    const root = await mount(<SourcesSection />);
    await click(switchOf(root, 'mastodon'));
    expect((await sourcesSettings.getValue()).mastodon.enabled).toBe(false);
    await settle();
    expect(remove).not.toHaveBeenCalled();
  });

  it('removing the address before the page has read the sources keeps the host a source uses', async () => {
    await teamAlertsSettings.setValue({ enabled: true, kind: 'slack', levelChanges: true, internalUpdates: true });
    await setWebhookUrl(HOOK);
    await mastodonOn();
    // The move from storage.local is done, so only the page's reads of the sources wait.
    await ensureSecretsMigrated();
    const read = sourcesSettings.getValue.bind(sourcesSettings);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    vi.spyOn(sourcesSettings, 'getValue').mockImplementation(async () => {
      await gate;
      return read();
    });
    const root = await mount(<TeamAlertsSection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Saved: https://chat.example.org/…XXXX'));
    await click(buttonNamed(root, 'Remove address'));
    open();
    await settle();
    expect(await getWebhookUrl()).toBe('');
    expect(remove).not.toHaveBeenCalled();
  });
});
