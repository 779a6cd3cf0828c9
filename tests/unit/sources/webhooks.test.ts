// Team alerts against a loopback webhook receiver: each format, the test message, failures
// recorded without the secret URL, and an alert path that never waits for the network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseWebhookUrl, permissionsInUse, sourcePermission } from '@/utils/sources/permissions';
import { setWebhookUrl } from '@/utils/sources/secrets';
import { DEFAULT_SOURCES, DEFAULT_TEAM_ALERTS, teamAlertsSettings, teamAlertsState, withAllSources, type TeamAlertsConfig } from '@/utils/sources/settings';
import { levelChangeEvent, maskWebhookUrl, notifyTeam, redact, sendTeamAlert, webhookPayload, type SendDeps, type TeamEvent } from '@/utils/sources/webhooks';
import { json, startServer, type TestServer } from './server';

const NOW = Date.UTC(2025, 5, 2, 12);
const SECRET_PATH = '/services/T000/B000/XXXXsecretXXXX';
const ALERT: TeamEvent = levelChangeEvent({
  platform: 'reddit',
  level: 'crisis',
  previousLevel: 'watch',
  reason: '412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally <@channel>',
  time: NOW,
});

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

const settings = (overrides: Partial<TeamAlertsConfig> = {}): TeamAlertsConfig => ({
  ...DEFAULT_TEAM_ALERTS,
  enabled: true,
  url: `${server.base}${SECRET_PATH}`,
  ...overrides,
});

const deps = (overrides: Partial<SendDeps> = {}): SendDeps => ({
  settings: settings(),
  hasPermission: async () => true,
  now: () => NOW,
  timeoutMs: 2_000,
  ...overrides,
});

const received = () => server.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>);

describe('payloads', () => {
  it('Slack: { text }, with Slack markup escaped', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    expect(await sendTeamAlert(ALERT, deps())).toEqual({ ok: true });
    expect(server.requests[0]!.method).toBe('POST');
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
    expect(received()[0]).toEqual({
      text: '*Firebreak: possible crisis on Reddit (was watch)*\n412 mentions in the last hour, 5.1× normal; 68% negative vs 21% normally &lt;@channel&gt;',
    });
  });

  it('Teams: an Adaptive Card in a message envelope', () => {
    const payload = webhookPayload('teams', ALERT) as { type: string; attachments: Array<{ contentType: string; content: { type: string; body: Array<{ text: string; color?: string }> } }> };
    expect(payload.type).toBe('message');
    expect(payload.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(payload.attachments[0]!.content.type).toBe('AdaptiveCard');
    expect(payload.attachments[0]!.content.body.map((block) => block.text)).toEqual([
      'Firebreak: possible crisis on Reddit (was watch)',
      ALERT.type === 'level-change' ? ALERT.reason : '',
    ]);
    expect(payload.attachments[0]!.content.body[0]!.color).toBe('Attention');
  });

  it('generic: { event, level, platform, reason, time, source }', async () => {
    server.on(SECRET_PATH, json(204, ''));
    await sendTeamAlert(ALERT, deps({ settings: settings({ kind: 'generic' }) }));
    expect(received()[0]).toEqual({
      event: 'level-change',
      level: 'crisis',
      previousLevel: 'watch',
      platform: 'reddit',
      reason: ALERT.type === 'level-change' ? ALERT.reason : '',
      time: '2025-06-02T12:00:00.000Z',
      source: 'firebreak',
    });
  });

  it('the internal update goes as written', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    const text = 'Internal update: Delayed orders\nLevel: Crisis\nDo not share: recall';
    await sendTeamAlert({ type: 'internal-update', text, level: 'crisis', time: NOW }, deps({ settings: settings({ kind: 'generic' }) }));
    expect(received()[0]).toMatchObject({ event: 'internal-update', level: 'crisis', text, source: 'firebreak' });
  });
});

describe('when to send', () => {
  it('nothing while team alerts are off, or for events the user did not want', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    expect(await sendTeamAlert(ALERT, deps({ settings: settings({ enabled: false }) }))).toEqual({ ok: false, skipped: 'disabled' });
    expect(await sendTeamAlert(ALERT, deps({ settings: settings({ levelChanges: false }) }))).toEqual({ ok: false, skipped: 'not-wanted' });
    expect(await sendTeamAlert({ type: 'internal-update', text: 'x', level: 'watch', time: NOW }, deps({ settings: settings({ internalUpdates: false }) }))).toEqual({
      ok: false,
      skipped: 'not-wanted',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('the test message goes even before alerts are turned on', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    expect(await sendTeamAlert({ type: 'test', time: NOW }, deps({ settings: settings({ enabled: false }) }))).toEqual({ ok: true });
    expect(received()[0]).toEqual({ text: '*Firebreak: test message*\nTeam alerts from Firebreak will arrive here.' });
  });

  it('nothing without the host permission', async () => {
    const fetchSpy = vi.fn<NonNullable<SendDeps['fetch']>>();
    const saved: unknown[] = [];
    const result = await sendTeamAlert(ALERT, deps({ fetch: fetchSpy, hasPermission: async () => false, saveOutcome: async (update) => void saved.push(update({ sent: 0, failed: 0 })) }));
    expect(result).toEqual({ ok: false, skipped: 'permission' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(saved).toEqual([{ sent: 0, failed: 1, lastError: { code: 'permission', at: NOW } }]);
  });
});

describe('failures', () => {
  it('records the outcome in storage, and never the URL', async () => {
    server.on(SECRET_PATH, json(500, { error: `no route for ${SECRET_PATH}` }));
    const result = await sendTeamAlert(ALERT, deps());
    expect(result).toEqual({ ok: false, problem: { code: 'server', status: 500 } });
    const state = await teamAlertsState.getValue();
    expect(state).toEqual({ sent: 0, failed: 1, lastError: { code: 'server', status: 500, at: NOW } });
    expect(JSON.stringify(state)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('secret');

    server.on(SECRET_PATH, json(200, 'ok'));
    await sendTeamAlert(ALERT, deps());
    expect(await teamAlertsState.getValue()).toEqual({ sent: 1, failed: 1, lastSent: NOW });
  });

  it('gives up on a receiver that never answers', async () => {
    server.on(SECRET_PATH, () => {
      // Never answers.
    });
    const started = Date.now();
    expect(await sendTeamAlert(ALERT, deps({ timeoutMs: 150 }))).toEqual({ ok: false, problem: { code: 'timeout' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('does not follow a redirect to another host', async () => {
    server.on(SECRET_PATH, (_request, response) => {
      response.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' });
      response.end();
    });
    expect(await sendTeamAlert(ALERT, deps())).toEqual({ ok: false, problem: { code: 'network' } });
  });

  it('reads the settings from storage and the address from the secrets store when none are given', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    await teamAlertsSettings.setValue({ ...DEFAULT_TEAM_ALERTS, enabled: true, kind: 'generic' });
    await setWebhookUrl(`${server.base}${SECRET_PATH}`);
    expect(await sendTeamAlert(ALERT, { hasPermission: async () => true, now: () => NOW })).toEqual({ ok: true });
    expect(received()[0]).toMatchObject({ event: 'level-change' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET_PATH);
  });

  it('an address an earlier version kept in storage.local is still used, and moved out of it', async () => {
    server.on(SECRET_PATH, json(200, 'ok'));
    await fakeBrowser.storage.local.set({ teamAlerts: { enabled: true, kind: 'generic', url: `${server.base}${SECRET_PATH}`, levelChanges: true, internalUpdates: true } });
    expect(await sendTeamAlert(ALERT, { hasPermission: async () => true, now: () => NOW })).toEqual({ ok: true });
    expect(server.requests.map((request) => request.path)).toEqual([SECRET_PATH]);
    expect(await fakeBrowser.storage.local.get('teamAlerts')).toEqual({ teamAlerts: { enabled: true, kind: 'generic', levelChanges: true, internalUpdates: true } });
  });

  it('notifyTeam returns before the receiver answers (the alert path never waits)', async () => {
    let answer: (() => void) | undefined;
    server.on(SECRET_PATH, (_request, response) => {
      answer = () => json(200, 'ok')(_request, response);
    });
    const done = vi.fn();
    const outcome = vi.fn(async () => done());
    const returned = notifyTeam(ALERT, deps({ saveOutcome: outcome }));
    expect(returned).toBeUndefined();
    expect(done).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(answer).toBeDefined());
    answer!();
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
  });
});

describe('webhook addresses', () => {
  it.each([
    ['https://hooks.slack.com/services/T/B/x', { ok: true, url: 'https://hooks.slack.com/services/T/B/x', permission: 'https://hooks.slack.com/*' }],
    ['https://example.webhook.office.com/webhookb2/abc#frag', { ok: true, url: 'https://example.webhook.office.com/webhookb2/abc', permission: 'https://example.webhook.office.com/*' }],
    ['http://127.0.0.1:8080/hook', { ok: true, url: 'http://127.0.0.1:8080/hook', permission: 'http://127.0.0.1/*' }],
    ['http://localhost/hook', { ok: true, url: 'http://localhost/hook', permission: 'http://localhost/*' }],
    ['http://hooks.slack.com/services/x', { ok: false, reason: 'insecure' }],
    ['ftp://example.com/x', { ok: false, reason: 'insecure' }],
    ['https://user:pw@example.com/x', { ok: false, reason: 'credentials' }],
    ['not a url', { ok: false, reason: 'invalid' }],
    ['https://intranet/x', { ok: false, reason: 'invalid' }],
    ['  ', { ok: false, reason: 'empty' }],
  ])('%s', (input, expected) => {
    expect(parseWebhookUrl(input)).toEqual(expected);
  });

  it('masks the secret for display and redacts it from any text', () => {
    const url = 'https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX';
    expect(maskWebhookUrl(url)).toBe('https://hooks.slack.com/…XXXX');
    expect(redact(`POST ${url} failed`, url)).toBe('POST [webhook] failed');
    expect(redact('fetch to /services/T000/B000/XXXXsecretXXXX refused', url)).toBe('fetch to [redacted] refused');
  });

  it('keeps a host another feature still uses', () => {
    const sources = withAllSources(DEFAULT_SOURCES);
    sources.reddit.enabled = true;
    sources.mastodon = { ...sources.mastodon, enabled: true, instance: 'mastodon.example' };
    const webhook = 'https://mastodon.example/hooks/1';
    expect(sourcePermission('mastodon', sources)).toBe('https://mastodon.example/*');
    expect(permissionsInUse(sources, webhook, { source: 'mastodon' })).toEqual(new Set(['https://www.reddit.com/*', 'https://mastodon.example/*']));
    expect(permissionsInUse(sources, webhook, { webhook: true })).toEqual(new Set(['https://www.reddit.com/*', 'https://mastodon.example/*']));
    expect(permissionsInUse(withAllSources(DEFAULT_SOURCES), '')).toEqual(new Set());
  });
});
