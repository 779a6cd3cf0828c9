// Asking for and giving back the optional host permission of a source or a webhook.
import { browser } from 'wxt/browser';
import { instancePattern } from '@/utils/platforms/instances';
import { mastodonHosts } from '@/utils/settings';

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
