// Firebreak's own pages open once. A second "Open dashboard" (the popup pressed again during a crisis, a
// notification clicked) brings the dashboard already open to the front: each press opened another tab,
// each running its own live queries over the range, and left the manager several dashboards to tell apart.
import { browser } from 'wxt/browser';

type ExtensionPath = '/dashboard.html' | '/options.html';

/** The tab showing `page` (its address without a section or query), if one is open. */
async function openTabOf(page: string): Promise<{ tabId: number; windowId: number } | undefined> {
  // runtime.getContexts (Chromium 116, Firefox 128) lists the extension's own pages with no permission; a
  // browser without it, or a call that fails, opens a tab as before.
  const runtime = browser.runtime as Partial<Pick<typeof browser.runtime, 'getContexts'>>;
  if (typeof runtime.getContexts !== 'function') return undefined;
  const contexts = await runtime.getContexts({ contextTypes: ['TAB'] }).catch(() => []);
  const open = contexts.find((context) => context.tabId >= 0 && context.documentUrl?.split(/[#?]/)[0] === page);
  return open ? { tabId: open.tabId, windowId: open.windowId } : undefined;
}

/**
 * Shows one of the extension's pages in a tab: the one already open, brought to the front with its window,
 * else a new one. `section` (an anchor of the settings) always opens a tab at that place, as it did.
 */
export async function openExtensionTab(path: ExtensionPath, section?: string): Promise<void> {
  const page = browser.runtime.getURL(path);
  const open = section ? undefined : await openTabOf(page);
  if (open) {
    try {
      await browser.tabs.update(open.tabId, { active: true });
      await browser.windows.update(open.windowId, { focused: true });
      return;
    } catch {
      // Closed in the meantime: a new one opens below.
    }
  }
  await browser.tabs.create({ url: page + (section ? `#${section}` : '') });
}
