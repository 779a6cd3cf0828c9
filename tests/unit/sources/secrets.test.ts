// The secrets (the webhook address, the sources' tokens) live in the extension's own IndexedDB, out of
// storage.local, which content scripts can read. The move from storage.local copies, reads the copy back,
// and only then clears the field: run again, stopped halfway or at the same time, it never loses a secret.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteSecrets,
  getSourceToken,
  getWebhookUrl,
  migrateSecrets,
  secretsDb,
  setSourceToken,
  setWebhookUrl,
  storableSources,
  storableTeamAlerts,
  watchWebhookUrl,
} from '@/utils/sources/secrets';
import { DEFAULT_SOURCES, DEFAULT_TEAM_ALERTS, sourcesSettings, teamAlertsSettings, type SourcesSettings } from '@/utils/sources/settings';

const URL_A = 'https://hooks.slack.com/services/T000/B000/AAAAsecret';
const URL_B = 'https://hooks.slack.com/services/T000/B000/BBBBsecret';
const TEAM = { enabled: true, kind: 'slack', levelChanges: true, internalUpdates: false } as const;
const SOURCES = { ...DEFAULT_SOURCES, reddit: { ...DEFAULT_SOURCES.reddit, enabled: true, enabledAt: 5 } };

/** What an earlier version left in storage.local: the address and a token inside the settings items. */
async function legacy(url = URL_A, token = 'reddit-token'): Promise<void> {
  await fakeBrowser.storage.local.set({
    teamAlerts: { ...TEAM, url },
    sources: { ...SOURCES, reddit: { ...SOURCES.reddit, token } },
  });
}

const local = async () => (await fakeBrowser.storage.local.get(['teamAlerts', 'sources'])) as { teamAlerts?: Record<string, unknown>; sources?: Record<string, Record<string, unknown>> };
const rows = () => secretsDb().secrets.orderBy('key').toArray();
const values = async () => Object.fromEntries((await rows()).map((row) => [row.key, row.value]));

/** storage.local as it is once the move is done: every other setting as it was. */
async function expectMoved(url = URL_A, token = 'reddit-token') {
  expect(await local()).toEqual({ teamAlerts: TEAM, sources: SOURCES });
  expect(await values()).toEqual({ 'token:reddit': token, webhookUrl: url });
}

describe('the move from storage.local', () => {
  it('copies, reads the copy back, then clears the fields, and leaves every other setting as it was', async () => {
    await legacy();
    expect(await migrateSecrets()).toEqual({ copied: ['webhookUrl', 'token:reddit'], cleared: ['webhookUrl', 'token:reddit'] });
    await expectMoved();
    expect(await getWebhookUrl()).toBe(URL_A);
    expect(await getSourceToken('reddit')).toBe('reddit-token');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/AAAAsecret|reddit-token/);
  });

  it('is idempotent: run again, it finds nothing to do and changes nothing', async () => {
    await legacy();
    await migrateSecrets();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: [] });
    expect(set).not.toHaveBeenCalled();
    await expectMoved();
  });

  it('with nothing in storage.local, nothing happens', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: [] });
    await fakeBrowser.storage.local.set({ teamAlerts: TEAM, sources: SOURCES });
    set.mockClear();
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: [] });
    expect(set).not.toHaveBeenCalled();
    expect(await rows()).toEqual([]);
  });

  it('an empty address (the old default) is cleared, and nothing is copied', async () => {
    await fakeBrowser.storage.local.set({ teamAlerts: { ...TEAM, url: '' } });
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: ['webhookUrl'] });
    expect((await local()).teamAlerts).toEqual(TEAM);
    expect(await rows()).toEqual([]);
  });

  it('stopped after the copy, before the clearing: the next run clears, and the copy stands', async () => {
    await legacy();
    await secretsDb().secrets.bulkAdd([
      { key: 'webhookUrl', value: URL_A, savedAt: 1 },
      { key: 'token:reddit', value: 'reddit-token', savedAt: 1 },
    ]);
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: ['webhookUrl', 'token:reddit'] });
    await expectMoved();
  });

  it('the clearing fails halfway: the secret is read all along, and the next run finishes', async () => {
    await legacy();
    const write = vi.spyOn(sourcesSettings, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(migrateSecrets()).rejects.toThrow('QUOTA_BYTES');
    // The address left storage.local, the token is still in both places: neither is lost.
    expect((await local()).teamAlerts).toEqual(TEAM);
    expect((await local()).sources?.reddit?.token).toBe('reddit-token');
    expect(await values()).toEqual({ 'token:reddit': 'reddit-token', webhookUrl: URL_A });
    expect(await getWebhookUrl()).toBe(URL_A);
    expect(await getSourceToken('reddit')).toBe('reddit-token');
    write.mockRestore();
    // The next run finishes the move.
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: ['token:reddit'] });
    await expectMoved();
    expect(await getWebhookUrl()).toBe(URL_A);
    expect(await getSourceToken('reddit')).toBe('reddit-token');
  });

  it('the copy fails: storage.local keeps the secrets, they are still read from there, and the next run moves them', async () => {
    await legacy();
    const add = vi.spyOn(secretsDb().secrets, 'add').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(migrateSecrets()).rejects.toThrow('QuotaExceededError');
    const before = { teamAlerts: { ...TEAM, url: URL_A }, sources: { ...SOURCES, reddit: { ...SOURCES.reddit, token: 'reddit-token' } } };
    expect(await local()).toEqual(before);
    // One transaction: nothing half-copied either.
    expect(await rows()).toEqual([]);
    expect(await getWebhookUrl()).toBe(URL_A);
    expect(await getSourceToken('reddit')).toBe('reddit-token');
    expect(await local()).toEqual(before);
    add.mockRestore();
    await migrateSecrets();
    await expectMoved();
  });

  it('a copy that does not read back equal is not trusted: storage.local keeps the field', async () => {
    await legacy(URL_A, '');
    const table = secretsDb().secrets;
    const get = table.get.bind(table);
    // The read inside the copy's transaction is the real one; the read back after it finds another value.
    vi.spyOn(table, 'get')
      .mockImplementationOnce(((key: string) => get(key)) as typeof table.get)
      .mockImplementationOnce((async () => ({ key: 'webhookUrl', value: 'garbled', savedAt: 0 })) as unknown as typeof table.get);
    expect(await migrateSecrets()).toEqual({ copied: ['webhookUrl'], cleared: ['token:reddit'] });
    expect((await local()).teamAlerts).toEqual({ ...TEAM, url: URL_A });
    vi.restoreAllMocks();
    expect(await migrateSecrets()).toEqual({ copied: [], cleared: ['webhookUrl'] });
    expect(await getWebhookUrl()).toBe(URL_A);
  });

  it('in both places with different values, the IndexedDB one wins (storage.local is never written a secret now)', async () => {
    await legacy(URL_A);
    await secretsDb().secrets.put({ key: 'webhookUrl', value: URL_B, savedAt: 2 });
    await migrateSecrets();
    expect(await getWebhookUrl()).toBe(URL_B);
    expect((await local()).teamAlerts).toEqual(TEAM);
  });

  it('an address removed here does not come back from an old copy in storage.local', async () => {
    await setWebhookUrl(URL_A);
    await setWebhookUrl('');
    await fakeBrowser.storage.local.set({ teamAlerts: { ...TEAM, url: URL_A } });
    await migrateSecrets();
    expect(await getWebhookUrl()).toBe('');
    expect((await local()).teamAlerts).toEqual(TEAM);
  });

  it('two runs at once copy once and agree', async () => {
    await legacy();
    const results = await Promise.all([migrateSecrets(), migrateSecrets(), getWebhookUrl()]);
    expect(results[0].copied).toEqual(['webhookUrl', 'token:reddit']);
    expect(results[1]).toEqual({ copied: [], cleared: [] });
    expect(results[2]).toBe(URL_A);
    await expectMoved();
  });
});

describe('reading and writing', () => {
  it('a save goes to IndexedDB only, and moves an old copy out of storage.local first', async () => {
    await legacy();
    await setWebhookUrl(URL_B);
    await setSourceToken('bluesky', 'bluesky-token');
    expect(await getWebhookUrl()).toBe(URL_B);
    expect(await getSourceToken('bluesky')).toBe('bluesky-token');
    expect(await getSourceToken('reddit')).toBe('reddit-token');
    expect(await local()).toEqual({ teamAlerts: TEAM, sources: SOURCES });
  });

  it('nothing saved reads as ""', async () => {
    expect(await getWebhookUrl()).toBe('');
    expect(await getSourceToken('mastodon')).toBe('');
  });

  it('a watcher hears the address now and after every change', async () => {
    await setWebhookUrl(URL_A);
    const heard: string[] = [];
    const stop = watchWebhookUrl((url) => heard.push(url));
    await vi.waitFor(() => expect(heard).toEqual([URL_A]));
    await setWebhookUrl(URL_B);
    await vi.waitFor(() => expect(heard).toEqual([URL_A, URL_B]));
    stop();
    await setWebhookUrl('');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([URL_A, URL_B]);
  });

  it('the settings as storage.local may keep them carry no secret, and only once it is safe elsewhere', async () => {
    await legacy();
    const draft = { ...TEAM, url: URL_A } as typeof DEFAULT_TEAM_ALERTS;
    expect(await storableTeamAlerts(draft)).toEqual(TEAM);
    const sources = { ...SOURCES, reddit: { ...SOURCES.reddit, token: 'reddit-token' } } as SourcesSettings;
    expect(await storableSources(sources)).toEqual(SOURCES);
    expect(await getWebhookUrl()).toBe(URL_A);
    expect(await getSourceToken('reddit')).toBe('reddit-token');
  });

  it('deleting them clears both places, and turns team alerts off', async () => {
    await setWebhookUrl(URL_A);
    await setSourceToken('reddit', 'reddit-token');
    await teamAlertsSettings.setValue(TEAM);
    // And an old copy that was somehow left behind.
    await fakeBrowser.storage.local.set({ sources: { ...SOURCES, reddit: { ...SOURCES.reddit, token: 'old' } } });
    await deleteSecrets();
    expect(await rows()).toEqual([]);
    expect(await local()).toEqual({ teamAlerts: { ...TEAM, enabled: false }, sources: SOURCES });
    expect(await getWebhookUrl()).toBe('');
    expect(await getSourceToken('reddit')).toBe('');
  });
});
