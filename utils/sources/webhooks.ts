// Team alerts (practice 6): a level change or the internal update, posted to the team's chat.
// The webhook URL is a secret: it is read from the secrets store when sending and goes nowhere else:
// not into errors (codes only, see http.ts), logs, state or exports. Sending never holds up an
// alert: notifyTeam() starts the request and returns; the request gives up after 10 seconds.
import { browser } from 'wxt/browser';
import { PLATFORM_NAMES } from '../platforms/types';
import type { SpikeAlert } from '../tracking/detect';
import type { CrisisLevel } from '../tracking/levels';
import { DEFAULT_TIMEOUT_MS, postJson, type FetchLike, type Problem } from './http';
import { parseWebhookUrl } from './permissions';
import { getWebhookUrl } from './secrets';
import { errorOf, teamAlertsSettings, teamAlertsState, type TeamAlertsConfig, type TeamAlertsSettings, type TeamAlertsState, type WebhookKind } from './settings';

/** What can be sent to the team. */
export type TeamEvent =
  | { type: 'level-change'; platform: string; level: 'watch' | 'crisis'; previousLevel: CrisisLevel; reason: string; time: number }
  | { type: 'internal-update'; text: string; level: CrisisLevel; time: number }
  | { type: 'test'; time: number };

/** Every user-facing string of this module, for the move to locale files (the team reads them in their chat). */
export const WEBHOOK_TEXTS = {
  levels: { normal: 'normal', watch: 'watch', crisis: 'possible crisis' } as Record<CrisisLevel, string>,
  levelTitle: (level: string, platform: string) => `Firebreak: ${level} on ${platform}`,
  levelWas: (previous: string) => `(was ${previous})`,
  updateTitle: 'Firebreak: internal update',
  testTitle: 'Firebreak: test message',
  testText: 'Team alerts from Firebreak will arrive here.',
} as const;

const T = WEBHOOK_TEXTS;

/** Platform names, and the sources that are not a platform of the extension's. */
const PLACE_NAMES: Readonly<Record<string, string>> = { ...PLATFORM_NAMES, hackernews: 'Hacker News' };

/** A title and body for any chat: the same words whatever the webhook's format. */
export function describeEvent(event: TeamEvent): { title: string; text: string; level: CrisisLevel } {
  switch (event.type) {
    case 'level-change': {
      const platform = PLACE_NAMES[event.platform] ?? event.platform;
      return {
        title: `${T.levelTitle(T.levels[event.level], platform)} ${T.levelWas(T.levels[event.previousLevel])}`,
        text: event.reason,
        level: event.level,
      };
    }
    case 'internal-update':
      return { title: T.updateTitle, text: event.text, level: event.level };
    case 'test':
      return { title: T.testTitle, text: T.testText, level: 'normal' };
  }
}

/** Slack reads &, < and > as markup (links, mentions): escaped, a reason can ping nobody. */
export const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The body for each kind of webhook:
 * - slack: `{ text }` — Slack incoming webhooks, and the many tools that copy them (Mattermost,
 *   Rocket.Chat, Discord's /slack endpoint).
 * - teams: an Adaptive Card in a message envelope, what a Teams Workflows "post to a channel when a
 *   webhook request is received" flow takes (Office 365 connectors, which took MessageCards, are
 *   being retired).
 * - generic: `{ event, level, platform, reason, time, source: 'firebreak' }` (+ `text` for the update).
 */
export function webhookPayload(kind: WebhookKind, event: TeamEvent): Record<string, unknown> {
  const { title, text, level } = describeEvent(event);
  if (kind === 'slack') return { text: `*${slackEscape(title)}*\n${slackEscape(text)}` };
  if (kind === 'teams') {
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true, color: level === 'crisis' ? 'Attention' : level === 'watch' ? 'Warning' : 'Default' },
              { type: 'TextBlock', text, wrap: true },
            ],
            msteams: { width: 'Full' },
          },
        },
      ],
    };
  }
  const time = new Date(event.time).toISOString();
  if (event.type === 'level-change') {
    return { event: 'level-change', level: event.level, previousLevel: event.previousLevel, platform: event.platform, reason: event.reason, time, source: 'firebreak' };
  }
  if (event.type === 'internal-update') return { event: 'internal-update', level: event.level, platform: null, reason: null, text: event.text, time, source: 'firebreak' };
  return { event: 'test', level: 'normal', platform: null, reason: null, text: T.testText, time, source: 'firebreak' };
}

/** `text` with every occurrence of the secret (and of its path, which is the secret part) masked. */
export function redact(text: string, secret: string): string {
  if (!secret) return text;
  let out = text.split(secret).join('[webhook]');
  try {
    const { pathname, search } = new URL(secret);
    for (const part of [`${pathname}${search}`, pathname, search]) if (part.length > 3) out = out.split(part).join('[redacted]');
  } catch {
    // Not a URL: the whole-string mask above is all there is.
  }
  return out;
}

/** The URL as the options page shows it once saved: the host and a hint, never the secret path. */
export function maskWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/…${parsed.pathname.slice(-4)}`;
  } catch {
    return '…';
  }
}

export type SendResult =
  | { ok: true }
  | { ok: false; skipped: 'disabled' | 'not-wanted' | 'invalid-url' | 'permission' }
  | { ok: false; problem: Problem };

export interface SendDeps {
  fetch?: FetchLike;
  timeoutMs?: number;
  now?: () => number;
  /** The settings and address to use; default: read from storage and the secrets store. */
  settings?: TeamAlertsConfig;
  /** browser.permissions.contains for the webhook's origin. */
  hasPermission?: (pattern: string) => Promise<boolean>;
  /** Records the outcome; default: the teamAlertsState storage item. */
  saveOutcome?: (update: (state: TeamAlertsState) => TeamAlertsState) => Promise<void>;
}

let stateWrites: Promise<void> = Promise.resolve();
/** One state update at a time, so two alerts sent together both count. */
function updateStoredState(update: (state: TeamAlertsState) => TeamAlertsState): Promise<void> {
  stateWrites = stateWrites.then(async () => teamAlertsState.setValue(update(await teamAlertsState.getValue()))).catch(() => undefined);
  return stateWrites;
}

const defaultHasPermission = (pattern: string): Promise<boolean> => browser.permissions.contains({ origins: [pattern] });

/** The event for a detector alert. */
export const levelChangeEvent = (alert: Pick<SpikeAlert, 'platform' | 'level' | 'previousLevel' | 'reason' | 'time'>): TeamEvent => ({
  type: 'level-change',
  platform: alert.platform,
  level: alert.level,
  previousLevel: alert.previousLevel,
  reason: alert.reason,
  time: alert.time,
});

/**
 * Sends one event, if team alerts are on and want it. A test message goes whenever a URL is set,
 * on or off, so the user can check it before turning alerts on. Never throws.
 */
export async function sendTeamAlert(event: TeamEvent, deps: SendDeps = {}): Promise<SendResult> {
  try {
    const settings = deps.settings ?? { ...(await teamAlertsSettings.getValue()), url: await getWebhookUrl() };
    const save = deps.saveOutcome ?? updateStoredState;
    const now = deps.now ?? Date.now;
    if (event.type !== 'test') {
      if (!settings.enabled) return { ok: false, skipped: 'disabled' };
      if ((event.type === 'level-change' && !settings.levelChanges) || (event.type === 'internal-update' && !settings.internalUpdates)) {
        return { ok: false, skipped: 'not-wanted' };
      }
    }
    const target = parseWebhookUrl(settings.url);
    if (!target.ok) return { ok: false, skipped: 'invalid-url' };
    if (!(await (deps.hasPermission ?? defaultHasPermission)(target.permission).catch(() => false))) {
      await save((state) => ({ ...state, failed: state.failed + 1, lastError: errorOf({ code: 'permission' }, now()) }));
      return { ok: false, skipped: 'permission' };
    }
    const fetchFn = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const outcome = await postJson(fetchFn, target.url, webhookPayload(settings.kind, event), { timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, now: now() });
    if (outcome.ok) {
      await save((state) => ({ ...state, sent: state.sent + 1, lastSent: now(), lastError: undefined }));
      return { ok: true };
    }
    const { problem } = outcome;
    await save((state) => ({ ...state, failed: state.failed + 1, lastError: errorOf(problem, now()) }));
    return { ok: false, problem };
  } catch {
    // Storage itself failed: nothing to record it in, and the alert path must not see it.
    return { ok: false, problem: { code: 'storage' } };
  }
}

/** Whether the popup should offer "send to the team" for the internal update. */
export function teamUpdatesReady(settings: TeamAlertsSettings, webhookUrl: string): boolean {
  return settings.enabled && settings.internalUpdates && parseWebhookUrl(webhookUrl).ok;
}

/**
 * Fire and forget, for the alert path: returns at once, so the desktop notification and the badge
 * never wait for the team's chat. The outcome lands in teamAlertsState.
 */
export function notifyTeam(event: TeamEvent, deps: SendDeps = {}): void {
  void sendTeamAlert(event, deps);
}
