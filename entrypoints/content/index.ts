import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnPage } from '@/utils/content/page';
import { adapterForUrl, ALL_MATCHES } from '@/utils/platforms/registry';
import { mastodonHosts } from '@/utils/settings';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Instances the user added run this script too (registered at run time).
    const adapter = adapterForUrl(location.href) ?? adapterForUrl(location.href, await mastodonHosts.getValue().catch(() => []));
    if (!adapter) return;
    runOnPage(ctx, adapter).catch((error: unknown) => console.debug('[Firebreak]', adapter.id, error));
  },
});
