// Runs the content script on the Mastodon instances the user added, once they granted the host
// permission: Chrome's scripting API (persisted), or Firefox's contentScripts (per session).
import { browser } from 'wxt/browser';
import { instancePattern } from './instances';

const SCRIPT_ID = 'firebreak-mastodon-instances';
const CONTENT_SCRIPT = '/content-scripts/content.js';

interface FirefoxRegistration {
  unregister(): Promise<void>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: Array<{ file: string }>; runAt: string }): Promise<FirefoxRegistration>;
}

let firefoxRegistration: FirefoxRegistration | undefined;

/** The hosts whose permission is granted now (a user can revoke one in the browser's settings). */
export async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [instancePattern(host)] })) granted.push(host);
  }
  return granted;
}

export async function syncInstanceScripts(hosts: readonly string[]): Promise<string[]> {
  const granted = await grantedHosts(hosts);
  const matches = granted.map(instancePattern);
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length > 0) {
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle' }]);
    }
    return granted;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  if (contentScripts) {
    await firefoxRegistration?.unregister();
    firefoxRegistration = matches.length > 0 ? await contentScripts.register({ matches, js: [{ file: CONTENT_SCRIPT }], runAt: 'document_idle' }) : undefined;
  }
  return granted;
}
