// Which host each source and the webhook need. Each is an optional host permission, asked for when
// the user turns the feature on, given back when they turn it off, and checked before every request.
import { instancePattern, instanceUrl, PUBLIC_HOST } from '../platforms/instances';
import { SOURCE_CLIENTS } from './clients';
import type { SourcesSettings } from './settings';
import type { SourceId } from './types';

export type HostCheck = { ok: true; host: string } | { ok: false; reason: 'empty' | 'invalid' };

/** "mastodon.social", "https://mastodon.social/tags/x", "@me@mastodon.social" → "mastodon.social" (https only). */
export function parseInstance(input: string): HostCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const url = instanceUrl(trimmed);
  const host = url?.hostname.toLowerCase() ?? '';
  return url?.protocol === 'https:' && PUBLIC_HOST.test(host) ? { ok: true, host } : { ok: false, reason: 'invalid' };
}

/** The match pattern for everything under a URL's origin (ports are not part of match patterns). */
export function originPattern(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The permission a source needs, or null when it is not set up (Mastodon without an instance). */
export function sourcePermission(id: SourceId, settings: SourcesSettings): string | null {
  if (id === 'mastodon') {
    const instance = parseInstance(settings.mastodon.instance);
    return instance.ok ? instancePattern(instance.host) : null;
  }
  return originPattern(SOURCE_CLIENTS[id].defaultBase);
}

/** Loopback hosts a webhook may use over plain http (the manifest's optional permissions list these). */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

export type WebhookCheck = { ok: true; url: string; permission: string } | { ok: false; reason: 'empty' | 'invalid' | 'insecure' | 'credentials' };

/**
 * A webhook address the user typed. https only, so the alert and the URL's secret are never sent in
 * the clear; plain http is accepted for the loopback address alone (a relay or a test receiver on
 * this computer: nothing leaves it). No user:password@ part: the secret is the URL itself.
 */
export function parseWebhookUrl(input: string): WebhookCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  const loopback = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return { ok: false, reason: 'insecure' };
  if (!loopback && !PUBLIC_HOST.test(url.hostname)) return { ok: false, reason: 'invalid' };
  url.hash = '';
  return { ok: true, url: url.toString(), permission: originPattern(url.toString()) };
}

/**
 * Host permissions Firebreak's features hold besides `pattern`'s owner: a source turned off must not
 * take away a host the webhook, another source or a Mastodon instance still uses.
 */
export function permissionsInUse(sources: SourcesSettings, webhookUrl: string, except: { source?: SourceId; webhook?: boolean } = {}): Set<string> {
  const inUse = new Set<string>();
  for (const id of Object.keys(sources) as SourceId[]) {
    if (id === except.source || !sources[id].enabled) continue;
    const permission = sourcePermission(id, sources);
    if (permission) inUse.add(permission);
  }
  // A saved webhook keeps its host whether alerts are on or not: the test message uses it.
  if (!except.webhook) {
    const webhook = parseWebhookUrl(webhookUrl);
    if (webhook.ok) inUse.add(webhook.permission);
  }
  return inUse;
}
