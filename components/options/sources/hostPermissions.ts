// Asking for and giving back the optional host permission of a source or a webhook.
import { browser } from 'wxt/browser';
import { instancePattern } from '@/utils/platforms/instances';
import { mastodonHosts } from '@/utils/settings';
import { permissionsInUse } from '@/utils/sources/permissions';
import { getWebhookUrl } from '@/utils/sources/secrets';
import { sourcesSettings, withAllSources } from '@/utils/sources/settings';
import type { SourceId } from '@/utils/sources/types';

/**
 * Asks for one origin. Call it first thing in the click or submit handler, before any await:
 * Firefox shows the prompt only while the user's gesture lasts.
 */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

/** Hosts the manifest itself grants (the content scripts' sites): never given back. */
function manifestHosts(): Set<string> {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[]; content_scripts?: Array<{ matches?: string[] }> };
  return new Set([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])]);
}

/**
 * Gives an origin back when nothing else uses it: not another source or the webhook (`inUse`), not a
 * Mastodon instance the content script runs on, not a site the manifest grants anyway.
 */
export async function releaseOrigin(pattern: string, inUse: ReadonlySet<string>): Promise<void> {
  if (inUse.has(pattern) || manifestHosts().has(pattern)) return;
  const instances = await mastodonHosts.getValue().catch(() => []);
  if (instances.some((host) => instancePattern(host) === pattern)) return;
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Gives an origin back unless a source or the webhook (other than `except`) uses it, as they are stored
 * at this moment: not as the page last read them, which may still be the fallback (the webhook address
 * comes from the secrets store, read after the page opens) or behind a change made in another tab. When
 * either cannot be read, the origin is kept: a permission left over is harmless, one taken from the
 * webhook or a source stops it without a word.
 */
export async function releaseUnused(pattern: string, except: { source?: SourceId; webhook?: boolean }): Promise<void> {
  let inUse: Set<string>;
  try {
    const [sources, webhookUrl] = await Promise.all([sourcesSettings.getValue(), getWebhookUrl()]);
    inUse = permissionsInUse(withAllSources(sources), webhookUrl, except);
  } catch {
    return;
  }
  await releaseOrigin(pattern, inUse);
}
